package io.debrief.core.testkit;

import io.debrief.core.followthrough.Digest;
import io.debrief.core.followthrough.FollowUpLog;
import io.debrief.core.followthrough.FollowUpSettings;
import io.debrief.core.followthrough.FollowUpSettingsStore;
import io.debrief.core.followthrough.Outbox;
import io.debrief.core.followthrough.ProjectLeads;
import io.debrief.core.followthrough.Reminder;
import io.debrief.core.followthrough.ReminderOptOuts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** In-memory follow-through ports: sent log, opt-outs, settings, project leads and an outbox that records. */
public final class InMemoryFollowUps {

    private InMemoryFollowUps() {}

    /** A sent log; claims are first-come as the unique key of the real store makes them. */
    public static final class Log implements FollowUpLog {
        private final Map<String, Instant> claimed = new HashMap<>();

        @Override
        public synchronized boolean claim(String key, Instant at) {
            return claimed.putIfAbsent(key, at) == null;
        }

        public synchronized Set<String> keys() {
            return Set.copyOf(claimed.keySet());
        }
    }

    public static final class OptOuts implements ReminderOptOuts {
        private final Set<String> off = new HashSet<>();

        @Override
        public boolean remindersOff(String userKey) {
            return off.contains(userKey);
        }

        @Override
        public void set(String userKey, boolean turnOff) {
            if (turnOff) {
                off.add(userKey);
            } else {
                off.remove(userKey);
            }
        }
    }

    public static final class SettingsStore implements FollowUpSettingsStore {
        private FollowUpSettings settings = FollowUpSettings.DEFAULTS;

        @Override
        public FollowUpSettings read() {
            return settings;
        }

        @Override
        public void save(FollowUpSettings saved) {
            settings = saved;
        }
    }

    public static final class Leads implements ProjectLeads {
        private final Map<String, String> leads = new HashMap<>();

        public Leads lead(String projectKey, String userKey) {
            leads.put(projectKey, userKey);
            return this;
        }

        @Override
        public Optional<String> leadOf(String projectKey) {
            return Optional.ofNullable(leads.get(projectKey));
        }
    }

    /** Records what was handed over; people without an address ({@link #withoutAddress}) get nothing. */
    public static final class RecordingOutbox implements Outbox {
        public final List<Reminder> reminders = new ArrayList<>();
        public final List<Digest> digests = new ArrayList<>();
        private final Set<String> withoutAddress = new HashSet<>();

        public RecordingOutbox withoutAddress(String userKey) {
            withoutAddress.add(userKey);
            return this;
        }

        @Override
        public boolean remind(Reminder reminder) {
            if (withoutAddress.contains(reminder.recipientKey())) {
                return false;
            }
            reminders.add(reminder);
            return true;
        }

        @Override
        public boolean digest(Digest digest) {
            if (withoutAddress.contains(digest.recipientKey())) {
                return false;
            }
            digests.add(digest);
            return true;
        }
    }
}

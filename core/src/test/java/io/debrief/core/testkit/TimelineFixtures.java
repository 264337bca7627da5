package io.debrief.core.testkit;

import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.EntrySource;
import io.debrief.core.timeline.Timeline;
import io.debrief.core.timeline.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builders for timeline entries and timelines: {@code aTimeline().with(anEntry().started(t)).build()}. */
public final class TimelineFixtures {

    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private TimelineFixtures() {}

    public static EntryBuilder anEntry() {
        return new EntryBuilder();
    }

    public static TimelineBuilder aTimeline() {
        return new TimelineBuilder();
    }

    /** Builds one entry; a manual note at {@link #T0} without a store id unless told otherwise. */
    public static final class EntryBuilder {
        private long id;
        private long incidentId = 10_001;
        private EntryKind kind = EntryKind.NOTE;
        private Instant at = T0;
        private String text = "something happened";
        private String link;
        private EntrySource source = EntrySource.MANUAL;
        private String sourceRef;
        private int version = 1;
        private boolean deleted;
        private String authorKey = "alice";
        private Instant recordedAt = T0.plus(Duration.ofDays(1));
        private boolean approximate;

        public EntryBuilder id(long value) {
            id = value;
            return this;
        }

        public EntryBuilder incidentId(long value) {
            incidentId = value;
            return this;
        }

        public EntryBuilder kind(EntryKind value) {
            kind = value;
            return this;
        }

        public EntryBuilder at(Instant value) {
            at = value;
            return this;
        }

        public EntryBuilder at(String iso) {
            return at(Instant.parse(iso));
        }

        public EntryBuilder started(Instant value) {
            return kind(EntryKind.STARTED).at(value);
        }

        public EntryBuilder detected(Instant value) {
            return kind(EntryKind.DETECTED).at(value);
        }

        public EntryBuilder mitigated(Instant value) {
            return kind(EntryKind.MITIGATED).at(value);
        }

        public EntryBuilder resolved(Instant value) {
            return kind(EntryKind.RESOLVED).at(value);
        }

        public EntryBuilder text(String value) {
            text = value;
            return this;
        }

        public EntryBuilder link(String value) {
            link = value;
            return this;
        }

        /** A derived entry from the tracker's history with this origin. */
        public EntryBuilder fromHistory(String ref) {
            source = EntrySource.JIRA_HISTORY;
            kind = EntryKind.STATUS_CHANGE;
            sourceRef = ref;
            id = 0;
            return this;
        }

        public EntryBuilder sourceRef(String value) {
            sourceRef = value;
            return this;
        }

        public EntryBuilder source(EntrySource value) {
            source = value;
            return this;
        }

        /** Its moment is only approximately when it happened. */
        public EntryBuilder approximate() {
            approximate = true;
            return this;
        }

        public EntryBuilder deleted() {
            deleted = true;
            return this;
        }

        public EntryBuilder version(int value) {
            version = value;
            return this;
        }

        public EntryBuilder authorKey(String value) {
            authorKey = value;
            return this;
        }

        public EntryBuilder recordedAt(Instant value) {
            recordedAt = value;
            return this;
        }

        public TimelineEntry build() {
            return new TimelineEntry(
                    id,
                    incidentId,
                    kind,
                    at,
                    text,
                    link,
                    source,
                    sourceRef,
                    version,
                    deleted,
                    authorKey,
                    recordedAt,
                    approximate);
        }
    }

    /** Collects stored and derived entries; stored ones without an id get the next one (1, 2, ...) like a database sequence. */
    public static final class TimelineBuilder {
        private final List<TimelineEntry> stored = new ArrayList<>();
        private final List<TimelineEntry> derived = new ArrayList<>();

        public TimelineBuilder with(EntryBuilder entry) {
            TimelineEntry built = entry.build();
            stored.add(built.id() == 0 ? built.withId(stored.size() + 1L) : built);
            return this;
        }

        public TimelineBuilder derived(EntryBuilder entry) {
            derived.add(entry.build());
            return this;
        }

        public List<TimelineEntry> storedEntries() {
            return List.copyOf(stored);
        }

        public Timeline build() {
            return Timeline.of(stored, derived);
        }
    }
}

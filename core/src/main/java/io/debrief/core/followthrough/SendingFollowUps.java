package io.debrief.core.followthrough;

import io.debrief.core.checkpoint.HeldDebrief;
import io.debrief.core.checkpoint.HeldDebriefs;
import io.debrief.core.common.IssueRef;
import io.debrief.core.debrief.AwaitingDebriefs;
import io.debrief.core.debrief.DebriefStore;
import io.debrief.core.debrief.DueWindow;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.Incidents;
import io.debrief.core.review.IndexedItem;
import io.debrief.core.review.ItemIndex;
import io.debrief.core.settings.Settings;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The follow-through run (a daily, once-per-cluster job): reminds assignees of items coming due and of items that
 * became overdue, and sends each project's lead the week's digest.
 *
 * <p>Who gets what:
 *
 * <ul>
 *   <li>an open action item's assignee gets one reminder when it is due within {@link FollowUpSettings#reminderDaysBefore}
 *       days (today included) and one when it is overdue, each once per due date (a re-planned item is reminded
 *       again); items overdue for more than {@link #OVERDUE_LOOKBACK_DAYS} days are not reminded (a first run on a
 *       site with old overdue items does not flood anyone); nobody is reminded of an item in a project they may not
 *       browse, nor after turning reminders off;</li>
 *   <li>each project taking part has its lead sent one digest a week (the week starts on the settings' digest day):
 *       its overdue items, the checkpoints coming due within the week and the debriefs overdue, each only if the lead
 *       may browse the project (a lead who may not gets nothing of it) and only an item's incident the lead may
 *       browse; an empty digest is not sent.</li>
 * </ul>
 *
 * <p>Items are read from the item index, and only the ones to remind of are read from the tracker (for their
 * assignee); items the tracker restricts further than their project (issue security) are left out of both mails.
 * Every mail is claimed in the {@link FollowUpLog} before it is sent, so a rerun or a second node sends nothing twice.
 */
public final class SendingFollowUps {

    /** Items overdue for longer than this are not reminded of any more (the digest still lists them). */
    public static final int OVERDUE_LOOKBACK_DAYS = 30;
    /** Resolved incidents older than this are not looked at for overdue debriefs. */
    public static final Duration DEBRIEF_LOOKBACK = Duration.ofDays(90);
    /** The most overdue debriefs read per run. */
    public static final int DEBRIEF_CAP = 1000;

    private static final int PAGE = 200;

    private final ItemIndex index;
    private final IssueTracker tracker;
    private final HeldDebriefs held;
    private final Incidents incidents;
    private final AwaitingDebriefs awaiting;
    private final Settings settings;
    private final FollowUpSettingsStore followUp;
    private final ReminderOptOuts optOuts;
    private final ProjectLeads leads;
    private final FollowUpLog log;
    private final Outbox outbox;
    private final Clock clock;

    public SendingFollowUps(
            ItemIndex index,
            IssueTracker tracker,
            HeldDebriefs held,
            Incidents incidents,
            DebriefStore debriefs,
            Settings settings,
            FollowUpSettingsStore followUp,
            ReminderOptOuts optOuts,
            ProjectLeads leads,
            FollowUpLog log,
            Outbox outbox,
            Clock clock) {
        this.index = Objects.requireNonNull(index, "index");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.held = Objects.requireNonNull(held, "held");
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.awaiting = new AwaitingDebriefs(Objects.requireNonNull(debriefs, "debriefs"));
        this.settings = Objects.requireNonNull(settings, "settings");
        this.followUp = Objects.requireNonNull(followUp, "followUp");
        this.optOuts = Objects.requireNonNull(optOuts, "optOuts");
        this.leads = Objects.requireNonNull(leads, "leads");
        this.log = Objects.requireNonNull(log, "log");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Sends what is due now; safe to run again at any time and on any node. */
    public FollowUpReport run() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        FollowUpSettings config = followUp.read();
        Counter counter = new Counter();
        remind(today, config, now, counter);
        digests(today, config, now, counter);
        return new FollowUpReport(counter.reminders, counter.digests, counter.already, counter.optedOut);
    }

    private void remind(LocalDate today, FollowUpSettings config, Instant now, Counter counter) {
        List<IndexedItem> candidates = index.openDueBetween(
                null, today.minusDays(OVERDUE_LOOKBACK_DAYS), today.plusDays(config.reminderDaysBefore()));
        List<IndexedItem> taking = candidates.stream()
                .filter(item -> settings.takesPart(item.item().projectKey()))
                .toList();
        if (taking.isEmpty()) {
            return;
        }
        Map<Long, IssueRef> incidentOf = new HashMap<>();
        taking.stream()
                .filter(item -> item.incident() != null)
                .forEach(item -> incidentOf.put(item.item().id(), item.incident()));
        List<TrackedIssue> issues =
                tracker
                        .issues(
                                incidentOf,
                                taking.stream().map(IndexedItem::item).toList(),
                                Audience.system())
                        .stream()
                        .map(IssueTracker.Read::issue)
                        .sorted(Comparator.comparing(TrackedIssue::key))
                        .toList();
        for (TrackedIssue issue : issues) {
            ReminderKind kind = kindOf(issue, today, config);
            if (kind == null || issue.assignee() == null) {
                continue;
            }
            String assignee = issue.assignee().key();
            if (!tracker.mayBrowse(assignee, issue.ref().projectKey())) {
                continue;
            }
            if (optOuts.remindersOff(assignee)) {
                counter.optedOut++;
                continue;
            }
            String key = "reminder:" + kind + ":" + issue.ref().id() + ":" + issue.due();
            if (!log.claim(key, now)) {
                counter.already++;
                continue;
            }
            IssueRef incident = issue.incident() != null
                            && tracker.mayBrowse(assignee, issue.incident().projectKey())
                    ? issue.incident()
                    : null;
            if (outbox.remind(new Reminder(assignee, kind, issue.ref(), issue.summary(), issue.due(), incident))) {
                counter.reminders++;
            }
        }
    }

    /** The reminder an open item is owed today, by its due date as the tracker holds it now (null: none). */
    static ReminderKind kindOf(TrackedIssue issue, LocalDate today, FollowUpSettings config) {
        if (!issue.isOpen() || issue.due() == null) {
            return null;
        }
        if (issue.due().isBefore(today)) {
            return issue.due().isBefore(today.minusDays(OVERDUE_LOOKBACK_DAYS)) ? null : ReminderKind.OVERDUE;
        }
        return issue.due().isAfter(today.plusDays(config.reminderDaysBefore())) ? null : ReminderKind.DUE_SOON;
    }

    private void digests(LocalDate today, FollowUpSettings config, Instant now, Counter counter) {
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(config.digestDay()));
        Map<String, List<HeldDebrief>> checkpointsDue = checkpointsDueBy(now.plus(Duration.ofDays(7)));
        Map<String, List<Incident>> debriefsOverdue = debriefsOverdue(now);
        Set<String> projects = new TreeSet<>(index.projects());
        projects.addAll(checkpointsDue.keySet());
        projects.addAll(debriefsOverdue.keySet());
        for (String project : projects) {
            if (!settings.takesPart(project)) {
                continue;
            }
            String lead = leads.leadOf(project).orElse(null);
            if (lead == null || !tracker.mayBrowse(lead, project)) {
                continue;
            }
            Digest digest = new Digest(
                    lead,
                    project,
                    week,
                    overdueItems(project, today, lead),
                    checkpointsDue.getOrDefault(project, List.of()).stream()
                            .map(debrief -> new Digest.CheckpointDue(debrief.incident(), debrief.heldAt()))
                            .toList(),
                    debriefsOverdue.getOrDefault(project, List.of()).stream()
                            .map(Incident::ref)
                            .toList());
            if (digest.isEmpty()) {
                continue;
            }
            if (!log.claim("digest:" + project + ":" + lead + ":" + week, now)) {
                counter.already++;
                continue;
            }
            if (outbox.digest(digest)) {
                counter.digests++;
            }
        }
    }

    private List<Digest.OverdueItem> overdueItems(String project, LocalDate today, String lead) {
        return index.openDueBetween(Set.of(project), null, today.minusDays(1)).stream()
                .sorted(Comparator.comparing(IndexedItem::due)
                        .thenComparing(item -> item.item().id()))
                .map(item -> new Digest.OverdueItem(
                        item.item(),
                        item.due(),
                        item.incident() != null
                                        && tracker.mayBrowse(
                                                lead, item.incident().projectKey())
                                ? item.incident()
                                : null))
                .toList();
    }

    /** The held debriefs whose next checkpoint look is due by then, by their incident's project. */
    private Map<String, List<HeldDebrief>> checkpointsDueBy(Instant by) {
        Map<String, List<HeldDebrief>> byProject = new HashMap<>();
        long after = 0;
        List<HeldDebrief> page;
        do {
            page = held.dueBy(by, after, PAGE);
            for (HeldDebrief debrief : page) {
                byProject
                        .computeIfAbsent(debrief.incident().projectKey(), project -> new ArrayList<>())
                        .add(debrief);
                after = Math.max(after, debrief.incident().id());
            }
        } while (page.size() == PAGE);
        return byProject;
    }

    /** Resolved incidents whose debrief window closed without a debrief held, by project. */
    private Map<String, List<Incident>> debriefsOverdue(Instant now) {
        Map<String, List<Incident>> byProject = new HashMap<>();
        Instant windowClosedBy = now.minus(DueWindow.CLOSES_AFTER);
        for (Incident incident : incidents.resolvedBetween(now.minus(DEBRIEF_LOOKBACK), windowClosedBy, DEBRIEF_CAP)) {
            if (awaiting.awaits(incident.id())) {
                byProject
                        .computeIfAbsent(incident.projectKey(), project -> new ArrayList<>())
                        .add(incident);
            }
        }
        return byProject;
    }

    private static final class Counter {
        int reminders;
        int digests;
        int already;
        int optedOut;
    }
}

package io.debrief.sandbox.debrief;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.IssueRef;
import io.debrief.core.debrief.AutoResolved;
import io.debrief.core.debrief.DebriefEdit;
import io.debrief.core.debrief.DebriefView;
import io.debrief.core.debrief.DraftActionItem;
import io.debrief.core.debrief.Impact;
import io.debrief.core.review.Decision;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.NewTimelineEntry;
import io.debrief.core.tracker.NewActionItem;
import io.debrief.plugin.DebriefApplication;
import io.debrief.sandbox.NewIssue;
import io.debrief.sandbox.SandboxClock;
import io.debrief.sandbox.SandboxIssue;
import io.debrief.sandbox.SeedContext;
import io.debrief.sandbox.jira.JiraHost;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The debrief side of the demo data, written through core's use cases (one transaction per incident) with a clock
 * set to each moment of the story: timelines from the real start, debriefs in every state, action items from the
 * "no" answers (some done, some past due), a debrief held 13 days ago whose first checkpoint opens after "+1 day"
 * and "Run scheduled jobs now", the checkpoints already due, and a few monthly review decisions.
 */
final class DemoDebriefs {

    /** The incident the browser journeys walk through the whole process: resolved, nothing written yet. */
    static final String WALK_SUMMARY = "Refund confirmations delayed behind a queue backlog";

    private static final Duration DAY = Duration.ofDays(1);
    private static final String[] ASSIGNEES = {"alice", "bob", null, "admin"};

    private final SeedContext seed;
    private final SandboxClock clock;
    private final DebriefApplication app;
    private final Viewer alice;
    private final Viewer admin;
    private final Instant now;
    private final List<IssueRef> reviewable = new ArrayList<>();

    private DemoDebriefs(
            SeedContext seed, SandboxClock clock, DebriefApplication app, Function<String, Viewer> viewers) {
        this.seed = seed;
        this.clock = clock;
        this.app = app;
        this.alice = viewers.apply("alice");
        this.admin = viewers.apply("admin");
        this.now = seed.clock().instant();
    }

    /** Seeds the debriefs of the host's incidents plus three recent incidents (due, due with a draft, upcoming). */
    /**
     * Seeds with the plugin's own use cases; {@code viewers} gives the plugin's viewer of a user (its
     * {@code ViewerProvider}, as that user logged in).
     */
    static void load(SeedContext seed, SandboxClock clock, DebriefApplication app, Function<String, Viewer> viewers) {
        try {
            JiraHost.actingAs("alice", () -> {
                new DemoDebriefs(seed, clock, app, viewers).load();
                return null;
            });
        } finally {
            clock.seedAt(null);
        }
    }

    private void load() {
        List<SandboxIssue> incidents = seed.seededIncidents();
        SandboxIssue heldThirteenDaysAgo = incidents.stream()
                .filter(i -> i.resolved() != null && i.resolved().isBefore(now.minus(Duration.ofDays(15))))
                .max(Comparator.comparing(SandboxIssue::resolved))
                .orElseThrow();
        for (int k = 0; k < incidents.size(); k++) {
            SandboxIssue incident = incidents.get(k);
            int variant = k;
            seed.inTransaction(() -> {
                story(incident, variant, incident == heldThirteenDaysAgo);
                return null;
            });
        }
        recentIncidents();
        JiraHost.actingAs(
                "admin",
                () -> seed.inTransaction(() -> {
                    reviewDecisions();
                    return null;
                }));
        // the scheduled job, as it would have run this morning: checkpoints of debriefs held 14+ days ago open now
        clock.seedAt(now);
        JiraHost.actingAs(null, () -> app.checkpoints().run());
    }

    private void story(SandboxIssue incident, int k, boolean heldThirteenDaysAgo) {
        if (incident.resolved() == null) {
            timeline(incident, k, false);
            return;
        }
        long age = Duration.between(incident.resolved(), now).toDays();
        Instant held = heldThirteenDaysAgo
                ? now.minus(Duration.ofDays(13))
                : incident.resolved().plus(Duration.ofHours(40));
        if (heldThirteenDaysAgo) {
            debrief(incident, k, held, false);
        } else if (age >= 35) {
            debrief(incident, k, held, true);
        } else if (age >= 16) {
            debrief(incident, k, held, k % 2 == 1);
        } else if (k % 3 != 0) {
            // awaiting and overdue: the timeline is there, the meeting has not happened
            timeline(incident, k, true);
        }
        // else: overdue with nothing written at all
    }

    /** Timeline, impact and analysis; held at {@code heldAt} with action items from the "no" answers; maybe published. */
    private void debrief(SandboxIssue incident, int k, Instant heldAt, boolean publish) {
        timeline(incident, k, true);
        clock.seedAt(heldAt.minus(Duration.ofHours(2)));
        String key = incident.key();
        DebriefView view = app.debriefs().view(key, alice);
        view = app.debriefs()
                .update(
                        key,
                        new DebriefEdit(
                                impact(incident, k),
                                analysis(incident, k),
                                k % 5 == 4 ? AutoResolved.YES : AutoResolved.NO),
                        view.debrief().version(),
                        alice);
        clock.seedAt(heldAt);
        view = app.debriefs().hold(key, view.debrief().version(), alice);
        List<IssueRef> items = new ArrayList<>();
        int n = 0;
        for (DraftActionItem draft : view.answers().drafts()) {
            items.add(app.actionItems()
                    .create(
                            new NewActionItem(
                                    incident.ref(),
                                    "",
                                    "",
                                    itemSummary(draft, incident),
                                    ASSIGNEES[(k + n) % ASSIGNEES.length],
                                    LocalDate.ofInstant(heldAt, ZoneOffset.UTC).plusDays(10 + 7L * n),
                                    draft.category()),
                            alice));
            n++;
        }
        if (publish) {
            clock.seedAt(heldAt.plus(DAY));
            app.debriefs().publish(key, view.debrief().version(), alice);
        }
        // the first item of older debriefs got done; the rest stays open for checkpoints and the review
        Instant done = heldAt.plus(Duration.ofDays(9));
        if (!items.isEmpty() && k % 3 != 2 && done.isBefore(now)) {
            clock.seedAt(done);
            app.tracker().resolve(items.get(0), "Done", "Shipped");
            items.remove(0);
        }
        if (publish) {
            reviewable.addAll(items);
        }
    }

    private void timeline(SandboxIssue incident, int k, boolean resolved) {
        Instant opened = incident.created();
        Duration lead = Duration.ofMinutes(k % 4 == 0 ? 2 : 6 + k % 5 * 3);
        Instant start = opened.minus(lead);
        String component = incident.component() == null ? "the service" : incident.component();
        List<NewTimelineEntry> entries = new ArrayList<>();
        if (k % 3 != 2) {
            entries.add(entry(
                    EntryKind.DEPLOY,
                    start.minus(Duration.ofMinutes(4)),
                    "Release 2026." + (10 + k % 2) + "." + k + " of " + component + " rolled out to all nodes"));
        }
        entries.add(entry(EntryKind.STARTED, start, "Error rate of " + component + " rises above its normal level"));
        if (lead.toMinutes() > 3) {
            entries.add(entry(
                    EntryKind.ALERT,
                    start.plus(lead.minusMinutes(1)),
                    "Monitoring alert: " + component + " error rate above 5% for 3 minutes"));
        }
        boolean customersFeltIt = k % 2 == 0;
        if (customersFeltIt) {
            // nobody watched the clock when customers were first hit: the moment is only roughly known
            entries.add(new NewTimelineEntry(
                    EntryKind.IMPACT_STARTED,
                    start.plus(Duration.ofMinutes(1)),
                    "Customers start to see errors, about a minute after the rise",
                    null,
                    true));
            entries.add(entry(
                    EntryKind.CUSTOMER_REPORT,
                    start.plus(lead.dividedBy(2)),
                    "Support receives the first customer reports"));
        }
        entries.add(entry(EntryKind.DETECTED, opened, "On-call acknowledges the page and opens " + incident.key()));
        // what people wrote on the issue while it ran: Jira comments, which the timeline shows as derived entries
        seed.issues()
                .comment(
                        incident.id(),
                        "bob",
                        "Looking at the " + component + " dashboards; the errors started " + "with the last rollout.",
                        opened.plus(Duration.ofMinutes(2)));
        if (resolved && incident.resolved() != null) {
            Instant resolvedAt = incident.resolved();
            Instant mitigated = opened.plus(Duration.between(opened, resolvedAt).dividedBy(2));
            entries.add(entry(
                    EntryKind.MITIGATED,
                    mitigated,
                    k % 3 != 2
                            ? "Rollback of the release completes; errors drop"
                            : "Traffic moved to the standby; errors drop"));
            seed.issues()
                    .comment(
                            incident.id(),
                            "alice",
                            "Mitigation in place. Keeping the incident open until the "
                                    + "error rate has been normal for 15 minutes.",
                            mitigated.plus(Duration.ofMinutes(1)));
            if (customersFeltIt) {
                entries.add(entry(EntryKind.IMPACT_ENDED, mitigated, "Customers no longer see errors"));
            }
            entries.add(entry(EntryKind.RESOLVED, resolvedAt, "Error rate back at its normal level for 15 minutes"));
        } else {
            entries.add(entry(
                    EntryKind.NOTE, opened.plus(Duration.ofMinutes(5)), "Rollback started; watching the error rate"));
        }
        clock.seedAt(latest(entries).plus(Duration.ofMinutes(20)));
        for (NewTimelineEntry entry : entries) {
            app.timeline().add(incident.key(), entry, alice);
        }
    }

    /** Three incidents resolved in the last days, so the debrief is due (one untouched, one drafted) or upcoming. */
    private void recentIncidents() {
        incident("PAY", WALK_SUMMARY, "Highest", "refunds", now.minus(Duration.ofHours(31)), Duration.ofMinutes(70));
        SandboxIssue drafted = incident(
                "WEB",
                "Checkout button unresponsive on slow mobile networks",
                "High",
                "frontend",
                now.minus(Duration.ofHours(52)),
                Duration.ofMinutes(45));
        SandboxIssue upcoming = incident(
                "OPS",
                "Elevated 5xx from the internal auth service",
                "Medium",
                "platform",
                now.minus(Duration.ofHours(6)),
                Duration.ofMinutes(25));
        seed.inTransaction(() -> {
            timeline(drafted, 1, true);
            clock.seedAt(drafted.resolved().plus(Duration.ofHours(26)));
            DebriefView view = app.debriefs().view(drafted.key(), alice);
            app.debriefs()
                    .update(
                            drafted.key(),
                            new DebriefEdit(impact(drafted, 1), "", AutoResolved.UNANSWERED),
                            view.debrief().version(),
                            alice);
            return null;
        });
        seed.inTransaction(() -> {
            timeline(upcoming, 4, true);
            return null;
        });
        // the walk incident (WALK_SUMMARY) stays untouched: the journeys write its timeline and debrief
    }

    private SandboxIssue incident(
            String project, String summary, String priority, String component, Instant created, Duration toResolve) {
        return seed.issues()
                .create(NewIssue.of(project, SandboxIssue.INCIDENT, summary, created)
                        .reportedBy("bob")
                        .assignedTo("alice")
                        .priority(priority)
                        .component(component)
                        .resolvedAt(created.plus(toResolve))
                        .build());
    }

    /** The monthly review has already looked at some items: kept one on purpose, prioritised one, closed one. */
    private void reviewDecisions() {
        clock.seedAt(now.minus(Duration.ofDays(5)));
        List<Decision> decisions = List.of(
                Decision.keep(),
                Decision.prioritise(),
                Decision.closeIrrelevant("Superseded by the platform-wide alerting rework"));
        for (int i = 0; i < decisions.size() && i < reviewable.size(); i++) {
            app.review().decide(reviewable.get(i).key(), decisions.get(i), 0, admin);
        }
    }

    private static Impact impact(SandboxIssue incident, int k) {
        long minutes = Duration.between(incident.created(), incident.resolved()).toMinutes() + 6;
        return new Impact(
                "Customers using features backed by "
                        + (incident.component() == null ? "the service" : incident.component()),
                (long) (120 + k * 137 % 4800),
                "About " + minutes + " minutes",
                k % 3 == 0 ? "" : "About " + (k * 410 % 9000 + 500) + " EUR in failed or refunded orders");
    }

    private static String analysis(SandboxIssue incident, int k) {
        String component = incident.component() == null ? "the service" : incident.component();
        return switch (k % 3) {
            case 0 ->
                "The release changed the connection pool settings of " + component + ". The canary stage only "
                        + "watched the error rate for two minutes, so the change reached every node before the alert "
                        + "fired. The rollback runbook still described the old deployment tool, which slowed the fix.";
            case 1 ->
                "A configuration default changed between library versions and " + component + " started "
                        + "rejecting a share of requests. Our tests used the old default, and the dashboard showing the "
                        + "rejection rate had no alert on it.";
            default ->
                "Capacity on " + component + " had been sized for last year's peak. Traffic grew steadily "
                        + "and no check compared the headroom with the forecast, so the limit was reached during a "
                        + "normal busy hour. Moving traffic to the standby restored service.";
        };
    }

    /** A concrete item for the drafted one, in the words a team would use for this component. */
    private static String itemSummary(DraftActionItem draft, SandboxIssue incident) {
        String component = incident.component() == null ? "the service" : incident.component();
        String kind = draft.summaryKey().substring(draft.summaryKey().lastIndexOf('.') + 1);
        return switch (kind) {
            case "detect-sooner" -> "Alert on " + component + " error rate within 2 minutes of a rise";
            case "fix-faster" -> "Make the rollback of " + component + " a one-step runbook action";
            case "automate-recovery" -> "Automate failover for " + component;
            default -> "Record the real start and end of " + component + " incidents in the timeline";
        };
    }

    private static NewTimelineEntry entry(EntryKind kind, Instant at, String text) {
        return new NewTimelineEntry(kind, at, text, null);
    }

    private static Instant latest(List<NewTimelineEntry> entries) {
        return entries.stream()
                .map(NewTimelineEntry::at)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }
}

package io.debrief.bench;

import io.debrief.core.checkpoint.CheckpointLog;
import io.debrief.core.checkpoint.ItemOutcome;
import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.review.Decision;
import io.debrief.core.review.DecisionRecord;
import io.debrief.core.review.ReviewDecisionLog;
import io.debrief.core.testkit.TrackedIssueBuilder;
import io.debrief.core.tracker.StatusCategory;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The monthly review's world at scale: open debrief items across projects and incidents (in the tracker, as Jira's
 * search would return them), some closed this month, and in the database the checkpoints of most incidents with
 * their outcomes and a review decision on a share of the items.
 */
final class ReviewWorld {

    static final int TEAMS = 20;
    private static final ActionItemCategory[] CATEGORIES = ActionItemCategory.values();
    private static final String[] PRIORITIES = {"Highest", "High", "Medium", "Low"};

    final int projects;
    final List<IssueRef> incidents = new ArrayList<>();
    final List<TrackedIssue> open = new ArrayList<>();
    final List<TrackedIssue> closedThisMonth = new ArrayList<>();
    private final Map<IssueRef, List<TrackedIssue>> itemsByIncident = new LinkedHashMap<>();
    private final Instant now;
    private final Random random = new Random(7);

    private ReviewWorld(int projects, Instant now) {
        this.projects = projects;
        this.now = now;
    }

    /** {@code items} open items, {@code perIncident} per incident, spread evenly over {@code projects} projects. */
    static ReviewWorld of(int items, int perIncident, int projects, Instant now) {
        ReviewWorld world = new ReviewWorld(projects, now);
        int incidentCount = items / perIncident;
        for (int n = 0; n < incidentCount; n++) {
            String project = "P" + (n % projects);
            IssueRef incident = new IssueRef(1_000_000L + n, project + "-" + (n + 1), project);
            world.incidents.add(incident);
            for (int k = 0; k < perIncident; k++) {
                world.addItem(incident, n * perIncident + k);
            }
        }
        return world;
    }

    private void addItem(IssueRef incident, int i) {
        long id = 2_000_000L + i;
        Instant created = now.minus(Duration.ofDays(1 + random.nextInt(365)));
        TrackedIssueBuilder item = TrackedIssueBuilder.anActionItem()
                .ref(new IssueRef(id, incident.projectKey() + "-" + id, incident.projectKey()))
                .of(incident)
                .summary("Action " + i + " after " + incident.key())
                .createdAt(created)
                .due(LocalDate.ofInstant(created, java.time.ZoneOffset.UTC).plusDays(30 + random.nextInt(60)))
                .priority(PRIORITIES[random.nextInt(PRIORITIES.length)])
                .inComponent("team-" + random.nextInt(TEAMS))
                .category(CATEGORIES[random.nextInt(CATEGORIES.length)]);
        // one item in eleven was closed since the first of the month: it counts in the totals, not in the list
        TrackedIssue built = i % 11 == 10
                ? item.status(StatusCategory.DONE)
                        .resolvedAt(now.minus(Duration.ofHours(1 + random.nextInt(400))))
                        .build()
                : item.build();
        (built.isOpen() ? open : closedThisMonth).add(built);
        itemsByIncident.computeIfAbsent(incident, key -> new ArrayList<>()).add(built);
    }

    List<TrackedIssue> allItems() {
        List<TrackedIssue> all = new ArrayList<>(open);
        all.addAll(closedThisMonth);
        return all;
    }

    /**
     * Checkpoints through the store as the job and the checkpoint form write them: {@code share} of the incidents
     * have 1 to 3, all but the last closed with an outcome per item. Returns how many were written.
     */
    int writeCheckpoints(CheckpointLog log, double share) {
        int written = 0;
        for (IssueRef incident : incidents) {
            if (random.nextDouble() >= share) {
                continue;
            }
            int count = 1 + random.nextInt(3);
            Instant heldAt = now.minus(Duration.ofDays(14L * count + 1 + random.nextInt(10)));
            for (int number = 1; number <= count; number++) {
                Instant dueAt = heldAt.plus(Duration.ofDays(14L * number));
                log.claim(incident, number, dueAt, dueAt);
                log.markOpened(
                        incident,
                        number,
                        new IssueRef(
                                9_000_000L + written, incident.projectKey() + "-C" + written, incident.projectKey()));
                if (number < count) {
                    log.recordOutcomes(incident, number, outcomes(incident, dueAt));
                }
                written++;
            }
        }
        return written;
    }

    private Map<IssueRef, ItemOutcome> outcomes(IssueRef incident, Instant dueAt) {
        Map<IssueRef, ItemOutcome> outcomes = new LinkedHashMap<>();
        for (TrackedIssue item : itemsByIncident.get(incident)) {
            outcomes.put(
                    item.ref(),
                    random.nextBoolean()
                            ? new ItemOutcome.Done()
                            : new ItemOutcome.Replanned(LocalDate.ofInstant(dueAt, java.time.ZoneOffset.UTC)
                                    .plusDays(21)));
        }
        return outcomes;
    }

    /** One review decision (keep or prioritise) on {@code share} of the open items; returns how many. */
    int writeDecisions(ReviewDecisionLog decisions, double share) {
        UserRef reviewer = new UserRef("reviewer", "Reviewer");
        int written = 0;
        for (TrackedIssue item : open) {
            if (random.nextDouble() < share) {
                Decision decision = random.nextBoolean() ? Decision.keep() : Decision.prioritise();
                decisions.append(new DecisionRecord(
                        item.ref(), decision, reviewer, now.minus(Duration.ofDays(1 + random.nextInt(60))), 1));
                written++;
            }
        }
        return written;
    }
}

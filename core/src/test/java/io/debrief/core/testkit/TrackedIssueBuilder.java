package io.debrief.core.testkit;

import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.tracker.StatusCategory;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Builds tracker issues for tests: {@code anActionItem().of(incident).createdAt(..).build()}. */
public final class TrackedIssueBuilder {

    private static final AtomicLong IDS = new AtomicLong(50_000);

    private IssueRef ref;
    private StatusCategory status = StatusCategory.TO_DO;
    private String summary = "Alert on queue depth";
    private UserRef assignee;
    private LocalDate due;
    private Instant created = Instant.parse("2026-01-05T10:00:00Z");
    private Instant resolved;
    private String priority = "Medium";
    private final Set<String> labels = new HashSet<>();
    private final Set<String> components = new HashSet<>();
    private IssueRef incident = TrackerFixtures.INCIDENT;
    private ActionItemCategory category = ActionItemCategory.DETECT;

    private TrackedIssueBuilder() {}

    /** An open, labelled action item of {@link TrackerFixtures#INCIDENT} in project OPS. */
    public static TrackedIssueBuilder anActionItem() {
        TrackedIssueBuilder builder = new TrackedIssueBuilder();
        long id = IDS.incrementAndGet();
        builder.ref = new IssueRef(id, "OPS-" + id, "OPS");
        builder.labels.add("debrief");
        return builder;
    }

    /** An issue that is neither labelled nor linked to an incident. */
    public static TrackedIssueBuilder anOrdinaryIssue() {
        return anActionItem().withoutLabel("debrief").of(null).category(null);
    }

    public TrackedIssueBuilder ref(IssueRef value) {
        this.ref = value;
        return this;
    }

    public TrackedIssueBuilder inProject(String projectKey) {
        this.ref = new IssueRef(ref.id(), projectKey + "-" + ref.id(), projectKey);
        return this;
    }

    public TrackedIssueBuilder status(StatusCategory value) {
        this.status = value;
        return this;
    }

    public TrackedIssueBuilder summary(String value) {
        this.summary = value;
        return this;
    }

    public TrackedIssueBuilder assignee(UserRef value) {
        this.assignee = value;
        return this;
    }

    public TrackedIssueBuilder due(LocalDate value) {
        this.due = value;
        return this;
    }

    public TrackedIssueBuilder createdAt(Instant value) {
        this.created = value;
        return this;
    }

    /** Done, resolved at that moment. */
    public TrackedIssueBuilder resolvedAt(Instant value) {
        this.resolved = value;
        this.status = StatusCategory.DONE;
        return this;
    }

    public TrackedIssueBuilder priority(String value) {
        this.priority = value;
        return this;
    }

    public TrackedIssueBuilder withLabel(String label) {
        labels.add(label);
        return this;
    }

    public TrackedIssueBuilder withoutLabel(String label) {
        labels.remove(label);
        return this;
    }

    public TrackedIssueBuilder inComponent(String component) {
        components.add(component);
        return this;
    }

    public TrackedIssueBuilder of(IssueRef value) {
        this.incident = value;
        return this;
    }

    public TrackedIssueBuilder category(ActionItemCategory value) {
        this.category = value;
        return this;
    }

    public TrackedIssue build() {
        return new TrackedIssue(
                ref,
                status,
                summary,
                assignee,
                due,
                created,
                resolved,
                priority,
                labels,
                components,
                incident,
                category);
    }
}

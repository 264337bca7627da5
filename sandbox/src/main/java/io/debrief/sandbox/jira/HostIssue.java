package io.debrief.sandbox.jira;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.sandbox.SandboxIssue;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A sandbox issue read as Jira's issue object: a snapshot, read again after every change (as Jira's issue objects). */
final class HostIssue implements MutableIssue {

    private final SandboxIssue issue;
    private final HostIssueManager issues;
    /** Who the issue's security level lets in (null: under none), once read. */
    private String levelMembers;

    private boolean levelRead;

    HostIssue(SandboxIssue issue, HostIssueManager issues) {
        this.issue = issue;
        this.issues = issues;
    }

    /** An issue whose security level a search has already read with every other issue's ({@code levels} by id). */
    HostIssue(SandboxIssue issue, HostIssueManager issues, java.util.Map<Long, String> levels) {
        this(issue, issues);
        this.levelMembers = levels.get(issue.id());
        this.levelRead = true;
    }

    /** Who the issue's security level lets in, as {@link HostSecurityLevel#MEMBERS} holds it; null: under none. */
    String securityLevelMembers() {
        if (!levelRead) {
            levelMembers = issues.property(issue.id(), HostSecurityLevel.MEMBERS);
            levelRead = true;
        }
        return levelMembers;
    }

    SandboxIssue sandboxIssue() {
        return issue;
    }

    @Override
    public Long getId() {
        return issue.id();
    }

    @Override
    public String getKey() {
        return issue.key();
    }

    @Override
    public String getSummary() {
        return issue.summary();
    }

    @Override
    public String getDescription() {
        return issues.property(issue.id(), HostIssueManager.DESCRIPTION);
    }

    @Override
    public Project getProjectObject() {
        return issues.people().getProjectObjByKey(issue.projectKey());
    }

    @Override
    public Long getProjectId() {
        Project project = getProjectObject();
        return project == null ? null : project.getId();
    }

    @Override
    public IssueType getIssueType() {
        return issues.types().byName(issue.type()).orElse(null);
    }

    @Override
    public String getIssueTypeId() {
        IssueType type = getIssueType();
        return type == null ? null : type.getId();
    }

    /** The sandbox's one issue security level, when the issue is under it (see {@link HostSecurityLevel}). */
    @Override
    public Long getSecurityLevelId() {
        return securityLevelMembers() == null ? null : HostSecurityLevel.ID;
    }

    @Override
    public Status getStatus() {
        return Constants.status(issue.status(), issue.statusCategory());
    }

    @Override
    public ApplicationUser getAssignee() {
        return issues.people().getUserByKey(issue.assignee());
    }

    @Override
    public ApplicationUser getAssigneeUser() {
        return getAssignee();
    }

    @Override
    public ApplicationUser getReporter() {
        return issues.people().getUserByKey(issue.reporter());
    }

    @Override
    public Timestamp getCreated() {
        return timestamp(issue.created());
    }

    @Override
    public Timestamp getUpdated() {
        return timestamp(issue.created());
    }

    @Override
    public Timestamp getResolutionDate() {
        return timestamp(issue.resolved());
    }

    @Override
    public Timestamp getDueDate() {
        return timestamp(issue.due());
    }

    @Override
    public Priority getPriority() {
        return Constants.priorityNamed(issue.priority()).orElse(null);
    }

    @Override
    public Resolution getResolution() {
        if (issue.resolved() == null) {
            return null;
        }
        // an issue made Done without a named resolution (the seed) has Jira's "Done"
        String name = issues.property(issue.id(), HostIssueManager.RESOLUTION);
        return Constants.resolutionNamed(name == null ? "Done" : name).orElse(null);
    }

    @Override
    public Set<Label> getLabels() {
        Set<Label> labels = new LinkedHashSet<>();
        for (String label : issue.labels()) {
            labels.add(new Label(null, issue.id(), label));
        }
        return labels;
    }

    @Override
    public Collection<ProjectComponent> getComponents() {
        return issue.component() == null ? List.of() : List.of(new Component(null, issue.component()));
    }

    @Override
    public boolean isSubTask() {
        return issue.parentId() != null;
    }

    @Override
    public Long getParentId() {
        return issue.parentId();
    }

    @Override
    public Issue getParentObject() {
        return issue.parentId() == null ? null : issues.getIssueObject(issue.parentId());
    }

    @Override
    public String toString() {
        return issue.key();
    }

    record Component(Long getId, String getName) implements ProjectComponent {}

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

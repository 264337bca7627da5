package io.debrief.sandbox.jira;

import static io.debrief.sandbox.jira.NotHosted.notHosted;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.sandbox.SandboxContext;
import io.debrief.sandbox.SandboxIssues;
import io.debrief.sandbox.SandboxLinkTypeEntity;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Labels, issue links, link types and sub-task links with Jira's semantics where the plugin relies on them: a label is
 * one word (no spaces, at most 255 characters) and an issue has it once; a change of labels is an issue update (an
 * {@code ISSUE_UPDATED} event); a new link fires {@link IssueLinkCreatedEvent}; links name their type, found by id.
 */
final class HostLinks implements LabelManager, IssueLinkManager, IssueLinkTypeManager, SubTaskManager {

    private static final Pattern LABEL = Pattern.compile("[^\\s]{1,255}");

    private final SandboxContext host;
    private final HostIssueManager issues;
    private final EventPublisher events;
    private final Clock clock;
    private final JiraCounts counts;

    HostLinks(SandboxContext host, HostIssueManager issues, EventPublisher events, Clock clock) {
        this.host = host;
        this.issues = issues;
        this.events = events;
        this.clock = clock;
        this.counts = issues.counts();
    }

    // --- labels

    @Override
    public Set<Label> getLabels(Long issueId) {
        Issue issue = issues.getIssueObject(issueId);
        return issue == null ? Set.of() : issue.getLabels();
    }

    @Override
    public Set<Label> setLabels(
            ApplicationUser remoteUser,
            Long issueId,
            Set<String> labels,
            boolean sendNotification,
            boolean causeChangeNotification) {
        labels.forEach(HostLinks::checkLabel);
        SandboxIssues store = host.issues();
        Set<String> before = new LinkedHashSet<>(store.labels(issueId));
        host.inTransaction(() -> {
            before.stream()
                    .filter(label -> !labels.contains(label))
                    .forEach(label -> store.removeLabel(issueId, label));
            labels.stream().filter(label -> !before.contains(label)).forEach(label -> store.addLabel(issueId, label));
            return null;
        });
        if (!before.equals(new LinkedHashSet<>(labels))) {
            store.recordChange(
                    issueId,
                    "labels",
                    String.join(" ", before.stream().sorted().toList()),
                    String.join(" ", labels.stream().sorted().toList()),
                    remoteUser == null ? null : remoteUser.getKey(),
                    clock.instant());
            updated(issueId, remoteUser);
        }
        return getLabels(issueId);
    }

    @Override
    public Label addLabel(ApplicationUser remoteUser, Long issueId, String label, boolean sendNotification) {
        checkLabel(label);
        Set<String> labels = new LinkedHashSet<>(host.issues().labels(issueId));
        labels.add(label);
        setLabels(remoteUser, issueId, labels, sendNotification, true);
        return new Label(null, issueId, label);
    }

    private static void checkLabel(String label) {
        if (label == null || !LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException("a label is one word of at most 255 characters: " + label);
        }
    }

    private void updated(long issueId, ApplicationUser user) {
        events.publish(
                new IssueEvent(issues.getIssueObject(issueId), new HashMap<>(), user, EventType.ISSUE_UPDATED_ID));
    }

    /** What the plugin asked of this Jira, counted (searches count here too: one counter per host). */
    JiraCounts counts() {
        return counts;
    }

    // --- links

    @Override
    public void createIssueLink(
            Long sourceIssueId,
            Long destinationIssueId,
            Long issueLinkTypeId,
            Long sequence,
            ApplicationUser remoteUser)
            throws CreateException {
        IssueLinkType type = getIssueLinkType(issueLinkTypeId);
        if (type == null
                || issues.getIssueObject(sourceIssueId) == null
                || issues.getIssueObject(destinationIssueId) == null) {
            throw new CreateException("no such link type or issue: " + issueLinkTypeId + " " + sourceIssueId + " -> "
                    + destinationIssueId);
        }
        if (getIssueLink(sourceIssueId, destinationIssueId, issueLinkTypeId) != null) {
            // Jira keeps one link per type and pair
            return;
        }
        SandboxIssues.IssueLink stored = host.issues().link(type.getName(), sourceIssueId, destinationIssueId);
        events.publish(new IssueLinkCreatedEvent(link(stored), clock.instant()));
    }

    @Override
    public List<IssueLink> getOutwardLinks(Long sourceIssueId) {
        counts.linksLookedUp();
        return host.issues().links(sourceIssueId, true).stream()
                .map(this::link)
                .filter(Objects::nonNull)
                .toList();
    }

    @Override
    public List<IssueLink> getInwardLinks(Long destinationIssueId) {
        counts.linksLookedUp();
        return host.issues().links(destinationIssueId, false).stream()
                .map(this::link)
                .filter(Objects::nonNull)
                .toList();
    }

    @Override
    public IssueLink getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId) {
        return getOutwardLinks(sourceId).stream()
                .filter(link -> link.getDestinationId().equals(destinationId)
                        && link.getLinkTypeId().equals(issueLinkTypeId))
                .findFirst()
                .orElse(null);
    }

    @Override
    public void removeIssueLink(IssueLink issueLink, ApplicationUser remoteUser) throws RemoveException {
        host.issues().unlink(issueLink.getId());
        events.publish(new IssueLinkDeletedEvent(issueLink, clock.instant()));
    }

    private IssueLink link(SandboxIssues.IssueLink stored) {
        IssueLinkType type = first(getIssueLinkTypesByName(stored.typeName()));
        return type == null ? null : new Link(stored.id(), type, stored.sourceId(), stored.destinationId());
    }

    /** One link; its issues are read when asked for. */
    private final class Link implements IssueLink {
        private final long id;
        private final IssueLinkType type;
        private final long source;
        private final long destination;

        Link(long id, IssueLinkType type, long source, long destination) {
            this.id = id;
            this.type = type;
            this.source = source;
            this.destination = destination;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public Long getLinkTypeId() {
            return type.getId();
        }

        @Override
        public Long getSourceId() {
            return source;
        }

        @Override
        public Long getDestinationId() {
            return destination;
        }

        @Override
        public IssueLinkType getIssueLinkType() {
            return type;
        }

        @Override
        public Issue getSourceObject() {
            return issues.getIssueObject(source);
        }

        @Override
        public Issue getDestinationObject() {
            return issues.getIssueObject(destination);
        }

        @Override
        public boolean isSystemLink() {
            return false;
        }
    }

    // --- link types

    record LinkType(Long getId, String getName, String getOutward, String getInward) implements IssueLinkType {
        @Override
        public String getStyle() {
            return null;
        }

        @Override
        public boolean isSubTaskLinkType() {
            return false;
        }

        @Override
        public boolean isSystemLinkType() {
            return false;
        }

        @Override
        public int compareTo(IssueLinkType other) {
            return getName.compareToIgnoreCase(other.getName());
        }
    }

    /** Jira's default link types, created on a database that has none. */
    void ensureStandardLinkTypes() {
        if (getIssueLinkTypes().isEmpty()) {
            createIssueLinkType("Blocks", "blocks", "is blocked by", null);
            createIssueLinkType("Cloners", "clones", "is cloned by", null);
            createIssueLinkType("Duplicate", "duplicates", "is duplicated by", null);
            createIssueLinkType("Relates", "relates to", "relates to", null);
        }
    }

    @Override
    public void createIssueLinkType(String name, String outward, String inward, String style) {
        HostPeople.sql(() -> host.entityManager()
                .create(
                        SandboxLinkTypeEntity.class,
                        new DBParam("NAME", name),
                        new DBParam("OUTWARD", outward),
                        new DBParam("INWARD", inward)));
    }

    @Override
    public Collection<IssueLinkType> getIssueLinkTypes() {
        return Arrays.stream(HostPeople.sql(() -> host.entityManager()
                        .find(SandboxLinkTypeEntity.class, Query.select().order("ID"))))
                .map(HostLinks::type)
                .toList();
    }

    @Override
    public Collection<IssueLinkType> getIssueLinkTypesByName(String name) {
        return getIssueLinkTypes().stream()
                .filter(type -> type.getName().equals(name))
                .toList();
    }

    @Override
    public IssueLinkType getIssueLinkType(Long id) {
        return id == null
                ? null
                : getIssueLinkTypes().stream()
                        .filter(type -> type.getId().equals(id))
                        .findFirst()
                        .orElse(null);
    }

    private static IssueLinkType type(SandboxLinkTypeEntity row) {
        return new LinkType((long) row.getID(), row.getName(), row.getOutward(), row.getInward());
    }

    private static IssueLinkType first(Collection<IssueLinkType> types) {
        return types.isEmpty() ? null : types.iterator().next();
    }

    // --- sub-tasks

    @Override
    public boolean isSubTasksEnabled() {
        return true;
    }

    @Override
    public Collection<IssueType> getSubTaskIssueTypeObjects() {
        return issues.types().getSubTaskIssueTypeObjects();
    }

    /** The host stores the parent on the sub-task when it is created; this only confirms the pair. */
    @Override
    public void createSubTaskIssueLink(Issue parentIssue, Issue subTaskIssue, ApplicationUser remoteUser)
            throws CreateException {
        Issue stored = issues.getIssueObject(subTaskIssue.getId());
        if (stored == null || !parentIssue.getId().equals(stored.getParentId())) {
            throw new CreateException(subTaskIssue.getKey() + " is not a sub-task of " + parentIssue.getKey());
        }
    }

    // overloads the plugin does not call (declared by the stand-ins so that ambiguity shows; see NotHosted)

    @Override
    public Label addLabel(ApplicationUser arg0, Long arg1, Long arg2, String arg3, boolean arg4) {
        throw notHosted("addLabel");
    }

    @Override
    public IssueLinkType getIssueLinkType(Long arg0, boolean arg1) {
        throw notHosted("getIssueLinkType");
    }
}

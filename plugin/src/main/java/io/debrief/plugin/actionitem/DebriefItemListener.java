package io.debrief.plugin.actionitem;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.actionitem.ActionItemService;
import io.debrief.core.actionitem.DebriefItemPolicy;
import io.debrief.core.actionitem.ItemCandidate;
import io.debrief.core.actionitem.LabellingDebriefItems;
import io.debrief.core.settings.Settings;
import io.debrief.plugin.jira.DebriefTypeIds;
import io.debrief.plugin.jira.JiraRefs;
import io.debrief.plugin.jira.TrackedIssues;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the debrief label on action items: when an issue is created or updated, or an issue link of our type is
 * created, it asks core's one {@link DebriefItemPolicy} (through {@link ActionItemService}) whether to label it.
 *
 * <p>Cost for events that cannot concern us: one check. Other event types stop at the event type id; a created or
 * updated issue that is neither a sub-task of an incident nor the source of a link of our type stops after one link
 * lookup (none for a sub-task); a link of
 * another type stops at its type id. The issue history is read only for an updated possible item that lacks the
 * label. Our own label change comes back as an update event and ends as
 * ALREADY_LABELLED, so the listener never loops. A person removing the label (an update whose newest history entry
 * takes the label away, made by a user) is recorded, and the label is never put back.
 *
 * <p>Public, with public listener methods: atlassian-event calls them with a plain {@code Method.invoke} and no
 * {@code setAccessible} ({@code SingleParameterMethodListenerInvoker}, atlassian-event 5.x, decompiled in
 * ngannk-fptu/Decompiled-Files), so a package-private listener class is never called in Jira: the
 * IllegalAccessException is only logged. {@code LoadableClassesTest} keeps every listener public.
 */
@Component
public class DebriefItemListener {

    static final String LABELS_FIELD = "labels";
    private static final Logger LOG = LoggerFactory.getLogger(DebriefItemListener.class);

    private final EventPublisher events;
    private final IssueLinkManager links;
    private final ChangeHistoryManager histories;
    private final DebriefTypeIds typeIds;
    private final Settings settings;
    private final LabellingDebriefItems labelling;

    @Inject
    public DebriefItemListener(
            @ComponentImport EventPublisher events,
            @ComponentImport IssueLinkManager links,
            @ComponentImport ChangeHistoryManager histories,
            DebriefTypeIds typeIds,
            Settings settings,
            LabellingDebriefItems labelling) {
        this.events = events;
        this.links = links;
        this.histories = histories;
        this.typeIds = typeIds;
        this.settings = settings;
        this.labelling = labelling;
    }

    @PostConstruct
    void register() {
        events.register(this);
    }

    @PreDestroy
    void unregister() {
        events.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Long type = event.getEventTypeId();
        // other event types cost this one check: the issue is not even read
        if (EventType.ISSUE_CREATED_ID.equals(type) || EventType.ISSUE_UPDATED_ID.equals(type)) {
            onIssue(type, event.getIssue());
        }
    }

    /** The work of {@link #onIssueEvent}: a non-matching event costs the type check, or one link lookup. */
    void onIssue(Long type, Issue issue) {
        boolean created = EventType.ISSUE_CREATED_ID.equals(type);
        if (!created && !EventType.ISSUE_UPDATED_ID.equals(type)) {
            return;
        }
        try {
            List<IssueLink> outward = issue.getParentId() == null ? links.getOutwardLinks(issue.getId()) : List.of();
            if (!couldBeItem(issue, outward)) {
                return;
            }
            String label = settings.global().label();
            if (!created && !TrackedIssues.labels(issue).contains(label)) {
                // only a possible item without the label can have just lost it: the history is read only then
                recordLabelRemovedByHand(issue, label);
            }
            actionItems().labelIfDebriefItem(candidate(issue, outward));
        } catch (RuntimeException e) {
            // never break the user's edit because of the label
            LOG.error("Debrief: could not check issue {} for the debrief label", issue, e);
        }
    }

    @EventListener
    public void onLinkCreated(IssueLinkCreatedEvent event) {
        IssueLink link = event.getIssueLink();
        Optional<Long> ours = typeIds.actionItemLinkTypeId();
        if (link == null || ours.isEmpty() || !ours.get().equals(link.getLinkTypeId())) {
            return;
        }
        try {
            Issue item = link.getSourceObject();
            actionItems().labelIfDebriefItem(candidate(item, links.getOutwardLinks(item.getId())));
        } catch (RuntimeException e) {
            LOG.error("Debrief: could not label the source of link {}", link.getId(), e);
        }
    }

    /**
     * A pre-filter, not the rule: only a sub-task of one of our incidents or the source of a link of our type can be an
     * item, so nothing else costs a settings read or a label-removal lookup. The policy still decides.
     */
    private boolean couldBeItem(Issue issue, List<IssueLink> outward) {
        if (issue.getParentId() != null) {
            Issue parent = issue.getParentObject();
            return parent != null && typeIds.isIncidentType(parent.getIssueTypeId());
        }
        Optional<Long> ours = outward.isEmpty() ? Optional.empty() : typeIds.actionItemLinkTypeId();
        return ours.isPresent() && outward.stream().anyMatch(link -> ours.get().equals(link.getLinkTypeId()));
    }

    ItemCandidate candidate(Issue issue, List<IssueLink> outward) {
        Issue parent = issue.getParentObject();
        List<ItemCandidate.Link> candidateLinks = new ArrayList<>();
        for (IssueLink link : outward) {
            if (link.getIssueLinkType() != null && link.getDestinationObject() != null) {
                candidateLinks.add(new ItemCandidate.Link(
                        link.getIssueLinkType().getName(), related(link.getDestinationObject())));
            }
        }
        return new ItemCandidate(
                JiraRefs.ref(issue),
                typeName(issue),
                TrackedIssues.labels(issue),
                parent == null ? null : related(parent),
                candidateLinks,
                false);
    }

    /** The newest history entry of the issue took the debrief label off, and a person made it. */
    private void recordLabelRemovedByHand(Issue issue, String label) {
        List<ChangeHistory> changes = histories.getChangeHistories(issue);
        if (changes == null || changes.isEmpty()) {
            return;
        }
        ChangeHistory newest = changes.get(changes.size() - 1);
        if (newest.getAuthorObject() == null) {
            return;
        }
        for (ChangeItemBean item : newest.getChangeItemBeans()) {
            if (LABELS_FIELD.equalsIgnoreCase(item.getField())
                    && hasLabel(item.getFromString(), label)
                    && !hasLabel(item.getToString(), label)) {
                actionItems().labelRemovedByHand(JiraRefs.ref(issue), JiraRefs.user(newest.getAuthorObject()));
                return;
            }
        }
    }

    private ItemCandidate.Related related(Issue issue) {
        return new ItemCandidate.Related(JiraRefs.ref(issue), typeName(issue));
    }

    /** Our types by id, so a renamed or translated type still counts; other types by their name. */
    private String typeName(Issue issue) {
        if (typeIds.isIncidentType(issue.getIssueTypeId())) {
            return DebriefItemPolicy.INCIDENT_TYPE;
        }
        if (typeIds.isCheckpointType(issue.getIssueTypeId())) {
            return DebriefItemPolicy.CHECKPOINT_TYPE;
        }
        return issue.getIssueType() == null || issue.getIssueType().getName() == null
                ? ""
                : issue.getIssueType().getName();
    }

    /** Jira shows labels in history as one space-separated string. */
    private static boolean hasLabel(String labels, String label) {
        return labels != null && Arrays.asList(labels.trim().split("\\s+")).contains(label);
    }

    private LabellingDebriefItems actionItems() {
        return labelling;
    }
}

package io.debrief.plugin.review.index;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.review.ItemIndexing;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.jira.JiraItemFeed;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes what issue events report into the review's item index: a labelled issue created, edited, transitioned,
 * assigned or moved is written again (one link lookup for its incident); an unlabelled one that was edited or moved
 * is forgotten (one indexed delete, nothing when it was never kept); a deleted one is forgotten. A link created or
 * deleted writes its labelled source again. Comments and work logs cost the event type check.
 *
 * <p>Events are not guaranteed (bulk changes, re-indexes, a disabled plugin): {@link ItemIndexReconcileJob} puts
 * right what they missed. Public, with public listener methods, as atlassian-event requires (see
 * {@code DebriefItemListener}).
 */
@Component
public class ItemIndexListener {

    private static final Logger LOG = LoggerFactory.getLogger(ItemIndexListener.class);
    private static final Set<Long> NOT_ABOUT_FIELDS = Set.of(EventType.ISSUE_COMMENTED_ID,
            EventType.ISSUE_COMMENT_EDITED_ID, EventType.ISSUE_COMMENT_DELETED_ID, EventType.ISSUE_WORKLOGGED_ID);

    private final EventPublisher events;
    private final JiraItemFeed feed;
    private final DebriefApplication application;

    @Inject
    public ItemIndexListener(@ComponentImport EventPublisher events, JiraItemFeed feed,
            DebriefApplication application) {
        this.events = events;
        this.feed = feed;
        this.application = application;
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
        Issue issue = event.getIssue();
        if (type == null || NOT_ABOUT_FIELDS.contains(type) || issue == null) {
            return;
        }
        application.itemIndexing().ifPresent(indexing -> {
            try {
                if (EventType.ISSUE_DELETED_ID.equals(type)) {
                    indexing.deleted(issue.getId());
                } else if (hasLabel(issue, application.settings().global().label())) {
                    ItemIndexing.Seen seen = feed.seen(issue);
                    indexing.changed(seen.issue(), seen.secured());
                } else if (EventType.ISSUE_UPDATED_ID.equals(type) || EventType.ISSUE_MOVED_ID.equals(type)) {
                    indexing.deleted(issue.getId());
                }
            } catch (RuntimeException e) {
                // never break the user's change because of the index: the reconcile job puts it right
                LOG.warn("Debrief: could not update the item index for {}", issue.getKey(), e);
            }
        });
    }

    @EventListener
    public void onLinkCreated(IssueLinkCreatedEvent event) {
        linkChanged(event.getIssueLink());
    }

    @EventListener
    public void onLinkDeleted(IssueLinkDeletedEvent event) {
        linkChanged(event.getIssueLink());
    }

    private void linkChanged(IssueLink link) {
        Issue source = link == null ? null : link.getSourceObject();
        if (source == null) {
            return;
        }
        application.itemIndexing().ifPresent(indexing -> {
            try {
                if (hasLabel(source, application.settings().global().label())) {
                    ItemIndexing.Seen seen = feed.seen(source);
                    indexing.changed(seen.issue(), seen.secured());
                }
            } catch (RuntimeException e) {
                LOG.warn("Debrief: could not update the item index for {}", source.getKey(), e);
            }
        });
    }

    private static boolean hasLabel(Issue issue, String label) {
        if (issue.getLabels() == null) {
            return false;
        }
        for (Label each : issue.getLabels()) {
            if (label.equals(each.getLabel())) {
                return true;
            }
        }
        return false;
    }
}

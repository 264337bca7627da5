package io.debrief.plugin.review.index;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.review.ItemIndexing;
import io.debrief.plugin.DebriefApplication;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes what issue events report into the review's item index: a labelled issue is written again on any issue event
 * (created, edited, transitioned, assigned, moved, commented: one link lookup for its incident); an unlabelled one
 * that was edited is forgotten (one indexed delete, nothing when it was never kept). Event types are told apart only
 * by the created and updated ids our stand-ins have evidence for, so a deleted issue stays kept until the reconcile
 * (the review's page search no longer returns it, so it is never shown; the totals count it until then). A link created
 * writes its labelled source again (a deleted link is left to the reconcile). Comments and work logs cost the event type check.
 *
 * <p>Events are not guaranteed (bulk changes, re-indexes, a disabled plugin): {@link ItemIndexReconcileJob} puts
 * right what they missed. Public, with public listener methods, as atlassian-event requires (see
 * {@code DebriefItemListener}).
 */
@Component
public class ItemIndexListener {

    private static final Logger LOG = LoggerFactory.getLogger(ItemIndexListener.class);

    private final EventPublisher events;
    private final JiraItemFeed feed;
    private final DebriefApplication application;

    @Inject
    public ItemIndexListener(
            @ComponentImport EventPublisher events, JiraItemFeed feed, DebriefApplication application) {
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
        if (type == null || issue == null) {
            return;
        }
        application.itemIndexing().ifPresent(indexing -> {
            try {
                if (hasLabel(issue, application.settings().global().label())) {
                    ItemIndexing.Seen seen = feed.seen(issue);
                    indexing.changed(seen.issue(), seen.secured());
                } else if (EventType.ISSUE_UPDATED_ID.equals(type)) {
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

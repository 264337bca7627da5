package io.debrief.plugin.library.security;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps, on every issue event on an incident (created, edited: setting or clearing its security level is an edit,
 * moved, transitioned), whether the incident is under an issue security level, so the library counts it right. Other
 * issues cost the type check. Events are not guaranteed: {@link IncidentSecurityReconcileJob} puts right what they
 * missed, and the library never shows an incident Jira's search does not return in any case. Public, with a public
 * listener method, as atlassian-event requires (see {@code DebriefItemListener}).
 */
@Component
public class IncidentSecurityListener {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentSecurityListener.class);

    private final EventPublisher events;
    private final JiraLibrarySecurity security;

    @Inject
    public IncidentSecurityListener(@ComponentImport EventPublisher events, JiraLibrarySecurity security) {
        this.events = events;
        this.security = security;
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
        Issue issue = event.getIssue();
        if (issue == null) {
            return;
        }
        try {
            security.changed(issue);
        } catch (RuntimeException e) {
            // never break the user's change because of the library: the reconcile job puts it right
            LOG.warn("Debrief: could not keep the security of {} for the library", issue.getKey(), e);
        }
    }
}

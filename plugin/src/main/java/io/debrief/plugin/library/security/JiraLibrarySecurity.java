package io.debrief.plugin.library.security;

import com.atlassian.jira.issue.Issue;
import io.debrief.core.debrief.DebriefStore;
import io.debrief.core.debrief.PublishedIncidentSecurity;
import io.debrief.plugin.jira.DebriefTypeIds;
import io.debrief.plugin.jira.JiraIncidents;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/** The library's knowledge of which published debriefs' incidents are secured, over the Jira incidents. */
@Component
public class JiraLibrarySecurity {

    private final PublishedIncidentSecurity security;
    private final DebriefTypeIds typeIds;

    @Inject
    public JiraLibrarySecurity(DebriefStore debriefs, JiraIncidents incidents, DebriefTypeIds typeIds) {
        this(new PublishedIncidentSecurity(debriefs, incidents), typeIds);
    }

    /** Over another source of incidents (tests). */
    public JiraLibrarySecurity(PublishedIncidentSecurity security, DebriefTypeIds typeIds) {
        this.security = security;
        this.typeIds = typeIds;
    }

    /**
     * An issue changed: when it is an incident, keeps whether it is under an issue security level now (one indexed
     * read of its debrief row, and a write only when that changed). Returns whether anything changed.
     */
    public boolean changed(Issue issue) {
        return typeIds.isIncidentType(issue.getIssueTypeId()) && security.changed(JiraIncidents.incident(issue));
    }

    /** Reads every published debrief's incident from Jira and keeps whether each is secured; rows changed. */
    public int reconcile() {
        return security.reconcile();
    }
}

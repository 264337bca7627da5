// Mirrors: com.atlassian.jira.issue.changehistory.ChangeHistory (class) from jira-api 11.3.1; source: [S4]
// issue/changehistory/ChangeHistory.java (6.3). Evidence: C(6.3)
// The real public constructor takes an ofbiz GenericValue and managers (not in this API surface); here it is protected
// and
// empty, so a host (the sandbox) can subclass it and answer every getter; plugin code does not construct histories.
package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.sql.Timestamp;
import java.util.List;

/** One change group: an author, a time, and the field changes made together. */
public class ChangeHistory {
    protected ChangeHistory() {}

    @Evidence(level = Level.OLDER, source = "[S4] issue/changehistory/ChangeHistory.java (6.3)")
    public Long getId() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Evidence(level = Level.OLDER, source = "[S4] issue/changehistory/ChangeHistory.java (6.3)")
    public String getAuthorKey() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Evidence(level = Level.OLDER, source = "[S4] issue/changehistory/ChangeHistory.java (6.3)")
    public ApplicationUser getAuthorObject() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Evidence(level = Level.OLDER, source = "[S4] issue/changehistory/ChangeHistory.java (6.3)")
    public Timestamp getTimePerformed() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Evidence(level = Level.OLDER, source = "[S4] issue/changehistory/ChangeHistory.java (6.3)")
    public List<ChangeItemBean> getChangeItemBeans() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Long getIssueId() {
        throw new UnsupportedOperationException("stand-in");
    }
}

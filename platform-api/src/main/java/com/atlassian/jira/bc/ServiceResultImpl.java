// Mirrors: com.atlassian.jira.bc.ServiceResultImpl from jira-api 11.3.1; source: [S4] bc/ServiceResultImpl.java (6.3);
// superclass of IssueService results (JIRA-API-FACTS §2). Evidence: C(6.3)
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Base class of Jira service results; valid when the error collection has no errors. */
public class ServiceResultImpl implements ServiceResult {
    private final ErrorCollection errorCollection;

    public ServiceResultImpl(ErrorCollection errorCollection) {
        this.errorCollection = errorCollection;
    }

    @Override
    @Evidence(level = Level.OLDER, source = "[S4] bc/ServiceResultImpl.java (6.3): isValid() over the error collection")
    public boolean isValid() {
        // the stand-in IssueResult(MutableIssue) passes no collection; Jira passes an empty one
        return errorCollection == null || !errorCollection.hasAnyErrors();
    }

    @Override
    public ErrorCollection getErrorCollection() {
        return errorCollection;
    }
}

// Mirrors: com.atlassian.jira.bc.ServiceResult from jira-api 11.3.1; source: [S4] bc/ServiceResult.java (6.3).
// Evidence: C(6.3)
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Outcome of a Jira service call: valid, or errors. */
public interface ServiceResult {
    @Evidence(level = Level.OLDER, source = "[S4] bc/ServiceResult.java (6.3)")
    boolean isValid();

    @Evidence(level = Level.OLDER, source = "[S4] bc/ServiceResult.java (6.3)")
    ErrorCollection getErrorCollection();
}

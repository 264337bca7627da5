// Mirrors: com.atlassian.jira.bc.ServiceResult from jira-api 11.3.1; source: [S4] bc/ServiceResult.java (6.3). Evidence: C(6.3)
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/** Outcome of a Jira service call: valid, or errors. */
public interface ServiceResult {
    boolean isValid();

    ErrorCollection getErrorCollection();
}

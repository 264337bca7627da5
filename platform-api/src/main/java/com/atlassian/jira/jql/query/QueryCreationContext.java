// Mirrors: com.atlassian.jira.jql.query.QueryCreationContext from jira-api 11.3.1; source: find_string hits in Jira 7/8 plugins, [S4] (6.3). Evidence: C (7+/8)
package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

/** Who runs the query and whether security is overridden. */
public interface QueryCreationContext {
    ApplicationUser getApplicationUser();

    /** Spelled "Overriden" in Jira. */
    boolean isSecurityOverriden();
}

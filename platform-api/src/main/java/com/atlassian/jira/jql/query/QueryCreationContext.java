// Mirrors: com.atlassian.jira.jql.query.QueryCreationContext from jira-api 11.3.1; source: find_string hits in Jira 7/8
// plugins, [S4] (6.3). Evidence: C (7+/8)
package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Who runs the query and whether security is overridden. */
public interface QueryCreationContext {
    @Evidence(level = Level.OLDER, source = "find_string hits in Jira 7/8 plugins, [S4] (6.3)")
    ApplicationUser getApplicationUser();

    /** Spelled "Overriden" in Jira. */
    @Evidence(level = Level.OLDER, source = "find_string hits in Jira 7/8 plugins, [S4] (6.3)")
    boolean isSecurityOverriden();
}

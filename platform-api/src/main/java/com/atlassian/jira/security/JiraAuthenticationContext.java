// Mirrors: com.atlassian.jira.security.JiraAuthenticationContext from jira-api 11.3.1; source: [S1]
// codescape/jira-scrum-poker helper/ScrumPokerPermissions.java, [S2] ChangeLogExtractor.java (JIRA-API-FACTS §1).
// Evidence: C11
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Locale;

/** Who is calling Jira in the current thread, and their i18n helper. */
public interface JiraAuthenticationContext {
    /** Null for anonymous users. */
    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java")
    ApplicationUser getLoggedInUser();

    boolean isLoggedInUser();

    I18nHelper getI18nHelper();

    @Evidence(
            level = Level.OLDER,
            source =
                    "[S1] codescape/jira-scrum-poker helper/ScrumPokerPermissions.java, [S2] ChangeLogExtractor.java (JIRA-API-FACTS §1)")
    Locale getLocale();
}

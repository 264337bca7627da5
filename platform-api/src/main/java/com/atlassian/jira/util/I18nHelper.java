// Mirrors: com.atlassian.jira.util.I18nHelper from jira-api 11.3.1; source: [S4] turgaycelik/mysource
// jira-api/.../util/I18nHelper.java (6.3); getText(String) used in [S2]. Evidence: C(6.3), getText(String) C11
package com.atlassian.jira.util;

import java.util.Locale;

/** Jira's translation lookup for one locale. */
public interface I18nHelper {
    String getText(String key);

    String getText(String key, String value1);

    String getText(String key, Object parameters);

    Locale getLocale();
}

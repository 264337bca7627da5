// Mirrors: com.atlassian.sal.api.message.I18nResolver from sal-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/message/I18nResolver.java (5.1.4);
// getText(String) C11 [S1]. Evidence: C(5.1.4)
package com.atlassian.sal.api.message;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.io.Serializable;
import java.util.Locale;

/** Translates plugin i18n keys for the current user's locale. */
public interface I18nResolver {
    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/test/java/.../StartSessionWorkflowFunctionTest.java:68")
    String getText(String key);

    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/test/java/.../notification/impl/DefaultAttachmentHelperTest.java:95 (getText(key, 'K', 'S'))")
    String getText(String key, Serializable... arguments);

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/message/I18nResolver.java (Platform 6)")
    String getText(Locale locale, String key, Serializable... arguments);

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/message/I18nResolver.java (Platform 6)")
    String getText(Locale locale, String key);

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/message/I18nResolver.java (Platform 6)")
    String getText(Message message);

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/message/I18nResolver.java (Platform 6)")
    String getText(Locale locale, Message message);
}

// Mirrors: com.atlassian.sal.api.message.I18nResolver from sal-api (Platform 8); source: [S5] ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/message/I18nResolver.java (5.1.4); getText(String) C11 [S1]. Evidence: C(5.1.4)
package com.atlassian.sal.api.message;

import java.io.Serializable;

/** Translates plugin i18n keys for the current user's locale. */
public interface I18nResolver {
    String getText(String key);

    String getText(String key, Serializable... arguments);
}

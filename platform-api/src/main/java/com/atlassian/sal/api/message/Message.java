// Mirrors: com.atlassian.sal.api.message.Message from sal-api (Platform 8); source: [S5] ngannk-fptu/Decompiled-Files
// com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/message/Message.java (5.1.4). Evidence: C
package com.atlassian.sal.api.message;

import java.io.Serializable;

/** An i18n key with arguments. */
public interface Message extends Serializable {
    String getKey();

    Serializable[] getArguments();
}

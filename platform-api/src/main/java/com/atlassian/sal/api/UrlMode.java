// Mirrors: com.atlassian.sal.api.UrlMode from sal-api (Platform 8); source: [S5] ngannk-fptu/Decompiled-Files
// com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/UrlMode.java (5.1.4). Evidence: C(5.1.4)
package com.atlassian.sal.api;

/** Which form of base URL to return. */
public enum UrlMode {
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    CANONICAL,
    AUTO
}

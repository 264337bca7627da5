// Mirrors: com.atlassian.sal.api.auth.LoginUriProvider from sal-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/auth/LoginUriProvider.java
// (5.1.4). Evidence: C(5.1.4); 11.x shape U (java.net.URI only, so no javax/jakarta change expected)
package com.atlassian.sal.api.auth;

import java.net.URI;

/** Builds the product's login URL that returns to a given page (used to redirect anonymous users). */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}

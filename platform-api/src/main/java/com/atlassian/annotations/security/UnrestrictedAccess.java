// Mirrors: com.atlassian.annotations.security.UnrestrictedAccess from atlassian-annotations 5.x (Platform 8); source:
// [S2] COMMON/.../rest/RequestCachingServletFilter.java (11.0); semantics [S9]. Evidence: C11 (package), targets per
// §10
package com.atlassian.annotations.security;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Anyone, even unauthenticated, regardless of the anonymous-access setting. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Evidence(
        level = Level.C11,
        source = "[S2] atlassian-slack-integration-server rest/RequestCachingServletFilter.java "
                + "(Jira 11.0) imports it; semantics [S9] https://developer.atlassian.com/platform/marketplace/"
                + "dc-apps-platform-7-preparing-for-secure-endpoints")
public @interface UnrestrictedAccess {}

// Mirrors: com.atlassian.annotations.security.AdminOnly from atlassian-annotations 5.x (Platform 8); source:
// find_string hits (Jira 10+ plugins); semantics [S9]
// https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints. Evidence: C
// (package), TYPE+METHOD targets per JIRA-API-FACTS §10 (PACKAGE U)
package com.atlassian.annotations.security;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Only Jira administrators (ADMINISTER) may call the annotated REST resource or method. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Evidence(
        level = Level.C10,
        source =
                "find_string hits (Jira 10+ plugins), semantics [S9] https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints")
public @interface AdminOnly {}

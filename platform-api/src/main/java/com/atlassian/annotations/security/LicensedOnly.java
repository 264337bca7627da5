// Mirrors: com.atlassian.annotations.security.LicensedOnly from atlassian-annotations 5.x (Platform 8); source: a Jira
// 10.3 plugin (JIRA-API-FACTS §10); semantics [S9]; the default for unannotated REST v2 resources. Evidence: C
// (package), targets per §10
package com.atlassian.annotations.security;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Only authenticated users with a product licence (the REST v2 default). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Evidence(
        level = Level.C10,
        source =
                "a Jira 10.3 plugin (JIRA-API-FACTS §10), semantics [S9], the default for unannotated REST v2 resources")
public @interface LicensedOnly {}

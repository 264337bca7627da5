// Mirrors: com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport from
// atlassian-spring-scanner-annotation 6.0.0; source: CFR-decompiled 3.x jar (find_string, same shape in a Procyon
// decompile), usage C11 [S1] rest/SessionResource.java, [S2]. Evidence: C(3.x shape), C11 usage
package com.atlassian.plugin.spring.scanner.annotation.imports;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Imports an OSGi service (e.g. a Jira manager) into a constructor parameter or field; value = bean name. */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Evidence(
        level = Level.C11,
        source =
                "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/rest/SessionResource.java:41")
public @interface ComponentImport {
    String value() default "";
}

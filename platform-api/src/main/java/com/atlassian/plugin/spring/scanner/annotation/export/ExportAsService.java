// Mirrors: com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService from
// atlassian-spring-scanner-annotation 6.0.0; source: CFR-decompiled 3.x jar (find_string); usage C11 [S1] upgrade
// tasks. Evidence: C(3.x shape)
// properties() (ServiceProperty[]) is omitted: the plugin does not set service properties.
package com.atlassian.plugin.spring.scanner.annotation.export;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Exports a component as an OSGi service under the given interfaces (e.g. LifecycleAware, PluginUpgradeTask). */
@Target({ElementType.TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Evidence(
        level = Level.C11,
        source =
                "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/upgrade/Upgrade07DisplayCommentsForIssue.java:16")
public @interface ExportAsService {
    Class<?>[] value() default {};
}

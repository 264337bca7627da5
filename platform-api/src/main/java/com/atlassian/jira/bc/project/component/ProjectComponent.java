// Mirrors: com.atlassian.jira.bc.project.component.ProjectComponent from jira-api 11.3.1; source: [S4]
// bc/project/component/ProjectComponent.java (6.3); Issue.getComponents() returns it in [S2]. Evidence: C(6.3)
// The real interface extends com.atlassian.jira.project.ProjectConstant; omitted because the plugin never uses that
// type.
package com.atlassian.jira.bc.project.component;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** A component of a project. */
public interface ProjectComponent {
    Long getId();

    @Evidence(level = Level.OLDER, source = "[S4] bc/project/component/ProjectComponent.java (6.3)")
    String getName();
}

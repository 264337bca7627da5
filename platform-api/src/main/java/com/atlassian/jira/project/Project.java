// Mirrors: com.atlassian.jira.project.Project from jira-api 11.3.1; source: [S2] SlackMessageResource.java (anonymous impl). Evidence: C11
package com.atlassian.jira.project;

import com.atlassian.jira.user.ApplicationUser;

/** A Jira project. */
public interface Project {
    Long getId();

    String getKey();

    String getName();

    ApplicationUser getProjectLead();
}

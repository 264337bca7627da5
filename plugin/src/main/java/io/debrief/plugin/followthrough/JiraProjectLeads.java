package io.debrief.plugin.followthrough;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.followthrough.ProjectLeads;
import jakarta.inject.Inject;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A project's lead as Jira's project settings name them. */
@Component
class JiraProjectLeads implements ProjectLeads {

    private final ProjectManager projects;

    @Inject
    JiraProjectLeads(@ComponentImport ProjectManager projects) {
        this.projects = projects;
    }

    @Override
    public Optional<String> leadOf(String projectKey) {
        Project project = projects.getProjectObjByKey(projectKey);
        ApplicationUser lead = project == null ? null : project.getProjectLead();
        return Optional.ofNullable(lead).map(ApplicationUser::getKey);
    }
}

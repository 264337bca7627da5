package io.debrief.plugin.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.debrief.plugin.web.page.PageResources;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/** Adds the plugin's web-resources to the Jira page being rendered. */
@Component
class JiraPageResources implements PageResources {

    private final PageBuilderService pageBuilder;

    @Inject
    JiraPageResources(@ComponentImport PageBuilderService pageBuilder) {
        this.pageBuilder = pageBuilder;
    }

    @Override
    public void require(String webResourceKey) {
        pageBuilder.assembler().resources().requireWebResource(JiraViews.PLUGIN_KEY + ":" + webResourceKey);
    }
}

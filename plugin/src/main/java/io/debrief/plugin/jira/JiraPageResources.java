package io.debrief.plugin.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.debrief.plugin.web.view.PageResources;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/** Includes the plugin's web-resources in the page Jira is building. */
@Component
class JiraPageResources implements PageResources {

    private final PageBuilderService pages;

    @Inject
    JiraPageResources(@ComponentImport PageBuilderService pages) {
        this.pages = pages;
    }

    @Override
    public void require(String webResourceKey) {
        pages.assembler().resources().requireWebResource(JiraViews.PLUGIN_KEY + ":" + webResourceKey);
    }
}

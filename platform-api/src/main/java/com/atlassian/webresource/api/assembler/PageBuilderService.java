// Mirrors: com.atlassian.webresource.api.assembler.PageBuilderService from atlassian-plugins-webresource-api (Platform 8); source: [S2] JSP/.../web/panels/IssueWebPanel.java (11.0). Evidence: C11
package com.atlassian.webresource.api.assembler;

/** Gives the resource assembler of the page being rendered. */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}

// Mirrors: com.atlassian.webresource.api.assembler.WebResourceAssembler from atlassian-plugins-webresource-api (Platform 8); source: [S2] IssueWebPanel.java (11.0). Evidence: C11
package com.atlassian.webresource.api.assembler;

/** Collects the web resources a page needs. */
public interface WebResourceAssembler {
    RequiredResources resources();
}

// Mirrors: com.atlassian.webresource.api.assembler.RequiredResources from atlassian-plugins-webresource-api (Platform 8); source: [S2] IssueWebPanel.java (11.0). Evidence: C11
package com.atlassian.webresource.api.assembler;

/** Requires web resources or contexts for the current page (fluent). */
public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);

    RequiredResources requireContext(String context);
}

// Mirrors: com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor from jira-api 11.3.1; source: [S1]
// (mocked in its JQL function test), [S4] (6.3). Evidence: C11
// The super-interface JiraResourcedModuleDescriptor<JqlFunction> and getI18nBean() (U) are omitted.
package com.atlassian.jira.plugin.jql.function;

/** The {@code <jql-function>} module: function name ({@code <fname>}) and list flag ({@code <list>}). */
public interface JqlFunctionModuleDescriptor {
    String getFunctionName();

    boolean isList();
}

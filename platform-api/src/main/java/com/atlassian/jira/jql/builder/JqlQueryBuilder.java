// Mirrors: com.atlassian.jira.jql.builder.JqlQueryBuilder from jira-api 11.3.1; source: [S2] JqlIndexSearcher.java,
// JqlIssueFilterTest.java (11.0), [S4] jql/builder/JqlQueryBuilder.java (6.3). Evidence: C11
// Bodies throw: code that must be unit-tested should build a JQL string and call SearchService.parseQuery (mockable).
package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;

/** Fluent builder of JQL queries. */
public class JqlQueryBuilder {
    private JqlQueryBuilder() {}

    public static JqlQueryBuilder newBuilder() {
        throw new UnsupportedOperationException("stand-in");
    }

    public static JqlClauseBuilder newClauseBuilder() {
        throw new UnsupportedOperationException("stand-in");
    }

    public JqlClauseBuilder where() {
        throw new UnsupportedOperationException("stand-in");
    }

    public JqlOrderByBuilder orderBy() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Query buildQuery() {
        throw new UnsupportedOperationException("stand-in");
    }
}

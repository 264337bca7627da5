// Mirrors: com.atlassian.jira.jql.builder.JqlOrderByBuilder (class) from jira-api 11.3.1; source: [S4]
// jql/builder/JqlOrderByBuilder.java (6.3), setSorts C11 [S2]. Evidence: C(6.3)
package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;
import com.atlassian.query.order.SortOrder;

/** Fluent builder of a JQL ORDER BY. */
public class JqlOrderByBuilder {
    // only JqlQueryBuilder hands these out
    private JqlOrderByBuilder() {}

    public JqlOrderByBuilder createdDate(SortOrder order) {
        throw new UnsupportedOperationException("stand-in");
    }

    public JqlOrderByBuilder issueKey(SortOrder order) {
        throw new UnsupportedOperationException("stand-in");
    }

    public JqlOrderByBuilder add(String jqlClauseName, SortOrder order) {
        throw new UnsupportedOperationException("stand-in");
    }

    public JqlQueryBuilder endOrderBy() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Query buildQuery() {
        throw new UnsupportedOperationException("stand-in");
    }
}

// Mirrors: com.atlassian.query.Query from jira-api 11.3.1; source: [S2] JqlIndexSearcher.java /
// JqlIssueFilterTest.java, [S4] (6.3). Evidence: C11
package com.atlassian.query;

import com.atlassian.query.clause.Clause;
import com.atlassian.query.order.OrderBy;

/** A JQL query: a where clause and an order by. */
public interface Query {
    Clause getWhereClause();

    OrderBy getOrderByClause();

    String getQueryString();
}

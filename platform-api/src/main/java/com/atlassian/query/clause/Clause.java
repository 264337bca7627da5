// Mirrors: com.atlassian.query.clause.Clause from jira-api 11.3.1; source: [S4] query/clause/Clause.java (6.3).
// Evidence: C(6.3)
// No members declared: the plugin only passes clauses around.
package com.atlassian.query.clause;

/** A node of a JQL where clause. */
public interface Clause {}

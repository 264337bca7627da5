// Mirrors: com.atlassian.query.clause.TerminalClause from jira-api 11.3.1; source: [S4]
// query/clause/TerminalClause.java (6.3). Evidence: C(6.3)
// getOperator() and getProperty() (fugue Option) are omitted: the plugin's JQL functions do not need them.
package com.atlassian.query.clause;

import com.atlassian.query.operand.Operand;

/** A leaf clause such as {@code issue in debriefItems()}. */
public interface TerminalClause extends Clause {
    Operand getOperand();
}

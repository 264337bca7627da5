// Mirrors: com.atlassian.query.operand.Operand from jira-api 11.3.1; source: [S4] query/operand/Operand.java (6.3).
// Evidence: C(6.3)
// accept(OperandVisitor) omitted: the plugin does not visit operands.
package com.atlassian.query.operand;

/** The right-hand side of a terminal clause. */
public interface Operand {
    String getName();

    String getDisplayString();
}

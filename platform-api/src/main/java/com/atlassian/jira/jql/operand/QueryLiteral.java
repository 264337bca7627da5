// Mirrors: com.atlassian.jira.jql.operand.QueryLiteral from jira-api 11.3.1; source: [S1] `new
// QueryLiteral(functionOperand, issue.getId())` (11.3.1), [S4] jql/operand/QueryLiteral.java (6.3). Evidence: C11
// Value behaviour with equals/hashCode (the real class has them) so JQL-function tests can compare literals.
package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Objects;

/** One value produced by an operand: a Long, a String, or empty. For issue functions the Long is the issue id. */
public class QueryLiteral {
    private final Operand sourceOperand;
    private final Long longValue;
    private final String stringValue;

    public QueryLiteral() {
        this(null, null, null);
    }

    public QueryLiteral(Operand sourceOperand) {
        this(sourceOperand, null, null);
    }

    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/jql/ActiveScrumPokerSessionsJqlFunction.java:61")
    public QueryLiteral(Operand sourceOperand, Long longValue) {
        this(sourceOperand, longValue, null);
    }

    public QueryLiteral(Operand sourceOperand, String stringValue) {
        this(sourceOperand, null, stringValue);
    }

    private QueryLiteral(Operand sourceOperand, Long longValue, String stringValue) {
        this.sourceOperand = sourceOperand;
        this.longValue = longValue;
        this.stringValue = stringValue;
    }

    public Long getLongValue() {
        return longValue;
    }

    public String getStringValue() {
        return stringValue;
    }

    public Operand getSourceOperand() {
        return sourceOperand;
    }

    public boolean isEmpty() {
        return longValue == null && stringValue == null;
    }

    public String asString() {
        return longValue != null ? longValue.toString() : stringValue;
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof QueryLiteral other
                        && Objects.equals(sourceOperand, other.sourceOperand)
                        && Objects.equals(longValue, other.longValue)
                        && Objects.equals(stringValue, other.stringValue));
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceOperand, longValue, stringValue);
    }

    @Override
    public String toString() {
        return String.valueOf(asString());
    }
}

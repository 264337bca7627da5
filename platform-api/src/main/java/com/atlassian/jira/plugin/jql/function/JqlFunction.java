// Mirrors: com.atlassian.jira.plugin.jql.function.JqlFunction from jira-api 11.3.1 (@PublicSpi); source: [S1]
// jql/ActiveScrumPokerSessionsJqlFunction.java (11.3.1), [S4] plugin/jql/function/JqlFunction.java (6.3, User ->
// ApplicationUser). Evidence: C11; complete abstract method set
package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.List;

/** A JQL function such as {@code issue in debriefItems()}. */
public interface JqlFunction {
    void init(JqlFunctionModuleDescriptor moduleDescriptor);

    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/jql/ActiveScrumPokerSessionsJqlFunction.java (@Override)")
    MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause);

    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/jql/ActiveScrumPokerSessionsJqlFunction.java (@Override)")
    List<QueryLiteral> getValues(
            QueryCreationContext queryCreationContext, FunctionOperand operand, TerminalClause terminalClause);

    boolean isList();

    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/jql/ActiveScrumPokerSessionsJqlFunction.java (@Override)")
    int getMinimumNumberOfExpectedArguments();

    String getFunctionName();

    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/jql/ActiveScrumPokerSessionsJqlFunction.java (@Override)")
    JiraDataType getDataType();
}

package io.debrief.plugin.jira;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.debrief.plugin.web.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * What every Debrief JQL function shares: argument-count checks with our own i18n texts, and issue-id literals from
 * a search run as the searcher (only issues they may browse), paged and capped at {@link #MAX_HITS}.
 */
public abstract class DebriefJqlFunction extends AbstractJqlFunction {

    /** The most issues one function call returns; more are cut (and logged) rather than searched without bound. */
    public static final int MAX_HITS = JiraSearch.MAX_HITS;

    private final String name;
    private final int minArgs;
    private final int maxArgs;
    protected final JiraSearch search;
    protected final Messages messages;

    protected DebriefJqlFunction(String name, int minArgs, int maxArgs, JiraSearch search, Messages messages) {
        this.name = name;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
        this.search = search;
        this.messages = messages;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause clause) {
        MessageSet result = new MessageSetImpl();
        int count = operand.getArgs().size();
        if (count < minArgs || count > maxArgs) {
            result.addErrorMessage(
                    minArgs == maxArgs
                            ? messages.text("debrief.jira.jql.error.arguments.exactly", name, minArgs, count)
                            : messages.text("debrief.jira.jql.error.arguments.between", name, minArgs, maxArgs, count));
            return result;
        }
        validateArguments(searcher, operand.getArgs(), result);
        return result;
    }

    /** Checks the arguments' values once their count is right; adds errors to {@code result}. */
    protected void validateArguments(ApplicationUser searcher, List<String> args, MessageSet result) {}

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand, TerminalClause clause) {
        int count = operand.getArgs().size();
        if (count < minArgs || count > maxArgs) {
            return List.of();
        }
        List<QueryLiteral> literals = new ArrayList<>();
        for (Issue issue : issues(context.getApplicationUser(), context.isSecurityOverriden(), operand.getArgs())) {
            literals.add(new QueryLiteral(operand, issue.getId()));
        }
        return literals;
    }

    /** The issues the function stands for, searched as {@code searcher} (ignoring permissions only when Jira says so). */
    protected abstract List<Issue> issues(ApplicationUser searcher, boolean overrideSecurity, List<String> args);

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return minArgs;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}

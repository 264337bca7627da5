// Mirrors: com.atlassian.jira.jql.builder.JqlClauseBuilder from jira-api 11.3.1; source: [S4]
// jql/builder/JqlClauseBuilder.java (6.3); where/endWhere C11 [S2]. Evidence: C(6.3), C11 for endWhere
package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;
import com.atlassian.query.clause.Clause;
import java.util.Date;

/** Fluent builder of a JQL where clause. */
public interface JqlClauseBuilder {
    JqlClauseBuilder project(String... projects);

    JqlClauseBuilder project(Long... pids);

    JqlClauseBuilder issueType(String... types);

    JqlClauseBuilder labels(String... labels);

    JqlClauseBuilder status(String... statuses);

    JqlClauseBuilder statusCategory(String... categories);

    JqlClauseBuilder unresolved();

    JqlClauseBuilder issue(String... keys);

    JqlClauseBuilder issueParent(String... keys);

    JqlClauseBuilder createdAfter(Date startDate);

    JqlClauseBuilder createdBetween(Date startDate, Date endDate);

    JqlClauseBuilder addStringCondition(String clauseName, String clauseValue);

    JqlClauseBuilder addStringCondition(String clauseName, String... clauseValues);

    JqlClauseBuilder addNumberCondition(String clauseName, Long clauseValue);

    JqlClauseBuilder addFunctionCondition(String clauseName, String functionName, String... args);

    JqlClauseBuilder and();

    JqlClauseBuilder or();

    JqlClauseBuilder not();

    JqlClauseBuilder sub();

    JqlClauseBuilder endsub();

    JqlClauseBuilder defaultAnd();

    JqlQueryBuilder endWhere();

    Query buildQuery();

    Clause buildClause();
}

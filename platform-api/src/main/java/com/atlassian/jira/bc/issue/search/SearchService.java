// Mirrors: com.atlassian.jira.bc.issue.search.SearchService from jira-api 11.3.1; source: [S3]
// mocks/MockSearchService.java (8.20, throws), [S2] JSP/.../issuefilter/impl/JqlIssueFilter.java +
// JqlIssueFilterTest.java (parseQuery, ParseResult, 11.0), [S8] Jira 11 search migration guide. Evidence: C(8.20) /
// parseQuery C11
package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Permission-aware JQL search; in Jira 11 at most 10,000 hits per request. */
public interface SearchService {
    @Evidence(
            level = Level.OLDER,
            source = "[S3] mocks/MockSearchService.java (8.20, throws), [S8] Jira 11 search migration guide")
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    /** Like {@link #search} but ignoring the searcher's permissions: C(8.20) [S3] MockSearchService. */
    @Evidence(
            level = Level.OLDER,
            source = "[S3] mocks/MockSearchService.java (8.20, throws), [S8] Jira 11 search migration guide")
    SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException;

    long searchCount(ApplicationUser searcher, Query query) throws SearchException;

    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/issuefilter/impl/JqlIssueFilter.java (matchesJql)")
    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** A parsed JQL string: the query, or the parse errors. */
    final class ParseResult {
        private final Query query;
        private final MessageSet errors;

        public ParseResult(Query query, MessageSet errors) {
            this.query = query;
            this.errors = errors;
        }

        @Evidence(
                level = Level.C11,
                source =
                        "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/issuefilter/impl/JqlIssueFilter.java:107")
        public Query getQuery() {
            return query;
        }

        @Evidence(
                level = Level.OLDER,
                source = "[S3] mocks/MockSearchService.java (8.20, throws), [S8] Jira 11 search migration guide")
        public MessageSet getErrors() {
            return errors;
        }

        @Evidence(
                level = Level.C11,
                source =
                        "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/postfunction/SlackPostFunctionFactory.java:221")
        public boolean isValid() {
            return !errors.hasAnyErrors();
        }
    }
}

// Mirrors: com.atlassian.jira.issue.search.SearchResults<T> from jira-api 11.3.1; source: [S3] (8.20 ctor),
// https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/issue/SearchServiceImpl.html
// (generic in 11). Evidence: C(8.20) / generic C11
// Value behaviour so plugin tests can return real pages from a mocked SearchService.
package com.atlassian.jira.issue.search;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.List;

/** One page of search hits plus the total hit count. */
public class SearchResults<T> {
    private final List<T> results;
    private final int total;
    private final int max; // kept for shape; Jira uses it for paging links
    private final int start;

    public SearchResults(List<T> issuesInPage, int totalIssueCount, int maxIssueCount, int startIndex) {
        this.results = List.copyOf(issuesInPage);
        this.total = totalIssueCount;
        this.max = maxIssueCount;
        this.start = startIndex;
    }

    @Evidence(
            level = Level.OLDER,
            source =
                    "[S3] (8.20 ctor), https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/issue/SearchServiceImpl.html (generic in 11)")
    public List<T> getResults() {
        return results;
    }

    @Evidence(
            level = Level.OLDER,
            source =
                    "[S3] (8.20 ctor), https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/issue/SearchServiceImpl.html (generic in 11)")
    public int getTotal() {
        return total;
    }

    public int getStart() {
        return start;
    }

    /** Index after the last hit of this page (approximation of Jira's: start + page size, capped by total). */
    public int getEnd() {
        return Math.min(start + results.size(), total);
    }
}

package io.debrief.plugin.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.common.InvalidInputException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs our own JQL through Jira's SearchService, always paged and bounded (Jira 11 caps a request at 10,000 hits):
 * as the searcher (only what they may browse) or, for the system, ignoring permissions.
 */
@Component
public class JiraSearch {

    /** Hits asked for per request. */
    static final int PAGE_SIZE = 1000;
    /** The most hits any caller collects in one go. */
    public static final int MAX_HITS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(JiraSearch.class);
    /** An ORDER BY outside quotes; a quoted "order by" inside a text search stays allowed. */
    private static final Pattern ORDER_BY = Pattern.compile("(?i)^(?:[^\"']|\"[^\"]*\"|'[^']*')*?\\border\\s+by\\b");

    private final SearchService searchService;

    @Inject
    public JiraSearch(@ComponentImport SearchService searchService) {
        this.searchService = searchService;
    }

    /**
     * Refuses a person's JQL filter (400 on "jql") unless it parses on its own, as that person, and has no ORDER BY:
     * it is then safe to AND with our query in brackets.
     */
    public void checkFilter(ApplicationUser searcher, String filter) {
        if (ORDER_BY.matcher(filter).find()) {
            throw InvalidInputException.of("jql", "debrief.jira.error.jql.order");
        }
        SearchService.ParseResult parsed = searchService.parseQuery(searcher, filter);
        if (!parsed.isValid()) {
            throw InvalidInputException.of(
                    "jql",
                    "debrief.jira.error.jql",
                    String.join(" ", parsed.getErrors().getErrorMessages()));
        }
    }

    /** One page; {@code max} is clamped to {@link #PAGE_SIZE}. */
    public SearchResults<Issue> page(
            ApplicationUser searcher, boolean overrideSecurity, String jql, int start, int max) {
        SearchService.ParseResult parsed = searchService.parseQuery(searcher, jql);
        if (!parsed.isValid()) {
            // our queries are built from quoted values only: an invalid one is a bug, not user input
            throw new IllegalStateException("Debrief built invalid JQL: " + jql + " "
                    + parsed.getErrors().getErrorMessages());
        }
        PagerFilter<Issue> pager = new PagerFilter<>(start, Math.max(1, Math.min(max, PAGE_SIZE)));
        try {
            return overrideSecurity
                    ? searchService.searchOverrideSecurity(searcher, parsed.getQuery(), pager)
                    : searchService.search(searcher, parsed.getQuery(), pager);
        } catch (Exception e) {
            // not catch (SearchException): Jira 11 code does not show search(...) declaring it (JIRA-API-FACTS.md §0)
            throw new IllegalStateException("Jira search failed: " + jql, e);
        }
    }

    /** Every hit up to {@code cap} (at most {@link #MAX_HITS}), page by page; a longer result is cut and logged. */
    public List<Issue> all(ApplicationUser searcher, boolean overrideSecurity, String jql, int cap) {
        int limit = Math.min(cap, MAX_HITS);
        List<Issue> found = new ArrayList<>();
        int start = 0;
        while (found.size() < limit) {
            SearchResults<Issue> page =
                    page(searcher, overrideSecurity, jql, start, Math.min(PAGE_SIZE, limit - found.size()));
            List<Issue> issues = page.getResults();
            found.addAll(issues);
            start += issues.size();
            if (issues.isEmpty() || start >= page.getTotal()) {
                return found;
            }
        }
        LOG.warn("Debrief: search stopped at {} hits: {}", limit, jql);
        return found;
    }
}

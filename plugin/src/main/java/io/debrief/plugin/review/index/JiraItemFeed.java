package io.debrief.plugin.review.index;

import com.atlassian.jira.issue.Issue;
import io.debrief.core.review.ItemIndexing;
import io.debrief.plugin.jira.JiraRefs;
import io.debrief.plugin.jira.JiraSearch;
import io.debrief.plugin.jira.TrackedIssues;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Jira's debrief items as the item index keeps them ({@link ItemIndexing.Seen}): one issue from an event, or every
 * labelled issue for the reconcile, read as the system (no permission applies), with whether an issue security level
 * guards it.
 */
@Component
public class JiraItemFeed {

    private final JiraSearch search;
    private final TrackedIssues tracked;

    @Inject
    JiraItemFeed(JiraSearch search, TrackedIssues tracked) {
        this.search = search;
        this.tracked = tracked;
    }

    /** The issue of an event as the index keeps it; its incident is read from its links. */
    public ItemIndexing.Seen seen(Issue issue) {
        return new ItemIndexing.Seen(tracked.toTracked(issue, null), issue.getSecurityLevelId() != null);
    }

    /**
     * Hands every issue labelled {@code label} to {@code each}: one search per project the index knows, then one for
     * every other project (each search is capped at {@link JiraSearch#MAX_HITS}, logged when reached); returns whether
     * every search was read whole.
     */
    public boolean everyItem(String label, Set<String> knownProjects, Consumer<? super ItemIndexing.Seen> each) {
        String labelled = "labels = " + JiraRefs.quoted(label);
        List<String> searches = new ArrayList<>();
        knownProjects.stream()
                .sorted()
                .forEach(key -> searches.add(labelled + " AND project = " + JiraRefs.quoted(key)));
        searches.add(
                knownProjects.isEmpty()
                        ? labelled
                        : labelled + " AND project not in ("
                                + knownProjects.stream()
                                        .sorted()
                                        .map(JiraRefs::quoted)
                                        .collect(Collectors.joining(", "))
                                + ")");
        boolean whole = true;
        for (String jql : searches) {
            List<Issue> found = search.all(null, true, jql, JiraSearch.MAX_HITS);
            whole &= found.size() < JiraSearch.MAX_HITS;
            found.forEach(issue -> each.accept(seen(issue)));
        }
        return whole;
    }
}

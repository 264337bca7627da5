package io.debrief.plugin.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.review.ItemIndexing;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;
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
    private final ProjectManager projects;

    @Inject
    JiraItemFeed(JiraSearch search, TrackedIssues tracked, @ComponentImport ProjectManager projects) {
        this.search = search;
        this.tracked = tracked;
        this.projects = projects;
    }

    /** The issue of an event as the index keeps it; its incident is read from its links. */
    public ItemIndexing.Seen seen(Issue issue) {
        return new ItemIndexing.Seen(tracked.toTracked(issue, null), issue.getSecurityLevelId() != null);
    }

    /**
     * Hands every issue labelled {@code label} to {@code each}, project by project (one project's search is capped at
     * {@link JiraSearch#MAX_HITS}, logged when reached); returns whether every project was read whole.
     */
    public boolean everyItem(String label, Consumer<? super ItemIndexing.Seen> each) {
        boolean whole = true;
        for (Project project : projects.getProjectObjects()) {
            String jql = "labels = " + JiraRefs.quoted(label) + " AND project = " + JiraRefs.quoted(project.getKey());
            List<Issue> found = search.all(null, true, jql, JiraSearch.MAX_HITS);
            whole &= found.size() < JiraSearch.MAX_HITS;
            found.forEach(issue -> each.accept(seen(issue)));
        }
        return whole;
    }
}

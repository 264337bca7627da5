package it.io.debrief.plugin.jira;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the wired tests do in the Jira they run in, through Jira's own services: find the acting user and a project,
 * create issues and links, read labels, run JQL. Runs as {@code debrief.it.user} (default {@code admin}, AMPS'
 * administrator) in {@code debrief.it.project} (default: the first project).
 */
final class WiredJira {

    private final IssueService issues;
    private final SubTaskManager subTasks;
    private final IssueLinkManager links;
    private final LabelManager labels;
    private final SearchService search;
    private final ApplicationUser user;
    private final Project project;

    WiredJira(
            IssueService issues,
            SubTaskManager subTasks,
            IssueLinkManager links,
            LabelManager labels,
            SearchService search,
            UserManager users,
            ProjectManager projects) {
        this.issues = issues;
        this.subTasks = subTasks;
        this.links = links;
        this.labels = labels;
        this.search = search;
        this.user = users.getUserByName(System.getProperty("debrief.it.user", "admin"));
        assertNotNull("the wired tests act as debrief.it.user (default admin); no such user", user);
        String key = System.getProperty("debrief.it.project");
        this.project = key != null
                ? projects.getProjectObjByKey(key)
                : projects.getProjectObjects().stream().findFirst().orElse(null);
        assertNotNull("the wired tests need a project in the test Jira (or -Ddebrief.it.project=KEY)", project);
    }

    ApplicationUser user() {
        return user;
    }

    Issue create(String issueTypeId, String summary) {
        IssueService.CreateValidationResult validation = issues.validateCreate(user, parameters(issueTypeId, summary));
        assertTrue("create " + summary + ": " + validation.getErrorCollection(), validation.isValid());
        return created(issues.create(user, validation), summary);
    }

    Issue createSubTask(Issue parent, String issueTypeId, String summary) {
        IssueService.CreateValidationResult validation =
                issues.validateSubTaskCreate(user, parent.getId(), parameters(issueTypeId, summary));
        assertTrue("create sub-task " + summary + ": " + validation.getErrorCollection(), validation.isValid());
        MutableIssue subTask = created(issues.create(user, validation), summary);
        try {
            subTasks.createSubTaskIssueLink(parent, subTask, user);
        } catch (Exception e) {
            // CreateException in older APIs; whichever Jira 11 declares, the link must exist
            fail("link sub-task " + subTask.getKey() + " to " + parent.getKey() + ": " + e);
        }
        return reread(subTask);
    }

    void link(Issue source, Issue destination, long linkTypeId) {
        try {
            links.createIssueLink(source.getId(), destination.getId(), linkTypeId, null, user);
        } catch (Exception e) {
            fail("link " + source.getKey() + " to " + destination.getKey() + ": " + e);
        }
    }

    Set<String> labelsOf(Issue issue) {
        return labels.getLabels(issue.getId()).stream().map(Label::getLabel).collect(Collectors.toSet());
    }

    /** The keys of the issues {@code jql} finds for the acting user, first page of 1000. */
    List<String> keys(String jql) {
        SearchService.ParseResult parsed = search.parseQuery(user, jql);
        assertTrue(jql + ": " + parsed.getErrors(), parsed.isValid());
        try {
            return search.search(user, parsed.getQuery(), new PagerFilter<>(0, 1000)).getResults().stream()
                    .map(Issue::getKey)
                    .toList();
        } catch (Exception e) {
            // SearchException where Jira declares it
            throw new AssertionError(jql + ": " + e, e);
        }
    }

    MutableIssue reread(Issue issue) {
        return issues.getIssue(user, issue.getId()).getIssue();
    }

    private IssueInputParameters parameters(String issueTypeId, String summary) {
        IssueInputParameters parameters = issues.newIssueInputParameters();
        parameters
                .setProjectId(project.getId())
                .setIssueTypeId(issueTypeId)
                .setSummary(summary)
                .setReporterId(user.getName());
        return parameters;
    }

    private static MutableIssue created(IssueService.IssueResult result, String summary) {
        assertTrue("create " + summary + ": " + result.getErrorCollection(), result.isValid());
        return result.getIssue();
    }
}

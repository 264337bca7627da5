package io.debrief.plugin.jira;

import static io.debrief.plugin.jira.JiraFixtures.anIncident;
import static io.debrief.plugin.jira.JiraFixtures.anIssue;
import static io.debrief.plugin.jira.JiraFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IssueLookup;
import io.debrief.core.incident.Severity;
import io.debrief.core.testkit.TestViewer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JiraIncidentsTest {

    private final IssueManager issues = mock(IssueManager.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final UserManager users = mock(UserManager.class);
    private final WatcherManager watchers = mock(WatcherManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final SearchService searchService = mock(SearchService.class);
    private final JiraIncidents incidents = new JiraIncidents(
            issues,
            JiraFixtures.givenTypesSetUp(),
            comments,
            users,
            new JiraSearch(searchService),
            watchers,
            permissions);

    @Test
    void anIssueOfOurIncidentTypeIsAnIncident() {
        givenIssue(anIncident(10, "OPS-1")
                .summary("Checkout down")
                .priority("High")
                .resolvedAt("2026-03-01T11:00:00Z")
                .components("payments")
                .build());

        IssueLookup lookup = incidents.lookup("OPS-1");

        Incident incident = lookup.found().orElseThrow();
        assertThat(incident.ref()).isEqualTo(new IssueRef(10, "OPS-1", "OPS"));
        assertThat(incident.summary()).isEqualTo("Checkout down");
        assertThat(incident.severity()).isEqualTo(Severity.SEV2);
        assertThat(incident.resolvedAt()).isEqualTo(Instant.parse("2026-03-01T11:00:00Z"));
        assertThat(incident.components()).containsExactly("payments");
    }

    @Test
    void anIssueOfAnotherTypeIsNotAnIncidentEvenWhenNamedIncident() {
        givenIssue(anIssue(11, "OPS-2").type("99", "Incident").build());

        assertThat(incidents.lookup("OPS-2"))
                .isEqualTo(new IssueLookup.NotAnIncident(new IssueRef(11, "OPS-2", "OPS")));
    }

    @Test
    void aMissingIssueIsMissing() {
        assertThat(incidents.lookup("OPS-404")).isInstanceOf(IssueLookup.Missing.class);
        assertThat(incidents.lookupById(404)).isInstanceOf(IssueLookup.Missing.class);
    }

    @Test
    void theOwnerIsTheAssigneeElseTheReporter() {
        givenIssue(anIncident(10, "OPS-1")
                .assignee(user("ann"))
                .reporter(user("rex"))
                .build());
        givenIssue(anIncident(12, "OPS-3").reporter(user("rex")).build());

        assertThat(incidents.byId(10).orElseThrow().owner()).isEqualTo(new UserRef("ann", "User ann"));
        assertThat(incidents.byId(12).orElseThrow().owner()).isEqualTo(new UserRef("rex", "User rex"));
    }

    @ParameterizedTest
    @CsvSource({
        "Highest,SEV1",
        "Blocker,SEV1",
        "High,SEV2",
        "Critical,SEV2",
        "Medium,SEV3",
        "Major,SEV3",
        "Low,SEV4",
        "Trivial,SEV4",
        "Whatever,SEV4"
    })
    void severityFollowsThePriorityName(String priority, Severity expected) {
        givenIssue(anIncident(10, "OPS-1").priority(priority).build());

        assertThat(incidents.byKey("OPS-1").orElseThrow().severity()).isEqualTo(expected);
    }

    @Test
    void withoutPriorityTheSeverityIsUnknown() {
        givenIssue(anIncident(10, "OPS-1").build());

        assertThat(incidents.byKey("OPS-1").orElseThrow().severityIfKnown()).isEmpty();
    }

    @Test
    void thePeopleOnAnIncidentAreReporterAssigneeAndAuthorsOfCommentsEveryoneCanRead() {
        // given
        MutableIssue issue = anIncident(10, "OPS-1")
                .assignee(user("ann"))
                .reporter(user("rex"))
                .build();
        givenIssue(issue);
        for (String key : List.of("cid", "adm", "dev")) {
            ApplicationUser author = user(key);
            when(users.getUserByKey(key)).thenReturn(author);
        }
        List<Comment> onIssue = List.of(
                commentBy("cid", null, null),
                commentBy("adm", "jira-administrators", null),
                commentBy("dev", null, 10002L));
        when(comments.getComments(issue)).thenReturn(onIssue);

        // when
        var names = incidents.peopleOn(incidents.byId(10).orElseThrow());

        // then
        assertThat(names)
                .contains("User rex", "rex-name", "User ann", "ann-name", "User cid", "cid-name")
                .doesNotContain("User adm", "adm-name", "User dev", "dev-name");
    }

    @Test
    void theWatchersAreOnTheIncidentOnlyForAReaderWhoMaySeeWhoWatches() {
        // given: wes watches OPS-1; ann may view voters and watchers, rex may not
        MutableIssue issue = anIncident(10, "OPS-1").reporter(user("rex")).build();
        givenIssue(issue);
        ApplicationUser ann = user("ann");
        ApplicationUser rex = user("rex");
        when(users.getUserByKey("ann")).thenReturn(ann);
        when(users.getUserByKey("rex")).thenReturn(rex);
        ApplicationUser wes = user("wes");
        when(watchers.getWatchersUnsorted(issue)).thenReturn(Arrays.asList(wes, null));
        when(permissions.hasPermission(ProjectPermissions.VIEW_VOTERS_AND_WATCHERS, issue, ann))
                .thenReturn(true);
        Incident incident = incidents.byId(10).orElseThrow();

        // when
        var forAnn = incidents.peopleOn(incident, TestViewer.aViewer("ann"));
        var forRex = incidents.peopleOn(incident, TestViewer.aViewer("rex"));

        // then
        assertThat(forAnn).contains("User rex", "User wes", "wes-name");
        assertThat(forRex).contains("User rex").doesNotContain("User wes", "wes-name");
    }

    @Test
    void aPageOfIncidentsIsReadInOneSearchAsTheReaderLeavingOtherIssuesOut() throws Exception {
        // given
        ApplicationUser ann = user("ann");
        when(users.getUserByKey("ann")).thenReturn(ann);
        Query query = mock(Query.class);
        when(searchService.parseQuery(ann, "issue in (10, 11)"))
                .thenReturn(new SearchService.ParseResult(query, new MessageSetImpl()));
        MutableIssue incident = anIncident(10, "OPS-1").build();
        MutableIssue other = anIssue(11, "OPS-2").type("99", "Incident").build();
        when(searchService.search(eq(ann), eq(query), any(PagerFilter.class)))
                .thenReturn(new SearchResults<>(List.of(incident, other), 2, 1000, 0));

        // when
        List<Incident> found = incidents.visible(List.of(11L, 10L, 10L), TestViewer.aViewer("ann"));

        // then
        assertThat(found).extracting(Incident::key).containsExactly("OPS-1");
        verify(searchService).search(eq(ann), eq(query), any(PagerFilter.class));
        verify(issues, never()).getIssueObject(anyLong());
    }

    private static Comment commentBy(String authorKey, String group, Long role) {
        Comment comment = mock(Comment.class);
        when(comment.getAuthorKey()).thenReturn(authorKey);
        when(comment.getGroupLevel()).thenReturn(group);
        when(comment.getRoleLevelId()).thenReturn(role);
        return comment;
    }

    private void givenIssue(MutableIssue issue) {
        when(issues.getIssueObject(issue.getKey())).thenReturn(issue);
        when(issues.getIssueObject(issue.getId())).thenReturn(issue);
    }
}

package io.debrief.plugin.jira;

import static io.debrief.core.testkit.TimelineFixtures.anEntry;
import static io.debrief.plugin.jira.JiraFixtures.anIncident;
import static io.debrief.plugin.jira.JiraFixtures.anIssue;
import static io.debrief.plugin.jira.JiraFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.debrief.core.debrief.Debrief;
import io.debrief.core.debrief.DebriefStatus;
import io.debrief.core.debrief.DebriefStore;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.InMemoryTimelineStore;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.EntryKind;
import io.debrief.plugin.actionitem.DebriefItemsFunction;
import io.debrief.plugin.actionitem.OpenDebriefItemsFunction;
import io.debrief.plugin.checkpoint.OverdueCheckpointsFunction;
import io.debrief.plugin.incident.IncidentsAwaitingDebriefFunction;
import io.debrief.plugin.incident.IncidentsMissingTargetFunction;
import io.debrief.plugin.web.i18n.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JqlFunctionsTest {

    private final SearchService searchService = mock(SearchService.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final InMemorySettings settings = new InMemorySettings();
    private final DebriefStore debriefs = mock(DebriefStore.class);
    private final InMemoryTimelineStore timelines = new InMemoryTimelineStore();
    private final DebriefTypeIds typeIds = JiraFixtures.givenTypesSetUp();
    private final JiraSearch search = new JiraSearch(searchService);
    /** Answers the key and its arguments, so tests see which message was chosen. */
    private final Messages messages = new Messages() {
        @Override
        public String text(String key, Object... args) {
            return key + List.of(args);
        }

        @Override
        public boolean has(String key) {
            return true;
        }
    };

    private final ApplicationUser searcher = user("alice");
    private final Query query = mock(Query.class);
    private final TerminalClause clause = mock(TerminalClause.class);
    private final MutableIssue incident =
            anIncident(10, "OPS-1").resolvedAt("2026-03-01T11:00:00Z").build();

    private final DebriefItemsFunction debriefItems =
            new DebriefItemsFunction(issues, permissions, typeIds, settings, search, messages);
    private final OpenDebriefItemsFunction openDebriefItems = new OpenDebriefItemsFunction(settings, search, messages);
    private final OverdueCheckpointsFunction overdueCheckpoints =
            new OverdueCheckpointsFunction(typeIds, search, messages);
    private final IncidentsAwaitingDebriefFunction awaitingDebrief =
            new IncidentsAwaitingDebriefFunction(typeIds, debriefs, search, messages);
    private final IncidentsMissingTargetFunction missingTarget =
            new IncidentsMissingTargetFunction(typeIds, timelines, DerivedEntries.NONE, settings, search, messages);

    @BeforeEach
    void givenJira() {
        when(searchService.parseQuery(any(), anyString()))
                .thenReturn(new SearchService.ParseResult(query, new MessageSetImpl()));
        when(issues.getIssueObject("OPS-1")).thenReturn(incident);
    }

    @Test
    void everyFunctionHasItsPublicNameAndReturnsIssues() {
        assertThat(List.of(
                        DebriefItemsFunction.FUNCTION_NAME,
                        OpenDebriefItemsFunction.FUNCTION_NAME,
                        OverdueCheckpointsFunction.FUNCTION_NAME,
                        IncidentsAwaitingDebriefFunction.FUNCTION_NAME,
                        IncidentsMissingTargetFunction.FUNCTION_NAME))
                .containsExactly(
                        "debriefItems",
                        "openDebriefItems",
                        "overdueCheckpoints",
                        "incidentsAwaitingDebrief",
                        "incidentsMissingTarget");
        assertThat(debriefItems.getDataType()).isEqualTo(JiraDataTypes.ISSUE);
        assertThat(debriefItems.getMinimumNumberOfExpectedArguments()).isZero();
        assertThat(missingTarget.getMinimumNumberOfExpectedArguments()).isOne();
    }

    @Test
    void aWrongNumberOfArgumentsIsAnErrorInTheSearchersLanguage() {
        MessageSet tooMany = debriefItems.validate(searcher, operand("debriefItems", "OPS-1", "OPS-2"), clause);
        MessageSet unexpected = openDebriefItems.validate(searcher, operand("openDebriefItems", "x"), clause);
        MessageSet missing = missingTarget.validate(searcher, operand("incidentsMissingTarget"), clause);

        assertThat(tooMany.getErrorMessages())
                .containsExactly("debrief.jira.jql.error.arguments.between[debriefItems, 0, 1, 2]");
        assertThat(unexpected.getErrorMessages())
                .containsExactly("debrief.jira.jql.error.arguments.exactly[openDebriefItems, 0, 1]");
        assertThat(missing.hasAnyErrors()).isTrue();
    }

    @Test
    void debriefItemsOfAnIncidentTheSearcherCanSeeIsValid() {
        givenSearcherMayBrowse(incident, true);

        assertThat(debriefItems
                        .validate(searcher, operand("debriefItems", "OPS-1"), clause)
                        .hasAnyErrors())
                .isFalse();
        assertThat(debriefItems
                        .validate(searcher, operand("debriefItems"), clause)
                        .hasAnyErrors())
                .isFalse();
    }

    @Test
    void anUnknownHiddenOrNonIncidentKeyIsTheSameError() {
        MutableIssue task = anIssue(11, "OPS-2").build();
        when(issues.getIssueObject("OPS-2")).thenReturn(task);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, task, searcher))
                .thenReturn(true);
        givenSearcherMayBrowse(incident, false);

        for (String key : List.of("OPS-404", "OPS-2", "OPS-1")) {
            assertThat(debriefItems
                            .validate(searcher, operand("debriefItems", key), clause)
                            .getErrorMessages())
                    .containsExactly("debrief.jira.jql.error.incident.unknown[debriefItems, " + key + "]");
        }
    }

    @Test
    void itemsAreSearchedAsTheSearcherAndReturnedAsIssueIds() throws Exception {
        givenSearcherMayBrowse(incident, true);
        givenSearchAnswers(
                false,
                List.of(anIssue(20, "OPS-20").build(), anIssue(21, "OPS-21").build()),
                2);

        List<QueryLiteral> values = debriefItems.getValues(context(false), operand("debriefItems", "OPS-1"), clause);

        assertThat(values).extracting(QueryLiteral::getLongValue).containsExactly(20L, 21L);
        verify(searchService).search(eq(searcher), eq(query), any());
        verify(searchService, never()).searchOverrideSecurity(any(), any(), any());
        verify(searchService)
                .parseQuery(
                        eq(searcher),
                        eq("labels = \"debrief\" AND (issue in linkedIssues(\"OPS-1\", "
                                + "\"has action item\") OR parent = \"OPS-1\") ORDER BY created ASC, key ASC"));
    }

    @Test
    void itemsOfAnIncidentTheSearcherCannotSeeAreNotSearched() {
        givenSearcherMayBrowse(incident, false);

        assertThat(debriefItems.getValues(context(false), operand("debriefItems", "OPS-1"), clause))
                .isEmpty();
        verify(searchService, never()).parseQuery(any(), anyString());
    }

    @Test
    void aSecurityOverridingContextSearchesIgnoringPermissions() throws Exception {
        givenSearchAnswers(true, List.of(anIssue(20, "OPS-20").build()), 1);

        List<QueryLiteral> values = openDebriefItems.getValues(context(true), operand("openDebriefItems"), clause);

        assertThat(values).hasSize(1);
        verify(searchService)
                .parseQuery(any(), eq("labels = \"debrief\" AND statusCategory != Done ORDER BY created ASC"));
    }

    @Test
    void pagingStopsAtTheCap() throws Exception {
        Issue same = anIssue(20, "OPS-20").build();
        givenSearchAnswers(false, Collections.nCopies(JiraSearch.PAGE_SIZE, same), 25_000);

        List<QueryLiteral> values = openDebriefItems.getValues(context(false), operand("openDebriefItems"), clause);

        assertThat(values).hasSize(DebriefJqlFunction.MAX_HITS);
        verify(searchService, times(DebriefJqlFunction.MAX_HITS / JiraSearch.PAGE_SIZE))
                .search(any(), any(), any());
    }

    @Test
    void overdueCheckpointsAreOpenSubTasksOfOurTypePastTheirDueDate() throws Exception {
        givenSearchAnswers(false, List.of(), 0);

        overdueCheckpoints.getValues(context(false), operand("overdueCheckpoints"), clause);

        verify(searchService)
                .parseQuery(
                        any(),
                        eq("issuetype = \"" + JiraFixtures.CHECKPOINT_TYPE_ID
                                + "\" AND statusCategory != Done AND due < startOfDay() ORDER BY due ASC"));
    }

    @Test
    void incidentsAwaitingDebriefAreResolvedIncidentsWithoutAHeldOrPublishedDebrief() throws Exception {
        MutableIssue none = anIncident(10, "OPS-1").build();
        MutableIssue awaiting = anIncident(11, "OPS-2").build();
        MutableIssue held = anIncident(12, "OPS-3").build();
        MutableIssue published = anIncident(13, "OPS-4").build();
        givenSearchAnswers(false, List.of(none, awaiting, held, published), 4);
        when(debriefs.find(10L)).thenReturn(Optional.empty());
        givenDebrief(11L, DebriefStatus.AWAITING);
        givenDebrief(12L, DebriefStatus.HELD);
        givenDebrief(13L, DebriefStatus.PUBLISHED);

        List<QueryLiteral> values =
                awaitingDebrief.getValues(context(false), operand("incidentsAwaitingDebrief"), clause);

        assertThat(values).extracting(QueryLiteral::getLongValue).containsExactly(10L, 11L);
    }

    @Test
    void incidentsMissingTargetTakesDetectOrResolveOnly() {
        assertThat(missingTarget
                        .validate(searcher, operand("incidentsMissingTarget", "detect"), clause)
                        .hasAnyErrors())
                .isFalse();
        assertThat(missingTarget
                        .validate(searcher, operand("incidentsMissingTarget", "RESOLVE"), clause)
                        .hasAnyErrors())
                .isFalse();
        assertThat(missingTarget
                        .validate(searcher, operand("incidentsMissingTarget", "soon"), clause)
                        .getErrorMessages())
                .containsExactly("debrief.jira.jql.error.target[incidentsMissingTarget, soon]");
    }

    @Test
    void incidentsMissingTheDetectTargetAreThoseIdentifiedLaterThanItAccordingToTheirTimeline() throws Exception {
        MutableIssue slow =
                anIncident(10, "OPS-1").resolvedAt("2026-03-01T11:00:00Z").build();
        MutableIssue fast =
                anIncident(11, "OPS-2").resolvedAt("2026-03-01T11:00:00Z").build();
        MutableIssue unknown =
                anIncident(12, "OPS-3").resolvedAt("2026-03-01T11:00:00Z").build();
        givenTimeline(10, "2026-03-01T10:00:00Z", "2026-03-01T10:20:00Z");
        givenTimeline(11, "2026-03-01T10:00:00Z", "2026-03-01T10:03:00Z");
        givenSearchAnswers(false, List.of(slow, fast, unknown), 3);

        List<QueryLiteral> values =
                missingTarget.getValues(context(false), operand("incidentsMissingTarget", "detect"), clause);

        assertThat(values).extracting(QueryLiteral::getLongValue).containsExactly(10L);
    }

    private void givenTimeline(long incidentId, String started, String detected) {
        timelines.add(anEntry()
                .incidentId(incidentId)
                .kind(EntryKind.STARTED)
                .at(started)
                .build());
        timelines.add(anEntry()
                .incidentId(incidentId)
                .kind(EntryKind.DETECTED)
                .at(detected)
                .build());
    }

    private void givenDebrief(long incidentId, DebriefStatus status) {
        Debrief debrief = mock(Debrief.class);
        when(debrief.status()).thenReturn(status);
        when(debriefs.find(incidentId)).thenReturn(Optional.of(debrief));
    }

    private void givenSearcherMayBrowse(Issue issue, boolean may) {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, searcher))
                .thenReturn(may);
    }

    /** Every page holds {@code page} (cut to what was asked for), out of {@code total} hits. */
    @SuppressWarnings("unchecked")
    private void givenSearchAnswers(boolean overrideSecurity, List<Issue> page, int total) throws Exception {
        org.mockito.stubbing.Answer<SearchResults<Issue>> answer = call -> {
            PagerFilter<Issue> pager = call.getArgument(2);
            List<Issue> hits = new ArrayList<>(page.subList(0, Math.min(page.size(), pager.getMax())));
            return new SearchResults<>(hits, total, pager.getMax(), pager.getStart());
        };
        if (overrideSecurity) {
            when(searchService.searchOverrideSecurity(any(), eq(query), any(PagerFilter.class)))
                    .thenAnswer(answer);
        } else {
            when(searchService.search(any(), eq(query), any(PagerFilter.class))).thenAnswer(answer);
        }
    }

    private QueryCreationContext context(boolean overrideSecurity) {
        QueryCreationContext context = mock(QueryCreationContext.class);
        when(context.getApplicationUser()).thenReturn(searcher);
        when(context.isSecurityOverriden()).thenReturn(overrideSecurity);
        return context;
    }

    private static FunctionOperand operand(String name, String... args) {
        return new FunctionOperand(name, args);
    }
}

package io.debrief.plugin.jira;

import static io.debrief.plugin.jira.JiraFixtures.LINK_TYPE_ID;
import static io.debrief.plugin.jira.JiraFixtures.anIncident;
import static io.debrief.plugin.jira.JiraFixtures.anIssue;
import static io.debrief.plugin.jira.JiraFixtures.issueType;
import static io.debrief.plugin.jira.JiraFixtures.project;
import static io.debrief.plugin.jira.JiraFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.sal.api.message.I18nResolver;
import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.common.ConflictException;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.Page;
import io.debrief.core.common.PageRequest;
import io.debrief.core.common.UserRef;
import io.debrief.core.common.ValidationError;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.CheckpointSummary;
import io.debrief.core.tracker.ItemSearch;
import io.debrief.core.tracker.NewActionItem;
import io.debrief.core.tracker.NewCheckpointSubTask;
import io.debrief.core.tracker.TrackedIssue;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class JiraIssueTrackerTest {

    private final IssueService issueService = mock(IssueService.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final ConstantsManager constants = mock(ConstantsManager.class);
    private final PriorityManager priorities = mock(PriorityManager.class);
    private final ResolutionManager resolutions = mock(ResolutionManager.class);
    private final LabelManager labels = mock(LabelManager.class);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final SubTaskManager subTasks = mock(SubTaskManager.class);
    private final UserManager users = mock(UserManager.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final SearchService searchService = mock(SearchService.class);
    private final DebriefTypeIds typeIds = JiraFixtures.givenTypesSetUp();
    private final DoneTransitions doneTransitions = mock(DoneTransitions.class);
    private final ApplicationProperties applicationProperties = mock(ApplicationProperties.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final JiraIssueTracker tracker = new JiraIssueTracker(
            issueService,
            issues,
            authentication,
            projects,
            constants,
            priorities,
            resolutions,
            labels,
            links,
            subTasks,
            users,
            i18n,
            typeIds,
            new JiraSearch(searchService),
            new TrackedIssues(links, typeIds),
            doneTransitions,
            new DueDates(applicationProperties, authentication),
            permissions,
            linkTypes);

    private final ApplicationUser alice = user("alice");
    private final Project ops = project(1L, "OPS");
    private final MutableIssue incident = anIncident(10, "OPS-1").project(ops).build();
    private final IssueRef incidentRef = new IssueRef(10, "OPS-1", "OPS");
    private final IssueInputParameters input = mock(IssueInputParameters.class, RETURNS_SELF);
    private final Query query = mock(Query.class);

    @BeforeEach
    void givenJira() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(projects.getProjectObjByKey("OPS")).thenReturn(ops);
        when(issues.getIssueObject(10L)).thenReturn(incident);
        when(issueService.newIssueInputParameters()).thenReturn(input);
        List<IssueType> types = List.of(issueType("3", "Task", false), issueType("5", "Sub-task", true));
        when(constants.getAllIssueTypeObjects()).thenReturn(types);
        when(i18n.getText(anyString(), any(Serializable[].class)))
                .thenAnswer(call -> call.getArgument(0) + " "
                        + List.of((Object[]) call.getArguments()).subList(1, call.getArguments().length));
        when(searchService.parseQuery(any(), anyString()))
                .thenReturn(new SearchService.ParseResult(query, new MessageSetImpl()));
    }

    @Test
    void anActionItemIsValidatedCreatedLabelledAndLinkedAsTheActingUser() throws Exception {
        MutableIssue created = anIssue(20, "OPS-20").project(ops).build();
        givenCreateSucceeds(created);

        IssueRef ref = tracker.createActionItem(anActionItem(), "debrief");

        assertThat(ref).isEqualTo(new IssueRef(20, "OPS-20", "OPS"));
        InOrder order = inOrder(issueService, labels, links);
        order.verify(issueService).validateCreate(eq(alice), eq(input));
        order.verify(issueService).create(eq(alice), any());
        order.verify(labels).addLabel(alice, 20L, "debrief", false);
        order.verify(labels).addLabel(alice, 20L, "debrief-detect", false);
        order.verify(links).createIssueLink(20L, 10L, LINK_TYPE_ID, null, alice);
        verify(input).setProjectId(1L);
        verify(input).setIssueTypeId("3");
        verify(input).setSummary("Add an alert on checkout errors");
        verify(input).setDueDate("5/Apr/26");
    }

    @Test
    void jiraValidationErrorsAreSurfacedByFieldAndNothingIsCreated() {
        givenCreateValidationFails(
                Map.of("summary", "You must specify a summary.", "duedate", "Bad date"), List.of("No permission"));

        assertThatThrownBy(() -> tracker.createActionItem(anActionItem(), "debrief"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationError::field)
                                .containsExactlyInAnyOrder("summary", "due", "general"));
        verify(issueService, never()).create(any(), any());
        verify(labels, never()).addLabel(any(), anyLong(), anyString(), anyBoolean());
    }

    @Test
    void anUnknownProjectOrIssueTypeIsRefusedBeforeJiraIsAsked() {
        NewActionItem noSuchProject =
                new NewActionItem(incidentRef, "NOPE", "Task", "Summary", null, null, ActionItemCategory.FIX);
        NewActionItem noSuchType =
                new NewActionItem(incidentRef, "OPS", "Epic", "Summary", null, null, ActionItemCategory.FIX);

        assertThatThrownBy(() -> tracker.createActionItem(noSuchProject, "debrief"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("projectKey"));
        assertThatThrownBy(() -> tracker.createActionItem(noSuchType, "debrief"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("issueType"));
        verify(issueService, never()).validateCreate(any(), any());
    }

    @Test
    void anItemThatCannotBeLinkedIsKeptLabelledAndReportedByItsKey() throws Exception {
        givenCreateSucceeds(anIssue(20, "OPS-20").project(ops).build());
        doThrow(new CreateException("link refused")).when(links).createIssueLink(20L, 10L, LINK_TYPE_ID, null, alice);

        assertThatThrownBy(() -> tracker.createActionItem(anActionItem(), "debrief"))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.args()).containsExactly("OPS-20", "OPS-1"));
        verify(labels).addLabel(alice, 20L, "debrief", false);
    }

    @Test
    void theAssigneeIsPassedByUserName() {
        givenCreateSucceeds(anIssue(20, "OPS-20").project(ops).build());
        ApplicationUser bob = user("bob");
        when(users.getUserByKey("bob")).thenReturn(bob);

        tracker.createActionItem(
                new NewActionItem(incidentRef, "OPS", "Task", "Summary", "bob", null, ActionItemCategory.FIX),
                "debrief");

        verify(input).setAssigneeId("bob-name");
    }

    @Test
    void theJobCreatesACheckpointSubTaskAsTheProjectLead() throws Exception {
        ApplicationUser lead = user("lead");
        when(ops.getProjectLead()).thenReturn(lead);
        when(authentication.getLoggedInUser()).thenReturn(null);
        MutableIssue created = anIssue(30, "OPS-30").project(ops).build();
        IssueService.CreateValidationResult validation = valid(IssueService.CreateValidationResult.class);
        when(issueService.validateSubTaskCreate(lead, 10L, input)).thenReturn(validation);
        when(issueService.create(lead, validation)).thenReturn(new IssueService.IssueResult(created));

        IssueRef ref = tracker.createCheckpointSubTask(new NewCheckpointSubTask(
                incidentRef,
                2,
                CheckpointSummary.of(2, 28, incidentRef),
                List.of(new IssueRef(20, "OPS-20", "OPS")),
                null,
                LocalDate.of(2026, 4, 15)));

        assertThat(ref.key()).isEqualTo("OPS-30");
        verify(input).setIssueTypeId(JiraFixtures.CHECKPOINT_TYPE_ID);
        verify(input).setSummary("debrief.checkpoint.summary [2, 28, OPS-1]");
        verify(input).setDueDate("15/Apr/26");
        verify(subTasks).createSubTaskIssueLink(incident, created, lead);
        verify(input).setSkipScreenCheck(true);
    }

    @Test
    void aCheckpointSubTaskNamesItsIncidentAndItemsAndLinksEachItem() throws Exception {
        givenJirasRelatesLinkType(7L);
        MutableIssue created = givenSubTaskCreateSucceeds(30, "OPS-30");

        tracker.createCheckpointSubTask(
                checkpointOf(null, new IssueRef(20, "OPS-20", "OPS"), new IssueRef(21, "PAY-21", "PAY")));

        verify(input).setDescription("debrief.jira.checkpoint.description [OPS-1, OPS-20, PAY-21]");
        verify(links).createIssueLink(30L, 20L, 7L, null, alice);
        verify(links).createIssueLink(30L, 21L, 7L, null, alice);
        verify(subTasks).createSubTaskIssueLink(incident, created, alice);
    }

    @Test
    void aCheckpointWhoseItemCannotBeLinkedStillOpensAndLinksTheOthers() throws Exception {
        givenJirasRelatesLinkType(7L);
        givenSubTaskCreateSucceeds(30, "OPS-30");
        doThrow(new CreateException("no link permission")).when(links).createIssueLink(30L, 20L, 7L, null, alice);

        IssueRef ref = tracker.createCheckpointSubTask(
                checkpointOf(null, new IssueRef(20, "OPS-20", "OPS"), new IssueRef(21, "OPS-21", "OPS")));

        assertThat(ref.key()).isEqualTo("OPS-30");
        verify(links).createIssueLink(30L, 21L, 7L, null, alice);
    }

    @Test
    void withoutJirasRelatesLinkTypeTheCheckpointNamesItsItemsInItsDescriptionOnly() throws Exception {
        when(linkTypes.getIssueLinkTypesByName("Relates")).thenReturn(List.of());
        givenSubTaskCreateSucceeds(30, "OPS-30");

        IssueRef ref = tracker.createCheckpointSubTask(checkpointOf(null, new IssueRef(20, "OPS-20", "OPS")));

        assertThat(ref.key()).isEqualTo("OPS-30");
        verify(input).setDescription("debrief.jira.checkpoint.description [OPS-1, OPS-20]");
        verify(links, never()).createIssueLink(anyLong(), anyLong(), anyLong(), any(), any());
    }

    @Test
    void anOwnerJiraWillNotAssignInTheProjectLeavesTheSubTaskUnassigned() throws Exception {
        ApplicationUser carol = user("carol");
        when(users.getUserByKey("carol")).thenReturn(carol);
        IssueService.CreateValidationResult refused =
                refusedBy(Map.of("assignee", "User 'carol' cannot be assigned issues."));
        IssueService.CreateValidationResult unassigned = valid(IssueService.CreateValidationResult.class);
        when(issueService.validateSubTaskCreate(alice, 10L, input)).thenReturn(refused, unassigned);
        MutableIssue created = anIssue(30, "OPS-30").project(ops).build();
        when(issueService.create(alice, unassigned)).thenReturn(new IssueService.IssueResult(created));

        IssueRef ref = tracker.createCheckpointSubTask(
                checkpointOf(new UserRef("carol", "Carol"), new IssueRef(20, "OPS-20", "OPS")));

        assertThat(ref.key()).isEqualTo("OPS-30");
        // asked once with the owner, once without: the one input object Jira hands out saw a single assignee
        verify(input).setAssigneeId("carol-name");
        verify(input).setAssigneeId(anyString());
        verify(issueService, times(2)).validateSubTaskCreate(alice, 10L, input);
        verify(issueService).create(alice, unassigned);
        verify(issueService, never()).create(alice, refused);
    }

    @Test
    void aCheckpointRefusedForAnythingButTheAssigneeIsRefusedWithoutASecondTry() {
        ApplicationUser carol = user("carol");
        when(users.getUserByKey("carol")).thenReturn(carol);
        IssueService.CreateValidationResult refused = refusedBy(Map.of("duedate", "Bad date."));
        when(issueService.validateSubTaskCreate(alice, 10L, input)).thenReturn(refused);

        assertThatThrownBy(() -> tracker.createCheckpointSubTask(checkpointOf(new UserRef("carol", "Carol"))))
                .isInstanceOf(InvalidInputException.class);

        verify(issueService).validateSubTaskCreate(alice, 10L, input);
        verify(issueService, never()).create(any(), any(IssueService.CreateValidationResult.class));
    }

    @Test
    void aCheckpointOwnerWhoLeftLeavesTheSubTaskUnassigned() {
        MutableIssue created = anIssue(30, "OPS-30").project(ops).build();
        IssueService.CreateValidationResult validation = valid(IssueService.CreateValidationResult.class);
        when(issueService.validateSubTaskCreate(alice, 10L, input)).thenReturn(validation);
        when(issueService.create(alice, validation)).thenReturn(new IssueService.IssueResult(created));

        tracker.createCheckpointSubTask(new NewCheckpointSubTask(
                incidentRef,
                1,
                CheckpointSummary.of(1, 14, incidentRef),
                List.of(),
                new UserRef("gone", "Gone"),
                LocalDate.of(2026, 4, 15)));

        verify(input, never()).setAssigneeId(anyString());
        verify(issueService).create(alice, validation);
    }

    private NewCheckpointSubTask checkpointOf(UserRef owner, IssueRef... openItems) {
        return new NewCheckpointSubTask(
                incidentRef,
                1,
                CheckpointSummary.of(1, 14, incidentRef),
                List.of(openItems),
                owner,
                LocalDate.of(2026, 4, 15));
    }

    private MutableIssue givenSubTaskCreateSucceeds(long id, String key) {
        MutableIssue created = anIssue(id, key).project(ops).build();
        IssueService.CreateValidationResult validation = valid(IssueService.CreateValidationResult.class);
        when(issueService.validateSubTaskCreate(alice, 10L, input)).thenReturn(validation);
        when(issueService.create(alice, validation)).thenReturn(new IssueService.IssueResult(created));
        return created;
    }

    private void givenJirasRelatesLinkType(long id) {
        IssueLinkType relates = mock(IssueLinkType.class);
        when(relates.getId()).thenReturn(id);
        when(linkTypes.getIssueLinkTypesByName("Relates")).thenReturn(List.of(relates));
    }

    private static IssueService.CreateValidationResult refusedBy(Map<String, String> fieldErrors) {
        ErrorCollection errors = errors(fieldErrors, List.of());
        IssueService.CreateValidationResult refused = mock(IssueService.CreateValidationResult.class);
        when(refused.isValid()).thenReturn(false);
        when(refused.getErrorCollection()).thenReturn(errors);
        return refused;
    }

    @Test
    void aCheckpointSubTaskIsFoundByItsNumberNotByALongerOne() throws Exception {
        when(i18n.getText(eq("debrief.jira.checkpoint.summary.prefix"), any(Serializable[].class)))
                .thenAnswer(call -> "Checkpoint " + call.getArgument(1) + " (");
        MutableIssue tenth = anIssue(40, "OPS-40")
                .summary("Checkpoint 10 (140 days): OPS-1 debrief")
                .build();
        MutableIssue first = anIssue(41, "OPS-41")
                .summary("Checkpoint 1 (14 days): OPS-1 debrief")
                .build();
        givenSearchFinds(true, tenth, first);

        Optional<IssueRef> found = tracker.findCheckpointSubTask(incidentRef, 1);

        assertThat(found).map(IssueRef::key).contains("OPS-41");
        verify(searchService)
                .parseQuery(any(), eq(DebriefJql.checkpointSubTasks("OPS-1", JiraFixtures.CHECKPOINT_TYPE_ID)));
    }

    @Test
    void aPersonSearchesWithTheirOwnPermissionsOnePageAtATime() throws Exception {
        MutableIssue item = anIssue(20, "OPS-20")
                .labels("debrief")
                .components("payments")
                .parent(incident)
                .build();
        givenSearchFinds(false, item);
        JiraViewerProvider viewers = new JiraViewerProvider(
                authentication, mock(PermissionManager.class), mock(GlobalPermissionManager.class), issues, projects);

        Page<TrackedIssue> page = tracker.debriefItems(
                ItemSearch.open("debrief", Set.of("OPS")), Audience.of(viewers.current()), new PageRequest(200, 50));

        verify(searchService)
                .search(
                        eq(alice),
                        eq(query),
                        argThat((PagerFilter<?> pager) -> pager.getStart() == 200 && pager.getMax() == 50));
        verify(searchService, never()).searchOverrideSecurity(any(), any(), any());
        assertThat(page.items()).singleElement().satisfies(tracked -> {
            assertThat(tracked.key()).isEqualTo("OPS-20");
            assertThat(tracked.incident()).isEqualTo(incidentRef);
            assertThat(tracked.labels()).containsExactly("debrief");
            assertThat(tracked.components()).containsExactly("payments");
            assertThat(tracked.isOpen()).isTrue();
            assertThat(tracked.category()).isNull();
        });
    }

    @Test
    void aPersonNamedByAViewerOfAnotherMakeSearchesAsThemNotAsWhoeverIsLoggedIn() throws Exception {
        // given: alice is logged in on this thread; the search is for bob, through a viewer not made by Jira's provider
        ApplicationUser bob = user("bob");
        when(users.getUserByKey("bob")).thenReturn(bob);
        givenSearchFinds(false);

        // when
        tracker.debriefItems(
                ItemSearch.open("debrief", Set.of("OPS")),
                Audience.of(ScriptedViewer.as(new UserRef("bob", "Bob"))),
                PageRequest.first(50));
        tracker.debriefItems(
                ItemSearch.open("debrief", Set.of("OPS")),
                Audience.of(ScriptedViewer.anonymous()),
                PageRequest.first(50));

        // then: as bob, then as nobody; never as alice
        verify(searchService).search(eq(bob), eq(query), any(PagerFilter.class));
        verify(searchService).search(isNull(), eq(query), any(PagerFilter.class));
        verify(searchService, never()).search(eq(alice), any(), any(PagerFilter.class));
    }

    @Test
    void aPersonsFilterJoinsOurQueryInBracketsAfterItReadsOnItsOwn() throws Exception {
        // given
        givenSearchFinds(false);
        JiraViewerProvider viewers = new JiraViewerProvider(
                authentication, mock(PermissionManager.class), mock(GlobalPermissionManager.class), issues, projects);

        // when
        tracker.debriefItems(
                ItemSearch.open("debrief", Set.of()).withFilter("component = payments OR priority = High"),
                Audience.of(viewers.current()),
                PageRequest.first(50));

        // then: checked alone as alice, then ANDed in brackets before our ORDER BY
        InOrder order = inOrder(searchService);
        order.verify(searchService).parseQuery(alice, "component = payments OR priority = High");
        order.verify(searchService)
                .parseQuery(
                        eq(alice),
                        argThat(
                                jql -> jql.startsWith("labels = \"debrief\"")
                                        && jql.contains(
                                                " AND statusCategory != Done AND (component = payments OR priority = High) ORDER BY ")));
    }

    @Test
    void aFilterThatDoesNotParseOrSortsIsRefusedOnTheJqlFieldAndNothingIsSearched() throws Exception {
        // given
        MessageSetImpl errors = new MessageSetImpl();
        errors.addErrorMessage("Error in the JQL Query: Expecting a value but got '='.");
        when(searchService.parseQuery(any(), eq("priority == High")))
                .thenReturn(new SearchService.ParseResult(null, errors));
        JiraViewerProvider viewers = new JiraViewerProvider(
                authentication, mock(PermissionManager.class), mock(GlobalPermissionManager.class), issues, projects);
        Audience alice = Audience.of(viewers.current());

        // when / then
        for (String filter : List.of("priority == High", "priority = High ORDER BY key", "x) OR (labels is EMPTY")) {
            if (filter.startsWith("x)")) {
                when(searchService.parseQuery(any(), eq(filter)))
                        .thenReturn(new SearchService.ParseResult(null, errors));
            }
            assertThatThrownBy(() -> tracker.debriefItems(
                            ItemSearch.open("debrief", Set.of()).withFilter(filter), alice, PageRequest.first(50)))
                    .as(filter)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.errors())
                                    .extracting(ValidationError::field)
                                    .containsExactly("jql"));
        }
        verify(searchService, never()).search(any(), any(), any());
    }

    @Test
    void anOrderByInsideQuotesIsTextNotSorting() throws Exception {
        givenSearchFinds(false);
        JiraViewerProvider viewers = new JiraViewerProvider(
                authentication, mock(PermissionManager.class), mock(GlobalPermissionManager.class), issues, projects);

        tracker.debriefItems(
                ItemSearch.open("debrief", Set.of()).withFilter("text ~ \"order by date\""),
                Audience.of(viewers.current()),
                PageRequest.first(50));

        verify(searchService).search(any(), eq(query), any(PagerFilter.class));
    }

    @Test
    void anItemsCategoryIsReadFromItsLabelBesideTheItemLabel() throws Exception {
        MutableIssue item = anIssue(20, "OPS-20")
                .labels("debrief", "debrief-prevent")
                .parent(incident)
                .build();
        givenSearchFinds(true, item);

        Page<TrackedIssue> page = tracker.debriefItems(
                ItemSearch.open("debrief", Set.of("OPS")), Audience.system(), PageRequest.first(50));

        assertThat(page.items())
                .singleElement()
                .extracting(TrackedIssue::category)
                .isEqualTo(ActionItemCategory.PREVENT);
    }

    @Test
    void allItemsAreReadInJirasLargestPagesAsTheSearcher() throws Exception {
        // given
        MutableIssue first =
                anIssue(20, "OPS-20").labels("debrief").parent(incident).build();
        MutableIssue second =
                anIssue(21, "OPS-21").labels("debrief").parent(incident).build();
        givenSearchFinds(false, first, second);
        JiraViewerProvider viewers = new JiraViewerProvider(
                authentication, mock(PermissionManager.class), mock(GlobalPermissionManager.class), issues, projects);

        // when
        List<TrackedIssue> all =
                tracker.allDebriefItems(ItemSearch.open("debrief", Set.of("OPS")), Audience.of(viewers.current()));

        // then: one search of up to 1,000 hits, as alice
        assertThat(all).extracting(TrackedIssue::key).containsExactly("OPS-20", "OPS-21");
        verify(searchService)
                .search(
                        eq(alice),
                        eq(query),
                        argThat((PagerFilter<?> pager) ->
                                pager.getStart() == 0 && pager.getMax() == JiraSearch.PAGE_SIZE));
    }

    @Test
    void theSystemSearchesIgnoringPermissions() throws Exception {
        givenSearchFinds(true);

        tracker.debriefItems(
                ItemSearch.allOfIncident("debrief", incidentRef), Audience.system(), PageRequest.first(100));

        verify(searchService).searchOverrideSecurity(any(), eq(query), any());
        verify(searchService)
                .parseQuery(
                        any(),
                        argThat(jql -> jql.contains("linkedIssues(\"OPS-1\", \"has action item\")")
                                && jql.contains("parent = \"OPS-1\"")));
    }

    @Test
    void addingALabelTheIssueAlreadyHasDoesNothing() {
        MutableIssue labelled = anIssue(20, "OPS-20").labels("debrief").build();
        when(issues.getIssueObject(20L)).thenReturn(labelled);

        boolean added = tracker.addLabel(new IssueRef(20, "OPS-20", "OPS"), "debrief");

        assertThat(added).isFalse();
        verify(labels, never()).addLabel(any(), anyLong(), anyString(), anyBoolean());
    }

    @Test
    void closingAnItemTakesItsWorkflowsDoneTransitionWithTheResolutionAndTheReason() {
        // given OPS-20, whose workflow offers alice transition 31 to a done status
        MutableIssue item = givenItem20();
        when(doneTransitions.forClosing(item, alice)).thenReturn(OptionalInt.of(31));
        IssueService.TransitionValidationResult validation = valid(IssueService.TransitionValidationResult.class);
        when(issueService.validateTransition(alice, 20L, 31, input)).thenReturn(validation);
        when(issueService.transition(alice, validation)).thenReturn(new IssueService.IssueResult(item));

        // when
        tracker.resolve(new IssueRef(20, "OPS-20", "OPS"), "won't do", "Service retired");

        // then
        verify(input).setResolutionId("10");
        verify(input).setComment("Service retired");
        verify(input).setSkipScreenCheck(true);
        verify(issueService).transition(alice, validation);
        verify(issueService, never()).validateUpdate(any(), any(), any());
    }

    @Test
    void anItemWhoseWorkflowOffersNoDoneTransitionIsNotTouched() {
        // given
        MutableIssue item = givenItem20();
        when(doneTransitions.forClosing(item, alice)).thenReturn(OptionalInt.empty());

        // when / then
        assertThatThrownBy(() -> tracker.resolve(new IssueRef(20, "OPS-20", "OPS"), "Won't Do", "Service retired"))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.args()).containsExactly("OPS-20"));
        verify(issueService, never()).validateTransition(any(), any(), anyInt(), any());
        verify(issueService, never()).validateUpdate(any(), any(), any());
    }

    @Test
    void aTransitionJiraRefusesIsReportedByFieldAndNotCarriedOut() {
        // given: the transition's validators refuse
        MutableIssue item = givenItem20();
        when(doneTransitions.forClosing(item, alice)).thenReturn(OptionalInt.of(31));
        ErrorCollection errors = errors(Map.of("resolution", "Resolution is required."), List.of());
        IssueService.TransitionValidationResult refused = mock(IssueService.TransitionValidationResult.class);
        when(refused.isValid()).thenReturn(false);
        when(refused.getErrorCollection()).thenReturn(errors);
        when(issueService.validateTransition(alice, 20L, 31, input)).thenReturn(refused);

        // when / then
        assertThatThrownBy(() -> tracker.resolve(new IssueRef(20, "OPS-20", "OPS"), "Won't Do", "Service retired"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationError::field)
                                .containsExactly("resolution"));
        verify(issueService, never()).transition(any(), any());
    }

    @Test
    void anItemCanBeResolvedOnlyWithAKnownResolutionAndADoneTransitionOfferedToTheActingPerson() {
        // given
        MutableIssue item = givenItem20();
        IssueRef ref = new IssueRef(20, "OPS-20", "OPS");
        when(doneTransitions.forClosing(item, alice)).thenReturn(OptionalInt.of(31));

        // when / then
        assertThat(tracker.canResolve(ref, "won't do")).isTrue();
        assertThat(tracker.canResolve(ref, "No Such Resolution")).isFalse();
        when(doneTransitions.forClosing(item, alice)).thenReturn(OptionalInt.empty());
        assertThat(tracker.canResolve(ref, "Won't Do")).isFalse();
        assertThat(tracker.canResolve(new IssueRef(404, "OPS-404", "OPS"), "Won't Do"))
                .isFalse();
        verify(issueService, never()).validateTransition(any(), any(), anyInt(), any());
    }

    @Test
    void aResolutionWithoutACommentLeavesNone() {
        // given
        MutableIssue item = givenItem20();
        when(doneTransitions.forClosing(item, alice)).thenReturn(OptionalInt.of(31));
        IssueService.TransitionValidationResult validation = valid(IssueService.TransitionValidationResult.class);
        when(issueService.validateTransition(alice, 20L, 31, input)).thenReturn(validation);
        when(issueService.transition(alice, validation)).thenReturn(new IssueService.IssueResult(item));

        // when
        tracker.resolve(new IssueRef(20, "OPS-20", "OPS"), "Won't Do", null);

        // then
        verify(input, never()).setComment(any());
        verify(issueService).transition(alice, validation);
    }

    @Test
    void aUserMayBrowseAProjectOnlyWithJirasBrowseProjectsPermission() {
        // given carol, who may browse OPS but not PAY
        ApplicationUser carol = user("carol");
        Project pay = project(2L, "PAY");
        when(users.getUserByKey("carol")).thenReturn(carol);
        when(projects.getProjectObjByKey("PAY")).thenReturn(pay);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, ops, carol))
                .thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, pay, carol))
                .thenReturn(false);

        // when / then
        assertThat(tracker.mayBrowse("carol", "OPS")).isTrue();
        assertThat(tracker.mayBrowse("carol", "PAY")).isFalse();
        assertThat(tracker.mayBrowse("nobody", "OPS")).isFalse();
        assertThat(tracker.mayBrowse("carol", "NOPE")).isFalse();
    }

    private MutableIssue givenItem20() {
        MutableIssue item = anIssue(20, "OPS-20").build();
        when(issues.getIssueObject(20L)).thenReturn(item);
        Resolution wontDo = mock(Resolution.class);
        when(wontDo.getName()).thenReturn("Won't Do");
        when(wontDo.getId()).thenReturn("10");
        when(resolutions.getResolutions()).thenReturn(List.of(wontDo));
        return item;
    }

    @Test
    void thePriorityIsSetByNameThroughAValidatedUpdate() {
        MutableIssue item = anIssue(20, "OPS-20").build();
        when(issues.getIssueObject(20L)).thenReturn(item);
        Priority high = mock(Priority.class);
        when(high.getName()).thenReturn("High");
        when(high.getId()).thenReturn("2");
        when(priorities.getPriorities()).thenReturn(List.of(high));
        IssueService.UpdateValidationResult validation = valid(IssueService.UpdateValidationResult.class);
        when(issueService.validateUpdate(alice, 20L, input)).thenReturn(validation);
        when(issueService.update(alice, validation)).thenReturn(new IssueService.IssueResult(item));

        tracker.setPriority(new IssueRef(20, "OPS-20", "OPS"), "high");

        verify(input).setPriorityId("2");
        verify(issueService).update(alice, validation);
    }

    @Test
    void anUnknownPriorityIsRefusedWithoutAnUpdate() {
        when(priorities.getPriorities()).thenReturn(List.of());

        assertThatThrownBy(() -> tracker.setPriority(new IssueRef(20, "OPS-20", "OPS"), "Urgent"))
                .isInstanceOf(InvalidInputException.class);
        verify(issueService, never()).validateUpdate(any(), any(), any());
    }

    private NewActionItem anActionItem() {
        return new NewActionItem(
                incidentRef,
                "OPS",
                "Task",
                "Add an alert on checkout errors",
                null,
                LocalDate.of(2026, 4, 5),
                ActionItemCategory.DETECT);
    }

    private void givenCreateSucceeds(MutableIssue created) {
        IssueService.CreateValidationResult validation = valid(IssueService.CreateValidationResult.class);
        when(issueService.validateCreate(alice, input)).thenReturn(validation);
        when(issueService.create(alice, validation)).thenReturn(new IssueService.IssueResult(created));
    }

    private static ErrorCollection errors(Map<String, String> fieldErrors, List<String> messages) {
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.hasAnyErrors()).thenReturn(true);
        when(errors.getErrors()).thenReturn(fieldErrors);
        when(errors.getErrorMessages()).thenReturn(messages);
        return errors;
    }

    private void givenCreateValidationFails(Map<String, String> fieldErrors, List<String> messages) {
        ErrorCollection errors = errors(fieldErrors, messages);
        IssueService.CreateValidationResult validation = mock(IssueService.CreateValidationResult.class);
        when(validation.isValid()).thenReturn(false);
        when(validation.getErrorCollection()).thenReturn(errors);
        when(issueService.validateCreate(alice, input)).thenReturn(validation);
    }

    @SuppressWarnings("unchecked")
    private void givenSearchFinds(boolean overrideSecurity, Issue... found) throws Exception {
        SearchResults<Issue> results = new SearchResults<>(List.of(found), found.length, 1000, 0);
        if (overrideSecurity) {
            when(searchService.searchOverrideSecurity(any(), eq(query), any(PagerFilter.class)))
                    .thenReturn(results);
        } else {
            when(searchService.search(any(), eq(query), any(PagerFilter.class))).thenReturn(results);
        }
    }

    private static <T extends com.atlassian.jira.bc.ServiceResult> T valid(Class<T> type) {
        T result = mock(type);
        when(result.isValid()).thenReturn(true);
        return result;
    }
}

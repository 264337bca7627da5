package io.debrief.sandbox.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import io.debrief.core.access.Viewer;
import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.PageRequest;
import io.debrief.core.common.UserRef;
import io.debrief.core.common.ValidationError;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.Incidents;
import io.debrief.core.incident.IssueLookup;
import io.debrief.core.incident.Severity;
import io.debrief.core.timeline.CommentExcerpt;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.EntrySource;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.CheckpointSummary;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.ItemSearch;
import io.debrief.core.tracker.NewActionItem;
import io.debrief.core.tracker.NewCheckpointSubTask;
import io.debrief.core.tracker.StatusCategory;
import io.debrief.core.tracker.TrackedIssue;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.sandbox.NewIssue;
import io.debrief.sandbox.SandboxContext;
import io.debrief.sandbox.SandboxFixture;
import io.debrief.sandbox.SandboxIssue;
import io.debrief.sandbox.SandboxServer;
import io.debrief.sandbox.SandboxUsers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's own Jira layer (JiraIncidents, JiraIssueTracker, JiraDerivedEntries, as its Spring container built
 * them) on the sandbox's Jira host, on a real (temporary, unseeded) sandbox database: core's ports behave as core
 * specifies them, with Jira's rules applied by the host's services.
 */
class PluginJiraLayerTest {

    @TempDir
    static Path dbDir;

    static SandboxServer server;
    static SandboxContext host;
    static JiraHost jira;
    static Incidents incidents;
    static IssueTracker tracker;
    static DerivedEntries derived;
    static int counter;

    @BeforeAll
    static void startEmptySandbox() throws Exception {
        server = SandboxFixture.start(dbDir, false);
        host = server.context();
        SandboxUsers users = host.users();
        users.create("admin", "Administrator", "admin", true);
        users.create("alice", "Alice Anders", "alice", false);
        users.create("carol", "Carol Chen", "carol", false);
        users.createProject("OPS", "Operations");
        users.createProject("PAY", "Payments");
        users.grant("alice", "OPS", SandboxUsers.Level.EDIT);
        users.grant("alice", "PAY", SandboxUsers.Level.EDIT);
        users.grant("carol", "OPS", SandboxUsers.Level.EDIT);
        jira = server.bound(JiraHost.class).orElseThrow();
        incidents = jira.component(Incidents.class);
        tracker = jira.component(IssueTracker.class);
        derived = jira.component(DerivedEntries.class);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void the_plugins_own_adapters_answer_core_s_ports() {
        assertThat(incidents.getClass().getName()).isEqualTo("io.debrief.plugin.jira.JiraIncidents");
        assertThat(tracker.getClass().getName()).isEqualTo("io.debrief.plugin.jira.JiraIssueTracker");
        assertThat(derived.getClass().getName()).isEqualTo("io.debrief.plugin.incident.JiraDerivedEntries");
    }

    // --- Incidents

    @Test
    void an_incident_issue_is_found_with_severity_owner_resolution_and_component() {
        Instant created = Instant.parse("2026-01-10T08:00:00Z");
        SandboxIssue issue = host.issues()
                .create(NewIssue.of("OPS", SandboxIssue.INCIDENT, "Checkout down", created)
                        .reportedBy("carol")
                        .assignedTo("alice")
                        .priority("Highest")
                        .component("api")
                        .resolvedAt(created.plus(Duration.ofMinutes(42)))
                        .build());

        IssueLookup lookup = incidents.lookup(issue.key());

        Incident incident = lookup.found().orElseThrow();
        assertThat(incident.ref()).isEqualTo(issue.ref());
        assertThat(incident.summary()).isEqualTo("Checkout down");
        assertThat(incident.severity()).isEqualTo(Severity.SEV1);
        assertThat(incident.owner()).isEqualTo(new UserRef("alice", "Alice Anders"));
        assertThat(incident.created()).isEqualTo(created);
        assertThat(incident.resolvedAt()).isEqualTo(created.plus(Duration.ofMinutes(42)));
        assertThat(incident.components()).containsExactly("api");
        assertThat(incidents.lookupById(issue.id())).isEqualTo(lookup);
    }

    @Test
    void incidents_resolved_in_a_period_come_from_one_search_oldest_resolution_first() {
        // given: incidents resolved before, in (twice) and after the period, one still open, and a resolved Task
        Instant from = Instant.parse("2025-05-01T00:00:00Z");
        Instant to = Instant.parse("2025-06-01T00:00:00Z");
        SandboxIssue before = resolvedIncident("Before", from.minusSeconds(3_600));
        SandboxIssue late = resolvedIncident("In, later", from.plus(Duration.ofDays(20)));
        SandboxIssue early = resolvedIncident("In, earlier", from.plus(Duration.ofDays(2)));
        SandboxIssue after = resolvedIncident("After", to.plusSeconds(60));
        host.issues()
                .create(NewIssue.of("OPS", SandboxIssue.INCIDENT, "Open", from)
                        .reportedBy("carol")
                        .build());
        host.issues()
                .create(NewIssue.of("OPS", "Task", "A task", from)
                        .reportedBy("carol")
                        .resolvedAt(from.plus(Duration.ofDays(3)))
                        .build());

        // when
        List<Incident> resolved = incidents.resolvedBetween(from, to, 100);

        // then
        assertThat(resolved)
                .extracting(Incident::key)
                .containsExactly(early.key(), late.key())
                .doesNotContain(before.key(), after.key());
        assertThat(resolved.get(0).resolvedAt()).isEqualTo(from.plus(Duration.ofDays(2)));
        assertThat(incidents.resolvedBetween(from, to, 1))
                .extracting(Incident::key)
                .containsExactly(early.key());
    }

    private SandboxIssue resolvedIncident(String summary, Instant resolved) {
        return host.issues()
                .create(NewIssue.of("OPS", SandboxIssue.INCIDENT, summary, resolved.minusSeconds(7_200))
                        .reportedBy("carol")
                        .resolvedAt(resolved)
                        .build());
    }

    @Test
    void an_unassigned_incident_is_owned_by_its_reporter_and_an_open_one_has_no_resolution() {
        SandboxIssue issue = host.issues()
                .create(NewIssue.of("OPS", SandboxIssue.INCIDENT, "Disk full", Instant.now())
                        .reportedBy("carol")
                        .build());

        Incident incident = incidents.lookup(issue.key()).found().orElseThrow();

        assertThat(incident.owner().key()).isEqualTo("carol");
        assertThat(incident.resolvedAt()).isNull();
        assertThat(incident.components()).isEmpty();
    }

    @Test
    void the_people_on_an_incident_are_its_reporter_assignee_and_commenters_by_display_name_and_username() {
        Instant opened = Instant.parse("2026-03-02T08:00:00Z");
        SandboxIssue issue = host.issues()
                .create(NewIssue.of("OPS", SandboxIssue.INCIDENT, "Queue stuck", opened)
                        .reportedBy("carol")
                        .build());
        host.issues().comment(issue.id(), "alice", "restarted the consumer", opened.plusSeconds(60));
        // a comment by someone Jira no longer knows names nobody
        host.issues().comment(issue.id(), "ghost", "old note", opened.plusSeconds(90));

        Set<String> people = incidents.peopleOn(incidents.byKey(issue.key()).orElseThrow());

        assertThat(people)
                .contains("Carol Chen", "carol", "Alice Anders", "alice")
                .doesNotContain("ghost");
    }

    @Test
    void the_hosts_watchers_are_those_of_jiras_default_auto_watch_the_reporter_and_each_commenter() {
        Instant opened = Instant.parse("2026-03-03T08:00:00Z");
        SandboxIssue issue = host.issues()
                .create(NewIssue.of("OPS", SandboxIssue.INCIDENT, "Disk full", opened)
                        .reportedBy("carol")
                        .build());
        host.issues().comment(issue.id(), "alice", "cleared the logs", opened.plusSeconds(60));
        host.issues().comment(issue.id(), "ghost", "old note", opened.plusSeconds(90));

        var watching = jira.component(com.atlassian.jira.issue.watchers.WatcherManager.class)
                .getWatchersUnsorted(jira.component(com.atlassian.jira.issue.IssueManager.class)
                        .getIssueObject(issue.key()));

        assertThat(watching)
                .extracting(com.atlassian.jira.user.ApplicationUser::getKey)
                .containsExactlyInAnyOrder("carol", "alice");
    }

    @Test
    void another_issue_type_is_not_an_incident_and_unknown_keys_are_missing() {
        SandboxIssue task = host.issues()
                .create(NewIssue.of("OPS", SandboxIssue.TASK, "Write docs", Instant.now())
                        .build());

        assertThat(incidents.lookup(task.key())).isEqualTo(new IssueLookup.NotAnIncident(task.ref()));
        assertThat(incidents.lookup("OPS-999")).isInstanceOf(IssueLookup.Missing.class);
        assertThat(incidents.lookup(" ")).isInstanceOf(IssueLookup.Missing.class);
        assertThat(incidents.lookupById(987_654)).isInstanceOf(IssueLookup.Missing.class);
    }

    // --- IssueTracker: action items

    @Test
    void an_action_item_is_a_labelled_task_linked_to_its_incident_created_by_the_person() {
        SandboxIssue incident = anIncident("PAY");
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(10);

        IssueRef item = SandboxFixture.as(
                server,
                "alice",
                () -> tracker.createActionItem(
                        new NewActionItem(
                                incident.ref(),
                                "PAY",
                                "Task",
                                "Alert on acquirer latency",
                                "alice",
                                due,
                                ActionItemCategory.DETECT),
                        "debrief"));

        SandboxIssue stored = host.issues().byKey(item.key()).orElseThrow();
        assertThat(stored.type()).isEqualTo(SandboxIssue.TASK);
        assertThat(stored.projectKey()).isEqualTo("PAY");
        assertThat(stored.reporter()).isEqualTo("alice");
        assertThat(stored.labels()).containsExactly("debrief", "debrief-detect");
        assertThat(host.issues().links(stored.id())).anySatisfy(link -> {
            assertThat(link.typeName()).isEqualTo("Debrief action item");
            assertThat(link.sourceId()).isEqualTo(stored.id());
            assertThat(link.destinationId()).isEqualTo(incident.id());
        });
        TrackedIssue tracked = tracker.find(item.key()).orElseThrow();
        assertThat(tracked.incident()).isEqualTo(incident.ref());
        assertThat(tracked.category()).isEqualTo(ActionItemCategory.DETECT);
        assertThat(tracked.status()).isEqualTo(StatusCategory.TO_DO);
        assertThat(tracked.assignee()).isEqualTo(new UserRef("alice", "Alice Anders"));
        assertThat(tracked.due()).isEqualTo(due);
        assertThat(tracked.summary()).isEqualTo("Alert on acquirer latency");
    }

    @Test
    void an_action_item_jira_refuses_is_refused_by_field_and_nothing_is_created() {
        SandboxIssue incident = anIncident("OPS");
        int before = host.issues().count();

        assertThat(fieldOf(() -> tracker.createActionItem(item(incident, "NOPE", "Task", null), "debrief")))
                .isEqualTo("projectKey");
        assertThat(fieldOf(() -> tracker.createActionItem(item(incident, "OPS", "Epic", null), "debrief")))
                .isEqualTo("issueType");
        assertThat(fieldOf(() -> tracker.createActionItem(item(incident, "OPS", "Bug", "nobody"), "debrief")))
                .isEqualTo("assignee");
        // Jira's own rule, checked by the host's IssueService: carol cannot be assigned in PAY, which she cannot browse
        assertThat(fieldOf(() -> tracker.createActionItem(item(anIncident("PAY"), "PAY", "Task", "carol"), "debrief")))
                .isEqualTo("assignee");
        assertThat(host.issues().count()).isEqualTo(before + 1);
    }

    @Test
    void a_label_is_added_once() {
        SandboxIssue task = host.issues()
                .create(NewIssue.of("OPS", SandboxIssue.TASK, "Tidy", Instant.now())
                        .build());

        assertThat(tracker.addLabel(task.ref(), "debrief")).isTrue();
        assertThat(tracker.addLabel(task.ref(), "debrief")).isFalse();
        assertThat(host.issues().byId(task.id()).orElseThrow().labels()).containsExactly("debrief");
    }

    // --- IssueTracker: searching debrief items (the plugin's JQL on the host's SearchService)

    @Test
    void debrief_items_are_searched_by_label_project_incident_and_state_as_far_as_the_person_may_see() {
        String label = "items-" + (++counter);
        SandboxIssue opsIncident = anIncident("OPS");
        SandboxIssue payIncident = anIncident("PAY");
        IssueRef ops1 = tracker.createActionItem(item(opsIncident, "OPS", "Task", null), label);
        IssueRef ops2 = tracker.createActionItem(item(opsIncident, "OPS", "Task", null), label);
        IssueRef pay = tracker.createActionItem(item(payIncident, "PAY", "Task", null), label);
        tracker.resolve(ops2, "Done", "finished");

        assertThat(keys(tracker.allDebriefItems(ItemSearch.open(label, Set.of()), Audience.system())))
                .containsExactly(ops1.key(), pay.key());
        assertThat(SandboxFixture.as(
                        server,
                        "carol",
                        () -> keys(tracker.allDebriefItems(ItemSearch.open(label, Set.of()), Audience.of(current())))))
                .containsExactly(ops1.key());
        assertThat(keys(tracker.allDebriefItems(ItemSearch.allOfIncident(label, opsIncident.ref()), Audience.system())))
                .containsExactly(ops1.key(), ops2.key());
        assertThat(keys(tracker.allDebriefItems(ItemSearch.open(label, Set.of("PAY")), Audience.system())))
                .containsExactly(pay.key());
    }

    @Test
    void debrief_items_come_in_pages_with_the_total() {
        String label = "paged-" + (++counter);
        SandboxIssue incident = anIncident("OPS");
        for (int i = 0; i < 5; i++) {
            tracker.createActionItem(item(incident, "OPS", "Task", null), label);
        }

        var second = tracker.debriefItems(ItemSearch.open(label, Set.of()), Audience.system(), new PageRequest(2, 2));

        assertThat(second.items()).hasSize(2);
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.hasMore()).isTrue();
    }

    @Test
    void a_search_pinned_to_issues_finds_exactly_what_a_search_of_every_issue_finds() {
        // given: issues in two projects, one labelled, one resolved
        SandboxIssue ops = anIncident("OPS");
        SandboxIssue pay = anIncident("PAY");
        SandboxIssue other = anIncident("OPS");
        host.issues().addLabel(pay.id(), "pinned");
        String[] clauses = {
            "issue in (" + ops.id() + ", " + pay.key() + ")",
            "issue in (" + ops.key().toLowerCase(java.util.Locale.ROOT) + ", 999999999, NOPE-1)",
            "key = " + other.key() + " AND project = OPS",
            "issue in (" + ops.id() + ", " + pay.id() + ") AND labels = pinned",
            "id = " + ops.id() + " OR issuekey = " + pay.key(),
            "issue in (" + ops.id() + ", " + pay.id() + ", " + other.id() + ") AND project != PAY ORDER BY key DESC",
        };
        for (String clause : clauses) {
            // when: pinned, as written; and the same clause with a branch that pins nothing (so every issue is read)
            String where = clause.contains(" ORDER BY") ? clause.substring(0, clause.indexOf(" ORDER BY")) : clause;
            String order = clause.substring(where.length());
            List<String> pinned = searchKeys("alice", clause);
            List<String> everyIssue =
                    searchKeys("alice", "(" + where + ") OR summary ~ \"no summary has this\"" + order);

            // then
            assertThat(pinned).as(clause).isEqualTo(everyIssue);
        }
        assertThat(searchKeys("alice", clauses[0])).containsExactly(pay.key(), ops.key());
        assertThat(searchKeys("alice", clauses[3])).containsExactly(pay.key());
        assertThat(searchKeys("carol", clauses[0]))
                .as("carol may not browse PAY")
                .containsExactly(ops.key());
    }

    private static List<String> searchKeys(String user, String jql) {
        return SandboxFixture.as(server, user, () -> {
            SearchService search = jira.component(SearchService.class);
            ApplicationUser person = jira.component(UserManager.class).getUserByName(user);
            SearchService.ParseResult parsed = search.parseQuery(person, jql);
            assertThat(parsed.isValid()).as(jql).isTrue();
            try {
                return search.search(person, parsed.getQuery(), new PagerFilter<>(0, 100)).getResults().stream()
                        .map(Issue::getKey)
                        .toList();
            } catch (SearchException e) {
                throw new AssertionError(jql, e);
            }
        });
    }

    // --- IssueTracker: review and checkpoint writes, through the workflow

    @Test
    void resolving_takes_the_workflows_done_transition_with_the_resolution_and_the_reason_as_a_comment() {
        IssueRef item = tracker.createActionItem(item(anIncident("OPS"), "OPS", "Task", null), "debrief");

        tracker.resolve(item, "won't do", "No longer relevant after the migration");

        TrackedIssue resolved = tracker.find(item.key()).orElseThrow();
        assertThat(resolved.status()).isEqualTo(StatusCategory.DONE);
        assertThat(resolved.resolved())
                .isBetween(host.clock().instant().minusSeconds(5), host.clock().instant());
        assertThat(host.issues().property(item.id(), "resolution")).hasValue("Won't Do");
        assertThat(host.issues().comments(item.id()))
                .extracting(c -> c.body())
                .containsExactly("No longer relevant after the migration");
    }

    @Test
    void unknown_resolutions_and_priorities_are_refused_by_field() {
        IssueRef item = tracker.createActionItem(item(anIncident("OPS"), "OPS", "Task", null), "debrief");

        assertThat(fieldOf(() -> {
                    tracker.resolve(item, "Abandoned", "");
                    return null;
                }))
                .isEqualTo("resolution");
        assertThat(fieldOf(() -> {
                    tracker.setPriority(item, "Urgent");
                    return null;
                }))
                .isEqualTo("priority");
        assertThat(tracker.find(item.key()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void priority_and_due_date_can_be_changed() {
        IssueRef item = tracker.createActionItem(item(anIncident("OPS"), "OPS", "Task", null), "debrief");
        LocalDate later = LocalDate.now(ZoneOffset.UTC).plusDays(30);

        tracker.setPriority(item, "high");
        tracker.setDue(item, later);

        TrackedIssue changed = tracker.find(item.key()).orElseThrow();
        assertThat(changed.priority()).isEqualTo("High");
        assertThat(changed.due()).isEqualTo(later);
    }

    @Test
    void a_checkpoint_is_a_sub_task_of_the_incident_found_again_by_its_number() {
        SandboxIssue incident = anIncident("OPS");
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(1);

        IssueRef checkpoint = tracker.createCheckpointSubTask(new NewCheckpointSubTask(
                incident.ref(),
                1,
                CheckpointSummary.of(1, 14, incident.ref()),
                List.of(),
                new UserRef("alice", "Alice Anders"),
                due));

        SandboxIssue stored = host.issues().byId(checkpoint.id()).orElseThrow();
        assertThat(stored.type()).isEqualTo(SandboxIssue.DEBRIEF_CHECKPOINT);
        assertThat(stored.parentId()).isEqualTo(incident.id());
        assertThat(stored.summary()).isEqualTo("Checkpoint 1 (14 days): " + incident.key() + " debrief");
        assertThat(stored.assignee()).isEqualTo("alice");
        assertThat(tracker.find(checkpoint.key()).orElseThrow().due()).isEqualTo(due);
        assertThat(tracker.findCheckpointSubTask(incident.ref(), 1)).hasValue(checkpoint);
        assertThat(tracker.findCheckpointSubTask(incident.ref(), 2)).isEmpty();
        assertThat(tracker.find(checkpoint.key()).orElseThrow().incident()).isEqualTo(incident.ref());
    }

    @Test
    void a_checkpoint_names_its_incident_and_items_and_links_each_item_as_related() {
        SandboxIssue incident = anIncident("PAY");
        IssueRef item = tracker.createActionItem(item(incident, "PAY", "Task", null), "debrief");

        IssueRef checkpoint = tracker.createCheckpointSubTask(new NewCheckpointSubTask(
                incident.ref(),
                1,
                CheckpointSummary.of(1, 14, incident.ref()),
                List.of(item),
                null,
                LocalDate.now(ZoneOffset.UTC)));

        assertThat(host.issues().property(checkpoint.id(), "description"))
                .hasValueSatisfying(
                        text -> assertThat(text).contains(incident.key()).contains(item.key()));
        assertThat(host.issues().links(checkpoint.id(), true)).singleElement().satisfies(link -> {
            assertThat(link.typeName()).isEqualTo("Relates");
            assertThat(link.destinationId()).isEqualTo(item.id());
        });
        // the item still belongs to its incident, not to the checkpoint that relates to it
        assertThat(tracker.find(item.key()).orElseThrow().incident()).isEqualTo(incident.ref());
    }

    @Test
    void a_checkpoint_whose_owner_cannot_be_assigned_in_the_project_opens_unassigned() {
        // carol owned the debrief but has no right in PAY: Jira refuses her as assignee there
        SandboxIssue incident = anIncident("PAY");

        IssueRef checkpoint = tracker.createCheckpointSubTask(new NewCheckpointSubTask(
                incident.ref(),
                1,
                CheckpointSummary.of(1, 14, incident.ref()),
                List.of(),
                new UserRef("carol", "Carol Chen"),
                LocalDate.now(ZoneOffset.UTC)));

        SandboxIssue stored = host.issues().byId(checkpoint.id()).orElseThrow();
        assertThat(stored.parentId()).isEqualTo(incident.id());
        assertThat(stored.assignee()).isNull();
    }

    // --- DerivedEntries

    @Test
    void a_resolved_incident_derives_its_resolution_as_a_status_change_and_an_open_one_derives_nothing() {
        SandboxIssue resolved = anIncident("OPS");
        SandboxIssue open = host.issues()
                .create(NewIssue.of("OPS", SandboxIssue.INCIDENT, "Open", Instant.now())
                        .build());

        List<TimelineEntry> entries = derived.of(incident(resolved));

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(EntryKind.STATUS_CHANGE);
            assertThat(entry.source()).isEqualTo(EntrySource.JIRA_HISTORY);
            assertThat(entry.at()).isEqualTo(resolved.resolved());
            assertThat(entry.sourceRef()).isNotBlank();
            assertThat(entry.text()).contains("Done");
        });
        assertThat(derived.of(incident(open))).isEmpty();
    }

    @Test
    void status_changes_and_comments_become_derived_entries_as_in_jira_long_comments_cut() {
        // given an open incident that bob moves to In Progress, then two comments
        Instant opened = Instant.now().minus(Duration.ofHours(2));
        SandboxIssue incident = host.issues()
                .create(NewIssue.of("OPS", SandboxIssue.INCIDENT, "Queue stuck", opened)
                        .reportedBy("carol")
                        .build());
        host.issues().transition(incident.id(), "In Progress", "indeterminate", opened.plusSeconds(60), "bob");
        host.issues().comment(incident.id(), "bob", "Rolled back release 4.12", opened.plusSeconds(600));
        host.issues().comment(incident.id(), "alice", "word ".repeat(200), opened.plusSeconds(900));

        // when
        List<TimelineEntry> entries = derived.of(incident(incident));

        // then
        assertThat(entries)
                .extracting(TimelineEntry::kind, TimelineEntry::text)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple(EntryKind.STATUS_CHANGE, "Open \u2192 In Progress"),
                        org.assertj.core.groups.Tuple.tuple(EntryKind.COMMENT, "Rolled back release 4.12"));
        assertThat(entries.get(0).sourceRef()).startsWith("history:").endsWith(":status");
        assertThat(entries.get(1).source()).isEqualTo(EntrySource.COMMENT);
        assertThat(entries.get(1).sourceRef()).startsWith("comment:");
        assertThat(entries.get(2).text())
                .hasSizeLessThanOrEqualTo(CommentExcerpt.MAX_CHARS)
                .endsWith("\u2026");
        assertThat(entries).extracting(TimelineEntry::sourceRef).doesNotHaveDuplicates();
    }

    @Test
    void a_label_change_is_an_issue_update_in_the_history_so_the_listener_can_see_it_taken_off() {
        SandboxIssue task = host.issues()
                .create(NewIssue.of("OPS", SandboxIssue.TASK, "Tidy more", Instant.now())
                        .build());
        tracker.addLabel(task.ref(), "x-" + (++counter));

        var changes = host.issues().changes(task.id());

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("labels");
            assertThat(change.from()).isEmpty();
            assertThat(change.to()).isEqualTo("x-" + counter);
        });
    }

    // --- helpers

    private static Viewer current() {
        return jira.component(ViewerProvider.class).current();
    }

    private static Incident incident(SandboxIssue issue) {
        return incidents.lookup(issue.key()).found().orElseThrow();
    }

    private static SandboxIssue anIncident(String project) {
        Instant created = Instant.now().minus(Duration.ofHours(3));
        return host.issues()
                .create(NewIssue.of(project, SandboxIssue.INCIDENT, "Incident " + (++counter), created)
                        .reportedBy("alice")
                        .priority("High")
                        .resolvedAt(created.plus(Duration.ofHours(1)))
                        .build());
    }

    private static NewActionItem item(SandboxIssue incident, String project, String type, String assignee) {
        return new NewActionItem(
                incident.ref(), project, type, "Item " + (++counter), assignee, null, ActionItemCategory.PREVENT);
    }

    private static List<String> keys(List<TrackedIssue> issues) {
        return issues.stream().map(TrackedIssue::key).toList();
    }

    private static String fieldOf(java.util.function.Supplier<?> call) {
        try {
            call.get();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(ValidationError::field).findFirst().orElse("");
        }
        throw new AssertionError("expected the call to be refused");
    }
}

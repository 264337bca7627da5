package io.debrief.plugin.review.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.aohost.AoDatabases;
import io.debrief.aohost.EntityManagerActiveObjects;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.PageRequest;
import io.debrief.core.review.IndexedItem;
import io.debrief.core.review.ItemIndexing;
import io.debrief.core.review.MonthlyReviewService;
import io.debrief.core.review.ReviewGrouping;
import io.debrief.core.review.ReviewQuery;
import io.debrief.core.review.ReviewSort;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.testkit.TrackerFixtures;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.tracker.StatusCategory;
import io.debrief.core.tracker.TrackedIssue;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.persistence.AoItemIndex;
import io.debrief.plugin.persistence.PersistenceStores;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrade task 2 on a database written by release 1.0 (the seeded sandbox): the item index, new in this release, is
 * filled with every labelled issue the tracker holds, and the review served from it answers as reading every item.
 */
class Upgrade02FillItemIndexTest {

    private static final String FIXTURE = "/fixtures/release-1.0-sandbox-seed.h2.sql.gz";
    private static final String SANDBOX = "AO_4B3218_";

    @TempDir
    Path temp;

    private String name;
    private final TestClock clock = TestClock.at("2026-12-04T12:00:00Z");
    private final InMemoryIssueTracker tracker = new InMemoryIssueTracker(clock);
    private final List<TrackedIssue> labelled = new ArrayList<>();
    private AoItemIndex index;
    private DebriefApplication app;
    private PersistenceStores stores;

    @BeforeEach
    void givenTheDatabaseOfRelease10AndTheIssuesItsSandboxHeld() throws Exception {
        name = "upgrade2" + UUID.randomUUID().toString().replace("-", "");
        Path script = temp.resolve("fixture.sql.gz");
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        try (Connection connection = connection();
                Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "' COMPRESSION GZIP");
        }
        Map<Long, Set<String>> labels = new HashMap<>();
        for (Map<String, Object> row : rows("SELECT * FROM " + SANDBOX + "SB_LABEL")) {
            labels.computeIfAbsent(id(row, "ISSUE_ID"), k -> new HashSet<>()).add((String) row.get("LABEL"));
        }
        Map<Long, IssueRef> refs = new HashMap<>();
        List<Map<String, Object>> issues = rows("SELECT * FROM " + SANDBOX + "SB_ISSUE ORDER BY ID");
        for (Map<String, Object> row : issues) {
            refs.put(id(row, "ID"), new IssueRef(id(row, "ID"), (String) row.get("ISSUE_KEY"), (String)
                    row.get("PROJECT_KEY")));
        }
        Map<Long, IssueRef> incidentOf = new HashMap<>();
        for (Map<String, Object> row :
                rows("SELECT * FROM " + SANDBOX + "SB_LINK WHERE TYPE_NAME = 'Debrief action item'")) {
            incidentOf.put(id(row, "SOURCE_ID"), refs.get(id(row, "DESTINATION_ID")));
        }
        for (Map<String, Object> row : issues) {
            long id = id(row, "ID");
            Timestamp due = (Timestamp) row.get("DUE");
            Timestamp resolved = (Timestamp) row.get("RESOLVED");
            TrackedIssue issue = new TrackedIssue(
                    refs.get(id),
                    status((String) row.get("STATUS_CATEGORY")),
                    (String) row.get("SUMMARY"),
                    null,
                    due == null ? null : due.toLocalDateTime().toLocalDate(),
                    ((Timestamp) row.get("CREATED")).toInstant(),
                    resolved == null ? null : resolved.toInstant(),
                    (String) row.get("PRIORITY"),
                    labels.getOrDefault(id, Set.of()),
                    row.get("COMPONENT") == null ? Set.of() : Set.of((String) row.get("COMPONENT")),
                    incidentOf.get(id),
                    null);
            tracker.given(issue);
            if (issue.hasLabel("debrief")) {
                labelled.add(issue);
            }
        }
    }

    /** What the plugin does at enable: AO migrates the tables (the index table is new), then SAL runs the task. */
    private void whenThePluginIsUpgraded() {
        EntityManagerActiveObjects ao = AoDatabases.h2InMemory(name);
        ao.migrate(AoTestDatabase.entities().toArray(Class[]::new));
        stores = PersistenceStores.over(ao);
        index = new AoItemIndex(ao);
        app = new DebriefApplication(
                new InMemoryIncidents(),
                DerivedEntries.NONE,
                stores.timeline(),
                stores.debriefs(),
                tracker,
                stores.checkpoints(),
                stores.heldDebriefs(),
                stores.reviewDecisions(),
                stores.labelRemovals(),
                stores.settings(),
                stores.suggestedItems(),
                clock,
                index);
        ItemIndexing.Feed everyItem = each -> {
            tracker.allDebriefItems(
                            io.debrief.core.tracker.ItemSearch.allOfIncident("debrief", null),
                            io.debrief.core.tracker.Audience.system())
                    .forEach(issue -> each.accept(new ItemIndexing.Seen(issue, false)));
            return true;
        };
        assertThat(new Upgrade02FillItemIndex(app, everyItem).doUpgrade()).isEmpty();
    }

    @Test
    void every_labelled_issue_is_indexed_with_its_incident_state_and_days() {
        // given
        assertThat(labelled).hasSizeGreaterThan(20);

        // when
        whenThePluginIsUpgraded();

        // then
        assertThat(index.itemIds())
                .containsExactlyInAnyOrderElementsOf(
                        labelled.stream().map(issue -> issue.ref().id()).toList());
        List<IndexedItem> rows =
                index.rows(labelled.stream().map(TrackedIssue::ref).toList());
        assertThat(rows)
                .containsExactlyInAnyOrderElementsOf(labelled.stream()
                        .map(issue -> IndexedItem.of(issue, false, clock.getZone()))
                        .toList());
        assertThat(rows).filteredOn(row -> row.incident() != null).hasSizeGreaterThan(20);
    }

    @Test
    void the_review_from_the_index_answers_as_reading_every_item_did_in_release_10() {
        // given
        whenThePluginIsUpgraded();
        MonthlyReviewService reading = new MonthlyReviewService(
                tracker, stores.checkpoints(), stores.reviewDecisions(), stores.settings(), clock);
        ScriptedViewer viewer = ScriptedViewer.as(TrackerFixtures.ALICE);

        for (ReviewSort sort : ReviewSort.values()) {
            ReviewQuery query = new ReviewQuery(Set.of(), 0, ReviewGrouping.INCIDENT, sort, PageRequest.first(10));

            // when
            tracker.resetCounts();
            var fromIndex = app.review().query(query, viewer);
            int searches = tracker.searches();

            // then
            assertThat(fromIndex).as("%s", sort).isEqualTo(reading.query(query, viewer));
            assertThat(fromIndex.page().items()).isNotEmpty();
            assertThat(searches).as("tracker searches for one page").isEqualTo(1);
        }
    }

    /** What the second run of the task writes: the same rows, nothing more. */
    @Test
    void running_it_again_keeps_the_same_rows() {
        whenThePluginIsUpgraded();
        Set<Long> first = index.itemIds();

        whenThePluginIsUpgraded();

        assertThat(index.itemIds()).isEqualTo(first);
    }

    private static StatusCategory status(String category) {
        return switch (category) {
            case "done" -> StatusCategory.DONE;
            case "new" -> StatusCategory.TO_DO;
            default -> StatusCategory.IN_PROGRESS;
        };
    }

    private static long id(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    private List<Map<String, Object>> rows(String sql) {
        try (Connection connection = connection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    row.put(meta.getColumnName(column), result.getObject(column));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

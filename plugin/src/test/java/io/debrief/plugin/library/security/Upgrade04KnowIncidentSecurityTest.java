package io.debrief.plugin.library.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.aohost.AoDatabases;
import io.debrief.aohost.EntityManagerActiveObjects;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.PageRequest;
import io.debrief.core.debrief.LibraryQuery;
import io.debrief.core.debrief.PublishedIncidentSecurity;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.Severity;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.testkit.TrackerFixtures;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.plugin.DebriefApplication;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrade task 4 on a database written by release 1.0 (the seeded sandbox): every published debrief learns whether its
 * incident is under an issue security level, as Jira holds it now, and nothing else changes; the library then pages
 * in one read of at most a page of incidents and never shows or counts a secured incident its reader may not see.
 */
class Upgrade04KnowIncidentSecurityTest {

    private static final String FIXTURE = "/fixtures/release-1.0-sandbox-seed.h2.sql.gz";
    private static final String SANDBOX = "AO_4B3218_";
    private static final String DEBRIEF = "AO_CFD25E_DEBRIEF";

    @TempDir
    Path temp;

    private String name;
    private final TestClock clock = TestClock.at("2026-12-04T12:00:00Z");
    private final InMemoryIncidents incidents = new InMemoryIncidents().withBulkRead();
    private final List<Incident> published = new ArrayList<>();
    private Incident secured;
    private Incident deleted;
    private PersistenceStores stores;
    private DebriefApplication app;

    @BeforeEach
    void givenTheDatabaseOfRelease10AndTheIncidentsJiraHoldsNow() throws Exception {
        name = "upgrade4" + UUID.randomUUID().toString().replace("-", "");
        Path script = temp.resolve("fixture.sql.gz");
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        try (Connection connection = connection();
                Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "' COMPRESSION GZIP");
        }
        List<Long> publishedIds = rows("SELECT INCIDENT_ID FROM " + DEBRIEF
                        + " WHERE STATUS = 'PUBLISHED' AND PROJECT_KEY = 'OPS' ORDER BY INCIDENT_ID")
                .stream()
                .map(row -> id(row, "INCIDENT_ID"))
                .toList();
        for (Map<String, Object> row :
                rows("SELECT * FROM " + SANDBOX + "SB_ISSUE WHERE ISSUE_TYPE = 'Incident' ORDER BY ID")) {
            long id = id(row, "ID");
            Timestamp resolved = (Timestamp) row.get("RESOLVED");
            boolean putUnderALevel = publishedIds.size() > 2 && id == publishedIds.get(1);
            Incident incident = new Incident(
                    new IssueRef(id, (String) row.get("ISSUE_KEY"), (String) row.get("PROJECT_KEY")),
                    (String) row.get("SUMMARY"),
                    Severity.fromPriorityName((String) row.get("PRIORITY")),
                    ((Timestamp) row.get("CREATED")).toInstant(),
                    resolved == null ? null : resolved.toInstant(),
                    TrackerFixtures.ALICE,
                    Set.of(),
                    putUnderALevel);
            if (publishedIds.contains(id)) {
                published.add(incident);
            }
            if (putUnderALevel) {
                secured = incident;
            }
            if (publishedIds.size() > 2 && id == publishedIds.get(2)) {
                deleted = incident; // deleted in Jira since: not given to the tracker
            } else {
                incidents.with(incident);
            }
        }
    }

    /** What the plugin does at enable: AO migrates the tables (DEBRIEF gains a column), then SAL runs the task. */
    private void whenThePluginIsUpgraded() {
        migrated();
        JiraLibrarySecurity security =
                new JiraLibrarySecurity(new PublishedIncidentSecurity(stores.debriefs(), incidents), null);
        assertThat(new Upgrade04KnowIncidentSecurity(security).doUpgrade()).isEmpty();
    }

    private void migrated() {
        EntityManagerActiveObjects ao = AoDatabases.h2InMemory(name);
        ao.migrate(AoTestDatabase.entities().toArray(Class[]::new));
        stores = PersistenceStores.over(ao);
        app = new DebriefApplication(
                incidents,
                DerivedEntries.NONE,
                stores.timeline(),
                stores.debriefs(),
                new InMemoryIssueTracker(clock),
                stores.checkpoints(),
                stores.heldDebriefs(),
                stores.reviewDecisions(),
                stores.labelRemovals(),
                stores.settings(),
                stores.suggestedItems(),
                clock);
    }

    @Test
    void every_published_debrief_knows_whether_its_incident_is_secured_and_nothing_else_changes() {
        // given
        assertThat(published).hasSizeGreaterThan(5);
        migrated();
        List<Map<String, Object>> before = rows("SELECT * FROM " + DEBRIEF + " ORDER BY ID");

        // when
        whenThePluginIsUpgraded();

        // then
        List<Map<String, Object>> after = rows("SELECT * FROM " + DEBRIEF + " ORDER BY ID");
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < after.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>(after.get(i));
            Object kept = row.remove("INCIDENT_SECURED");
            Map<String, Object> was = new LinkedHashMap<>(before.get(i));
            assertThat(was.remove("INCIDENT_SECURED"))
                    .as("not known before the task")
                    .isNull();
            assertThat(row).as("every other column").isEqualTo(was);
            long incident = id(row, "INCIDENT_ID");
            if (!"PUBLISHED".equals(row.get("STATUS"))) {
                assertThat(kept).as("not published: left for its next save").isNull();
            } else if (incident == secured.id() || incident == deleted.id()) {
                assertThat(kept)
                        .as("%s secured or gone", row.get("INCIDENT_KEY"))
                        .isEqualTo(true);
            } else {
                assertThat(kept).as("%s", row.get("INCIDENT_KEY")).isEqualTo(false);
            }
        }
    }

    @Test
    void the_library_then_reads_at_most_a_page_of_incidents_and_hides_the_secured_one_from_who_may_not_see_it() {
        // given
        whenThePluginIsUpgraded();
        ScriptedViewer keptOut = ScriptedViewer.as(TrackerFixtures.ALICE).cannotBrowse(secured.ref());
        LibraryQuery firstPage = new LibraryQuery("", "OPS", null, null, PageRequest.first(3));
        LibraryQuery everything = new LibraryQuery("", "OPS", null, null, PageRequest.first(100));
        long visible = published.size() - 2; // neither the secured one nor the deleted one

        // when
        incidents.resetCounts();
        var page = app.search(firstPage, keptOut);
        int searches = incidents.searches();
        int materialised = incidents.materialised();
        var all = app.search(everything, keptOut);

        // then
        assertThat(page.items()).hasSize(3);
        assertThat(page.total()).isEqualTo(visible);
        assertThat(searches).as("searches").isEqualTo(1);
        assertThat(materialised)
                .as("incidents read: the page and the 2 secured ones")
                .isLessThanOrEqualTo(3 + 2);
        assertThat(all.items()).extracting(entry -> entry.incident().key()).doesNotContain(secured.key());
        assertThat(all.items()).hasSize((int) visible);
        assertThat(app.search(everything, ScriptedViewer.as(TrackerFixtures.ALICE))
                        .total())
                .as("whoever may see the secured one sees it counted")
                .isEqualTo(visible + 1);
    }

    @Test
    void running_it_again_changes_nothing() {
        whenThePluginIsUpgraded();
        List<Map<String, Object>> first = rows("SELECT * FROM " + DEBRIEF + " ORDER BY ID");

        whenThePluginIsUpgraded();

        assertThat(rows("SELECT * FROM " + DEBRIEF + " ORDER BY ID")).isEqualTo(first);
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
                    Object value = result.getObject(column);
                    row.put(
                            meta.getColumnName(column),
                            value instanceof java.sql.Clob ? result.getString(column) : value);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

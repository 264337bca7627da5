package io.debrief.plugin.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.aohost.AoDatabases;
import io.debrief.aohost.EntityManagerActiveObjects;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.debrief.Debrief;
import io.debrief.core.debrief.DebriefStatus;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.Severity;
import io.debrief.core.insights.IncidentIndexing;
import io.debrief.core.insights.IndexedIncident;
import io.debrief.core.insights.Insights;
import io.debrief.core.insights.InsightsQuery;
import io.debrief.core.insights.InsightsReport;
import io.debrief.core.review.IndexedItem;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.timeline.Timeline;
import io.debrief.plugin.persistence.AoIncidentIndex;
import io.debrief.plugin.persistence.AoInsightsSettings;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * Upgrade task 5 on a database written by release 1.0 (the seeded sandbox), after upgrade 2 filled the item index:
 * the incident index, new in this release, holds every incident with its timeline's facts, its debrief and its items,
 * and the insights count that history.
 */
class Upgrade05FillIncidentIndexTest {

    private static final String FIXTURE = "/fixtures/release-1.0-sandbox-seed.h2.sql.gz";
    private static final String SANDBOX = "AO_4B3218_";

    @TempDir
    Path temp;

    private String name;
    private final TestClock clock = TestClock.at("2026-12-04T12:00:00Z");
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final List<Incident> incidentList = new ArrayList<>();
    private final Map<Long, Set<String>> labels = new HashMap<>();
    private final List<IndexedItem> items = new ArrayList<>();
    private PersistenceStores stores;
    private AoIncidentIndex index;
    private IncidentIndexing indexing;

    @BeforeEach
    void givenTheDatabaseOfRelease10WithItsItemIndexFilled() throws Exception {
        name = "upgrade5" + UUID.randomUUID().toString().replace("-", "");
        Path script = temp.resolve("fixture.sql.gz");
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        try (Connection connection = connection();
                Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "' COMPRESSION GZIP");
        }
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
            Instant created = ((Timestamp) row.get("CREATED")).toInstant();
            Timestamp resolved = (Timestamp) row.get("RESOLVED");
            if ("Incident".equals(row.get("ISSUE_TYPE"))) {
                Incident incident = new Incident(
                        refs.get(id),
                        (String) row.get("SUMMARY"),
                        Severity.SEV2,
                        created,
                        resolved == null ? null : resolved.toInstant(),
                        new UserRef((String) row.get("REPORTER"), (String) row.get("REPORTER")),
                        row.get("COMPONENT") == null ? Set.of() : Set.of((String) row.get("COMPONENT")));
                incidents.with(incident);
                incidentList.add(incident);
            } else if (labels.getOrDefault(id, Set.of()).contains("debrief")) {
                Timestamp due = (Timestamp) row.get("DUE");
                LocalDate dueDay = due == null ? null : due.toLocalDateTime().toLocalDate();
                Instant end = resolved == null ? null : resolved.toInstant();
                items.add(new IndexedItem(
                        refs.get(id),
                        incidentOf.get(id),
                        end == null,
                        LocalDate.ofInstant(created, ZoneOffset.UTC),
                        dueDay,
                        end,
                        end != null
                                && (dueDay == null
                                        || !LocalDate.ofInstant(end, ZoneOffset.UTC)
                                                .isAfter(dueDay)),
                        false));
            }
        }
    }

    /** What the plugin does at enable: AO migrates the tables (the index table is new), then SAL runs the tasks. */
    private void whenThePluginIsUpgraded() {
        EntityManagerActiveObjects ao = AoDatabases.h2InMemory(name);
        ao.migrate(AoTestDatabase.entities().toArray(Class[]::new));
        stores = PersistenceStores.over(ao);
        AoItemIndex itemIndex = new AoItemIndex(ao);
        if (itemIndex.itemIds().isEmpty()) {
            itemIndex.insertNew(items);
        }
        index = new AoIncidentIndex(ao);
        indexing = new IncidentIndexing(
                index, incidents, stores.timeline(), stores.debriefs(), itemIndex, stores.reviewDecisions());
        IncidentIndexing.Feed everyIncident = each -> {
            incidentList.forEach(incident -> each.accept(new IncidentIndexing.Fed(
                    incident, new IncidentIndexing.Seen(labels.getOrDefault(incident.id(), Set.of()), false))));
            return true;
        };
        assertThat(new Upgrade05FillIncidentIndex(indexing, everyIncident).doUpgrade())
                .isEmpty();
    }

    @Test
    void every_incident_is_indexed_with_its_facts_debrief_and_items() {
        // given
        assertThat(incidentList).hasSizeGreaterThan(5);

        // when
        whenThePluginIsUpgraded();

        // then
        assertThat(index.incidentIds())
                .containsExactlyInAnyOrderElementsOf(
                        incidentList.stream().map(Incident::id).toList());
        Map<Long, IndexedIncident> rows = new HashMap<>();
        index.relevantSince(null, Instant.EPOCH)
                .forEach(row -> rows.put(row.ref().id(), row));
        int withItems = 0;
        int held = 0;
        for (Incident incident : incidentList) {
            IndexedIncident row = rows.get(incident.id());
            assertThat(row.facts())
                    .as(incident.key())
                    .isEqualTo(Timeline.of(stores.timeline().entries(incident.id(), false))
                            .facts(incident));
            assertThat(row.debrief())
                    .isEqualTo(stores.debriefs()
                            .find(incident.id())
                            .map(Debrief::status)
                            .orElse(DebriefStatus.AWAITING));
            assertThat(row.items())
                    .extracting(item -> item.ref().key())
                    .containsExactlyInAnyOrderElementsOf(items.stream()
                            .filter(item ->
                                    item.incident() != null && item.incident().id() == incident.id())
                            .map(item -> item.item().key())
                            .toList());
            withItems += row.items().isEmpty() ? 0 : 1;
            held += row.heldAt() == null ? 0 : 1;
        }
        assertThat(withItems).as("incidents with items").isGreaterThan(3);
        assertThat(held).as("incidents with a held debrief").isGreaterThan(3);
    }

    @Test
    void the_insights_count_the_sites_history_at_once() {
        // given
        whenThePluginIsUpgraded();
        Insights insights =
                new Insights(index, new AoInsightsSettings(AoDatabases.h2InMemory(name)), stores.settings(), clock);

        // when
        InsightsReport report = insights.report(
                InsightsQuery.parse("12", null, "component"), ScriptedViewer.as(new UserRef("alice", "Alice")));

        // then: every incident of the seed began within the last year
        assertThat(report.total().incidents()).isEqualTo(incidentList.size());
        assertThat(report.total().detectTarget().of()).isPositive();
        assertThat(report.total().items().created())
                .isEqualTo(
                        items.stream().filter(item -> item.incident() != null).count());
        assertThat(report.groups()).isNotEmpty();
    }

    @Test
    void running_it_again_keeps_the_same_rows() {
        whenThePluginIsUpgraded();
        List<IndexedIncident> first = index.relevantSince(null, Instant.EPOCH);

        whenThePluginIsUpgraded();

        assertThat(index.relevantSince(null, Instant.EPOCH)).containsExactlyInAnyOrderElementsOf(first);
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

package io.debrief.plugin.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.aohost.AoDatabases;
import io.debrief.aohost.EntityManagerActiveObjects;
import io.debrief.core.common.UserRef;
import io.debrief.core.debrief.Debrief;
import io.debrief.core.debrief.DebriefStatus;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.Severity;
import io.debrief.core.settings.Targets;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.IncidentFixtures;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.Timeline;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.persistence.PersistenceStores;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Clob;
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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrade task 1 on a database written by release 1.0 (the seeded sandbox: 19 published debriefs among 25, see
 * {@code fixtures/README.md}): every published debrief gets its record, nothing a user wrote changes.
 */
class Upgrade01RecordPublishedDebriefsTest {

    private static final String FIXTURE = "/fixtures/release-1.0-sandbox-seed.h2.sql.gz";
    private static final String PREFIX = "AO_CFD25E_";

    @TempDir
    Path temp;

    private String name;
    private EntityManagerActiveObjects ao;
    private DebriefApplication app;
    private PersistenceStores stores;
    private final InMemoryIncidents incidents = new InMemoryIncidents();

    @BeforeEach
    void givenTheDatabaseOfRelease10() throws Exception {
        name = "upgrade" + UUID.randomUUID().toString().replace("-", "");
        Path script = temp.resolve("fixture.sql.gz");
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        try (Connection connection = connection();
                Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "' COMPRESSION GZIP");
        }
        // the incidents as release 1.0's sandbox read them: owner = assignee, else reporter; severity from priority
        Map<String, String> names = new LinkedHashMap<>();
        for (Map<String, Object> user : rows("SELECT * FROM AO_4B3218_SB_USER")) {
            names.put((String) user.get("USER_NAME"), (String) user.get("DISPLAY_NAME"));
        }
        for (Map<String, Object> issue : rows("SELECT * FROM AO_4B3218_SB_ISSUE WHERE ISSUE_TYPE = 'Incident'")) {
            Timestamp resolved = (Timestamp) issue.get("RESOLVED");
            String owner =
                    issue.get("ASSIGNEE") != null ? (String) issue.get("ASSIGNEE") : (String) issue.get("REPORTER");
            String component = (String) issue.get("COMPONENT");
            incidents.with(IncidentFixtures.anIncident()
                    .id(((Number) issue.get("ID")).longValue())
                    .key((String) issue.get("ISSUE_KEY"))
                    .summary((String) issue.get("SUMMARY"))
                    .severity(Severity.fromPriorityName((String) issue.get("PRIORITY")))
                    .owner(owner == null ? null : new UserRef(owner, names.getOrDefault(owner, owner)))
                    .components(component == null ? new String[0] : new String[] {component})
                    .resolvedAt(resolved == null ? null : resolved.toInstant())
                    .build());
        }
    }

    /** What the plugin does at enable: AO migrates the tables to the new entities, then SAL runs the task. */
    private void whenThePluginIsUpgraded() {
        ao = AoDatabases.h2InMemory(name);
        ao.migrate(AoTestDatabase.entities().toArray(Class[]::new));
        stores = PersistenceStores.over(ao);
        TestClock clock = TestClock.at("2026-12-04T12:00:00Z");
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
        assertThat(new Upgrade01RecordPublishedDebriefs(app).doUpgrade()).isEmpty();
    }

    @Test
    void every_published_debrief_is_recorded_against_its_projects_targets_and_its_timeline() {
        // given
        List<Map<String, Object>> published = rows("SELECT * FROM " + PREFIX + "DEBRIEF WHERE STATUS = 'PUBLISHED'");
        assertThat(published).hasSize(19);

        // when
        whenThePluginIsUpgraded();

        // then
        for (Map<String, Object> row : published) {
            long id = ((Number) row.get("INCIDENT_ID")).longValue();
            Debrief debrief = stores.debriefs().find(id).orElseThrow();
            Incident incident = incidents.byId(id).orElseThrow();
            Timeline timeline = Timeline.of(stores.timeline().entries(id, true));
            Targets projectTargets =
                    stores.settings().forProject(incident.projectKey()).targets();
            assertThat(debrief.record())
                    .as("record of %s", row.get("INCIDENT_KEY"))
                    .isNotNull();
            assertThat(debrief.record().targets()).isEqualTo(projectTargets);
            assertThat(debrief.record().facts()).isEqualTo(timeline.facts(incident));
            assertThat(debrief.record().timeline()).isEqualTo(timeline.entries());
        }
    }

    @Test
    void nothing_a_user_wrote_changes_and_only_the_version_of_published_debriefs_moves() {
        // given
        List<Map<String, Object>> debriefsBefore = rows("SELECT * FROM " + PREFIX + "DEBRIEF ORDER BY ID");
        List<Map<String, Object>> entriesBefore = rows("SELECT * FROM " + PREFIX + "TL_ENTRY ORDER BY ID");
        Map<String, Long> otherTables = counts();

        // when
        whenThePluginIsUpgraded();

        // then
        List<Map<String, Object>> debriefsAfter = rows("SELECT * FROM " + PREFIX + "DEBRIEF ORDER BY ID");
        assertThat(debriefsAfter).hasSameSizeAs(debriefsBefore);
        for (int i = 0; i < debriefsBefore.size(); i++) {
            Map<String, Object> before = debriefsBefore.get(i);
            Map<String, Object> after = debriefsAfter.get(i);
            int raise = DebriefStatus.PUBLISHED.name().equals(before.get("STATUS")) ? 1 : 0;
            for (Map.Entry<String, Object> column : before.entrySet()) {
                if (column.getKey().equals("DEBRIEF_VERSION")) {
                    assertThat(((Number) after.get("DEBRIEF_VERSION")).intValue())
                            .isEqualTo(((Number) column.getValue()).intValue() + raise);
                } else {
                    assertThat(after.get(column.getKey()))
                            .as("%s of %s", column.getKey(), before.get("INCIDENT_KEY"))
                            .isEqualTo(column.getValue());
                }
            }
        }
        // entries written before approximate times existed read as exact (the column's default), nothing else moves
        List<Map<String, Object>> entriesAfter = rows("SELECT * FROM " + PREFIX + "TL_ENTRY ORDER BY ID");
        assertThat(entriesAfter)
                .allSatisfy(row -> assertThat(row.remove("APPROXIMATE")).isEqualTo(false));
        assertThat(entriesAfter).isEqualTo(entriesBefore);
        Map<String, Long> countsAfter = counts();
        countsAfter.keySet().retainAll(otherTables.keySet());
        otherTables.put(PREFIX + "DEBRIEF_REV", otherTables.get(PREFIX + "DEBRIEF_REV") + 19);
        assertThat(countsAfter).isEqualTo(otherTables);
    }

    @Test
    void running_it_again_changes_nothing() {
        // given
        whenThePluginIsUpgraded();
        List<Map<String, Object>> once = rows("SELECT * FROM " + PREFIX + "DEBRIEF ORDER BY ID");
        long entries = counts().get(PREFIX + "PUB_ENTRY");

        // when
        assertThat(new Upgrade01RecordPublishedDebriefs(app).doUpgrade()).isEmpty();

        // then
        assertThat(rows("SELECT * FROM " + PREFIX + "DEBRIEF ORDER BY ID")).isEqualTo(once);
        assertThat(counts().get(PREFIX + "PUB_ENTRY")).isEqualTo(entries).isPositive();
    }

    @Test
    void it_is_task_1_of_this_plugin() {
        whenThePluginIsUpgraded();
        Upgrade01RecordPublishedDebriefs task = new Upgrade01RecordPublishedDebriefs(app);

        assertThat(task.getBuildNumber()).isEqualTo(1);
        assertThat(task.getPluginKey()).isEqualTo("io.debrief.debrief-plugin");
        assertThat(task.getShortDescription()).isNotBlank();
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map<String, Object> table : rows("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
            String table_ = (String) table.get("TABLE_NAME");
            counts.put(
                    table_,
                    ((Number) rows("SELECT COUNT(*) AS N FROM " + table_).get(0).get("N")).longValue());
        }
        return counts;
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
                    // CLOBs (unlimited text) compare by their text, not by identity
                    row.put(
                            meta.getColumnName(column),
                            value instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : value);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

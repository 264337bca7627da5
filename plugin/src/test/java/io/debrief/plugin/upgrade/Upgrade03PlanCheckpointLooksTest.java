package io.debrief.plugin.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.aohost.AoDatabases;
import io.debrief.aohost.EntityManagerActiveObjects;
import io.debrief.core.checkpoint.HeldDebrief;
import io.debrief.core.checkpoint.HeldDebriefs;
import io.debrief.core.checkpoint.OpenDueCheckpoints;
import io.debrief.core.common.IssueRef;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.TestClock;
import io.debrief.plugin.persistence.AoHeldDebriefs;
import io.debrief.plugin.persistence.PersistenceStores;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrade task 3 on a database written by release 1.0 (the seeded sandbox: held and published debriefs, checkpoints
 * up to number 4): every held debrief gets its last checkpoint number and a next look no later than any checkpoint of
 * it can come due, and the job reading only the due ones then does what the job reading every held debrief does.
 */
class Upgrade03PlanCheckpointLooksTest {

    private static final String FIXTURE = "/fixtures/release-1.0-sandbox-seed.h2.sql.gz";
    private static final String PREFIX = "AO_CFD25E_";
    private static final long WEEK = Duration.ofDays(7).toMillis();

    @TempDir
    Path temp;

    @Test
    void every_held_debrief_gets_its_last_number_and_the_earliest_look_and_a_second_run_changes_nothing()
            throws Exception {
        // given
        String name = givenTheDatabaseOfRelease10();

        // when
        EntityManagerActiveObjects ao = upgraded(name);

        // then
        List<Map<String, Object>> debriefs = rows(
                name,
                "SELECT D.INCIDENT_ID, D.STATUS, D.HELD_AT, D.NEXT_LOOK_AT,"
                        + " D.LAST_CHECKPOINT, (SELECT MAX(C.CHECKPOINT_NUMBER) FROM " + PREFIX + "CHECKPOINT C"
                        + " WHERE C.INCIDENT_ID = D.INCIDENT_ID) AS LAST_IN_LOG FROM " + PREFIX + "DEBRIEF D");
        int held = 0;
        for (Map<String, Object> row : debriefs) {
            boolean isHeld =
                    row.get("HELD_AT") != null && List.of("HELD", "PUBLISHED").contains(row.get("STATUS"));
            if (!isHeld) {
                assertThat(row.get("NEXT_LOOK_AT"))
                        .as("look of %s", row.get("INCIDENT_ID"))
                        .isNull();
                continue;
            }
            held++;
            long last = row.get("LAST_IN_LOG") == null ? 0 : ((Number) row.get("LAST_IN_LOG")).longValue();
            assertThat(((Number) row.get("LAST_CHECKPOINT")).longValue()).isEqualTo(last);
            assertThat(((Number) row.get("NEXT_LOOK_AT")).longValue())
                    .isEqualTo(((Number) row.get("HELD_AT")).longValue() + (last + 1) * WEEK);
        }
        assertThat(held).isGreaterThan(15);
        assertThat(debriefs.stream().filter(row -> row.get("LAST_IN_LOG") != null))
                .isNotEmpty();

        // and running it again plans nothing and changes no row
        assertThat(new AoHeldDebriefs(ao).planUnplanned()).isZero();
        assertThat(rows(name, "SELECT INCIDENT_ID, NEXT_LOOK_AT, LAST_CHECKPOINT FROM " + PREFIX + "DEBRIEF"))
                .hasSize(debriefs.size())
                .allSatisfy(row -> assertThat(row.get("NEXT_LOOK_AT"))
                        .isEqualTo(debriefs.stream()
                                .filter(d -> d.get("INCIDENT_ID").equals(row.get("INCIDENT_ID")))
                                .findFirst()
                                .orElseThrow()
                                .get("NEXT_LOOK_AT")));
    }

    @Test
    void after_the_upgrade_the_job_over_the_due_debriefs_records_what_the_job_over_every_held_debrief_records()
            throws Exception {
        // given: two copies of the 1.0 database, upgraded; one job reads every held debrief, the other the due ones
        String indexed = givenTheDatabaseOfRelease10();
        String everyRow = givenTheDatabaseOfRelease10();
        EntityManagerActiveObjects indexedAo = upgraded(indexed);
        EntityManagerActiveObjects everyRowAo = upgraded(everyRow);

        // when: both run on the same days over the next three months
        TestClock clock = TestClock.at("2026-12-04T12:00:00Z");
        OpenDueCheckpoints overDue = job(indexedAo, clock, false);
        OpenDueCheckpoints overEvery = job(everyRowAo, clock, true);
        for (int day = 0; day < 90; day += 3) {
            overDue.run();
            overEvery.run();
            clock.advanceDays(3);
        }

        // then: the same checkpoints, in the same states
        String checkpoints = "SELECT CLAIM_KEY, STATE, DUE_AT FROM " + PREFIX + "CHECKPOINT ORDER BY CLAIM_KEY";
        List<Map<String, Object>> expected = rows(everyRow, checkpoints);
        assertThat(expected.size())
                .isGreaterThan(
                        rows(indexed, "SELECT 1 FROM " + PREFIX + "DEBRIEF").size() / 2);
        assertThat(rows(indexed, checkpoints)).isEqualTo(expected);
    }

    private static OpenDueCheckpoints job(EntityManagerActiveObjects ao, TestClock clock, boolean everyHeld) {
        PersistenceStores stores = PersistenceStores.over(ao);
        HeldDebriefs held = everyHeld ? new EveryHeldDebrief(stores.heldDebriefs()) : stores.heldDebriefs();
        return new OpenDueCheckpoints(
                held, stores.checkpoints(), new InMemoryIssueTracker(clock), stores.settings(), clock);
    }

    /** The job as before the next look: every held debrief is looked at on every run. */
    private record EveryHeldDebrief(HeldDebriefs store) implements HeldDebriefs {
        @Override
        public List<HeldDebrief> heldAfter(long afterIncidentId, int limit) {
            return store.heldAfter(afterIncidentId, limit);
        }

        @Override
        public Optional<HeldDebrief> find(IssueRef incident) {
            return store.find(incident);
        }

        @Override
        public List<HeldDebrief> dueBy(Instant moment, long afterIncidentId, int limit) {
            return store.heldAfter(afterIncidentId, limit);
        }

        @Override
        public void scheduleNext(IssueRef incident, int lastNumber, Instant nextLook) {}

        @Override
        public Map<String, Integer> plannedIntervals() {
            return Map.of();
        }

        @Override
        public void replan(String projectKey, int intervalDays) {}

        @Override
        public void recordPlan(String projectKey, int intervalDays) {}
    }

    private String givenTheDatabaseOfRelease10() throws Exception {
        String name = "upgrade3" + UUID.randomUUID().toString().replace("-", "");
        Path script = temp.resolve(name + ".sql.gz");
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        try (Connection connection = connection(name);
                Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "' COMPRESSION GZIP");
        }
        return name;
    }

    /** What the plugin does at enable: AO migrates the tables (two new columns, a new table), then SAL runs task 3. */
    private static EntityManagerActiveObjects upgraded(String name) {
        EntityManagerActiveObjects ao = AoDatabases.h2InMemory(name);
        ao.migrate(AoTestDatabase.entities().toArray(Class[]::new));
        assertThat(new Upgrade03PlanCheckpointLooks(new AoHeldDebriefs(ao)).doUpgrade())
                .isEmpty();
        return ao;
    }

    private static Connection connection(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    private static List<Map<String, Object>> rows(String name, String sql) throws SQLException {
        try (Connection connection = connection(name);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                    row.put(result.getMetaData().getColumnLabel(column), result.getObject(column));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}

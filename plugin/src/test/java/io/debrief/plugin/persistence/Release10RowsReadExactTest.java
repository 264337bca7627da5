package io.debrief.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.aohost.AoDatabases;
import io.debrief.aohost.EntityManagerActiveObjects;
import io.debrief.core.timeline.TimelineEntry;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by release 1.0 (the seeded sandbox), migrated by Active Objects to today's entities: the new
 * APPROXIMATE columns read as false for every row written before them, so no upgrade task is needed. (Release 1.0
 * kept no published records: upgrade task 1 takes them, with today's facts; see Upgrade01RecordPublishedDebriefsTest.)
 */
class Release10RowsReadExactTest {

    private static final String FIXTURE = "/fixtures/release-1.0-sandbox-seed.h2.sql.gz";
    private static final String PREFIX = "AO_CFD25E_";

    @TempDir
    Path temp;

    private String name;
    private EntityManagerActiveObjects ao;

    @BeforeEach
    void theDatabaseOfRelease10MigratedToTodaysEntities() throws Exception {
        name = "exact" + UUID.randomUUID().toString().replace("-", "");
        Path script = temp.resolve(name + ".sql.gz");
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        try (Connection connection = connection();
                Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "' COMPRESSION GZIP");
        }
        ao = AoDatabases.h2InMemory(name);
        ao.migrate(AoTestDatabase.entities().toArray(Class[]::new));
    }

    @Test
    void every_timeline_entry_and_earlier_version_written_by_release_10_reads_as_exact() throws Exception {
        // given
        List<Long> incidents = longs("SELECT DISTINCT INCIDENT_ID FROM " + PREFIX + "TL_ENTRY");
        AoTimelineStore store = new AoTimelineStore(ao);

        // when
        List<TimelineEntry> entries = new ArrayList<>();
        incidents.forEach(incident -> entries.addAll(store.entries(incident, true)));

        // then
        assertThat(entries).hasSizeGreaterThan(20).noneMatch(TimelineEntry::approximate);
        assertThat(longs("SELECT COUNT(*) FROM " + PREFIX + "TL_ENTRY WHERE APPROXIMATE <> FALSE"))
                .containsExactly(0L);
        assertThat(longs("SELECT COUNT(*) FROM " + PREFIX + "TL_VERSION WHERE APPROXIMATE <> FALSE"))
                .containsExactly(0L);
    }

    private List<Long> longs(String sql) throws SQLException {
        try (Connection connection = connection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<Long> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getLong(1));
            }
            return values;
        }
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}

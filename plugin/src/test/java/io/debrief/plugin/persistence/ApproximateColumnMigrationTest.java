package io.debrief.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.aohost.AoDatabases;
import io.debrief.aohost.EntityManagerActiveObjects;
import io.debrief.core.timeline.EntryVersion;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import java.util.Locale;
import java.util.UUID;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rows written before the APPROXIMATE column existed, on H2 and on PostgreSQL: Active Objects adds the column with its
 * default, and the store reads every such row (entry and earlier version) as exact, so no upgrade task is needed.
 */
class ApproximateColumnMigrationTest {

    private static final long INCIDENT = 10_001;

    /** TL_ENTRY as release 1.0 declared it: no APPROXIMATE. */
    @Table("TL_ENTRY")
    interface EntryBeforeApproximate extends Entity {
        @NotNull
        @Indexed
        long getIncidentId();

        void setIncidentId(long incidentId);

        @NotNull
        String getKind();

        void setKind(String kind);

        @NotNull
        long getOccurredAt();

        void setOccurredAt(long occurredAt);

        @StringLength(StringLength.UNLIMITED)
        String getText();

        void setText(String text);

        @StringLength(StringLength.UNLIMITED)
        String getLink();

        void setLink(String link);

        @NotNull
        String getSource();

        void setSource(String source);

        String getSourceRef();

        void setSourceRef(String sourceRef);

        @NotNull
        int getEntryVersion();

        void setEntryVersion(int entryVersion);

        @NotNull
        boolean isDeleted();

        void setDeleted(boolean deleted);

        String getAuthorKey();

        void setAuthorKey(String authorKey);

        @NotNull
        long getRecordedAt();

        void setRecordedAt(long recordedAt);
    }

    /** TL_VERSION as release 1.0 declared it: no APPROXIMATE. */
    @Table("TL_VERSION")
    interface VersionBeforeApproximate extends Entity {
        @NotNull
        @Unique
        String getVersionKey();

        void setVersionKey(String versionKey);

        @NotNull
        @Indexed
        long getEntryId();

        void setEntryId(long entryId);

        @NotNull
        int getEntryVersion();

        void setEntryVersion(int entryVersion);

        @NotNull
        String getKind();

        void setKind(String kind);

        @NotNull
        long getOccurredAt();

        void setOccurredAt(long occurredAt);

        @StringLength(StringLength.UNLIMITED)
        String getText();

        void setText(String text);

        @StringLength(StringLength.UNLIMITED)
        String getLink();

        void setLink(String link);

        String getEditedBy();

        void setEditedBy(String editedBy);

        @NotNull
        long getEditedAt();

        void setEditedAt(long editedAt);
    }

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    @SuppressWarnings("unchecked")
    void rows_written_before_the_column_read_as_exact_once_it_is_added(AoTestDatabase kind) {
        // given: an empty database of its own, the release 1.0 tables, an entry edited once
        EntityManagerActiveObjects ao = freshDatabase(kind);
        ao.migrate(EntryBeforeApproximate.class, VersionBeforeApproximate.class);
        EntryBeforeApproximate row = ao.create(
                EntryBeforeApproximate.class,
                new DBParam("INCIDENT_ID", INCIDENT),
                new DBParam("KIND", "DETECTED"),
                new DBParam("OCCURRED_AT", 1_772_359_200_000L),
                new DBParam("TEXT", "Paged"),
                new DBParam("SOURCE", "MANUAL"),
                new DBParam("ENTRY_VERSION", 2),
                new DBParam("DELETED", false),
                new DBParam("AUTHOR_KEY", "alice"),
                new DBParam("RECORDED_AT", 1_772_359_260_000L));
        ao.create(
                VersionBeforeApproximate.class,
                new DBParam("VERSION_KEY", row.getID() + ":1"),
                new DBParam("ENTRY_ID", (long) row.getID()),
                new DBParam("ENTRY_VERSION", 1),
                new DBParam("KIND", "NOTE"),
                new DBParam("OCCURRED_AT", 1_772_359_200_000L),
                new DBParam("TEXT", "Paged?"),
                new DBParam("EDITED_BY", "alice"),
                new DBParam("EDITED_AT", 1_772_359_260_000L));

        // when: the plugin of today is enabled (Active Objects migrates to its entities)
        ao.migrate(AoTestDatabase.entities().toArray(Class[]::new));
        AoTimelineStore store = new AoTimelineStore(ao);

        // then
        assertThat(store.entries(INCIDENT, true))
                .extracting(TimelineEntry::text, TimelineEntry::approximate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Paged", false));
        assertThat(store.versions(row.getID()))
                .extracting(EntryVersion::text, EntryVersion::approximate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Paged?", false));
    }

    private static EntityManagerActiveObjects freshDatabase(AoTestDatabase kind) {
        String name = "before"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        if (kind == AoTestDatabase.H2) {
            return AoDatabases.h2InMemory(name);
        }
        Assumptions.assumeTrue(!AoTestDatabase.PG_URL.isBlank(), "PostgreSQL tests need -Ddebrief.test.pg.url");
        // AO 3.2.11 reads a table's columns from the database's metadata without the schema: while another schema of
        // the same database holds the timeline tables with the column (other test classes' schemas live until the JVM
        // ends), it mixes the two up. A Jira database holds one copy, so the release 1.0 tables get a database of
        // their own (CI's role may create databases: scripts/ensure-test-deps.sh); a role that may not runs this
        // only when no other copy is there, and the H2 case and Release10RowsReadExactTest cover the same rows.
        String url = AoTestDatabase.PG_URL;
        if (mayCreateDatabases()) {
            url = ownDatabase(name);
        } else {
            Assumptions.assumeFalse(
                    anotherSchemaHoldsTheTimelineTables(),
                    "another schema of this database holds the timeline tables: AO's metadata read would mix them up");
        }
        String schemaUrl = url;
        AoDatabases.createPostgresSchema(schemaUrl, AoTestDatabase.PG_USER, AoTestDatabase.PG_PASSWORD, name);
        if (schemaUrl.equals(AoTestDatabase.PG_URL)) {
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(() -> AoDatabases.dropPostgresSchema(
                            schemaUrl, AoTestDatabase.PG_USER, AoTestDatabase.PG_PASSWORD, name)));
        }
        return AoDatabases.postgres(schemaUrl, AoTestDatabase.PG_USER, AoTestDatabase.PG_PASSWORD, name);
    }

    private static boolean mayCreateDatabases() {
        return sql("SELECT COUNT(*) FROM pg_roles WHERE rolname = current_user AND rolcreatedb", AoTestDatabase.PG_URL)
                > 0;
    }

    /** A new database on the test server, dropped when the JVM ends; its JDBC URL. */
    private static String ownDatabase(String name) {
        sql("CREATE DATABASE " + name, AoTestDatabase.PG_URL);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> sql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", AoTestDatabase.PG_URL)));
        int query = AoTestDatabase.PG_URL.indexOf('?');
        String base = query < 0 ? AoTestDatabase.PG_URL : AoTestDatabase.PG_URL.substring(0, query);
        String parameters = query < 0 ? "" : AoTestDatabase.PG_URL.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + parameters;
    }

    /** Runs one statement on the server; a count's value when it answers one row, else -1. */
    private static long sql(String statement, String url) {
        try (java.sql.Connection connection =
                        java.sql.DriverManager.getConnection(url, AoTestDatabase.PG_USER, AoTestDatabase.PG_PASSWORD);
                java.sql.Statement run = connection.createStatement()) {
            if (run.execute(statement)) {
                try (java.sql.ResultSet found = run.getResultSet()) {
                    return found.next() ? found.getLong(1) : -1;
                }
            }
            return -1;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    private static boolean anotherSchemaHoldsTheTimelineTables() {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                        AoTestDatabase.PG_URL, AoTestDatabase.PG_USER, AoTestDatabase.PG_PASSWORD);
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet found = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                        + " WHERE table_name LIKE '%TL\\_ENTRY' OR table_name LIKE '%TL\\_VERSION'")) {
            found.next();
            return found.getLong(1) > 0;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

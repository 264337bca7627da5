package io.debrief.aohost;

import java.nio.file.Path;
import net.java.ao.EntityManager;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.schema.Case;
import net.java.ao.schema.UnderscoreFieldNameConverter;

/**
 * Builds Active Objects services on H2 (in memory or in a folder) or PostgreSQL, with Jira's table and column
 * naming ({@code AO_CFD25E_TL_ENTRY.INCIDENT_ID}).
 */
public final class AoDatabases {

    /** H2 2.x reads these words as keywords unless told otherwise; AO uses some of them as identifiers. */
    private static final String H2_OPTIONS = ";NON_KEYWORDS=KEY,VALUE,YEAR,MONTH,DAY";

    /** Without a schema AO reads H2 2.x's INFORMATION_SCHEMA tables as if they were ours. */
    private static final String H2_SCHEMA = "PUBLIC";

    private AoDatabases() {}

    /** A private in-memory H2 database that lives until the JVM ends. */
    public static EntityManagerActiveObjects h2InMemory(String name) {
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS, "sa", "", H2_SCHEMA);
    }

    /** An H2 database kept in {@code folder} that survives restarts (and kill -9: every commit is written). */
    public static EntityManagerActiveObjects h2File(Path folder) {
        return open(
                "jdbc:h2:file:" + folder.resolve("debrief").toAbsolutePath() + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0"
                        + H2_OPTIONS,
                "sa",
                "",
                H2_SCHEMA);
    }

    /**
     * PostgreSQL; {@code schema} may be null for the user's default schema, otherwise it must exist
     * (see {@link #createPostgresSchema}).
     */
    public static EntityManagerActiveObjects postgres(String url, String user, String password, String schema) {
        return open(url, user, password, schema);
    }

    /** Creates a PostgreSQL schema if it is missing (tests use one schema per class to run side by side). */
    public static void createPostgresSchema(String url, String user, String password, String schema) {
        runSql(url, user, password, "CREATE SCHEMA IF NOT EXISTS " + schema);
    }

    /** Drops a PostgreSQL schema and everything in it. */
    public static void dropPostgresSchema(String url, String user, String password, String schema) {
        runSql(url, user, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void runSql(String url, String user, String password, String sql) {
        try (var connection = java.sql.DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new AoSqlException(e);
        }
    }

    private static EntityManagerActiveObjects open(String url, String user, String password, String schema) {
        var builder = EntityManagerBuilder.url(url).username(user).password(password);
        if (schema != null) {
            builder = builder.schema(schema);
        }
        EntityManager entityManager = builder.dbcp()
                .tableNameConverter(AtlassianTableNameConverter.debrief())
                .fieldNameConverter(new UnderscoreFieldNameConverter(Case.UPPER))
                .build();
        return new EntityManagerActiveObjects(entityManager);
    }
}

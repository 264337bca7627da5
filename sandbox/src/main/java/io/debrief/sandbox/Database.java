package io.debrief.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.debrief.aohost.EntityManagerActiveObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.schema.Case;
import net.java.ao.schema.UnderscoreFieldNameConverter;

/** The sandbox database: an embedded H2 file database in a folder, or PostgreSQL given by a JDBC URL. */
final class Database implements AutoCloseable {

    /** Keep the database open between AO's connections; write delay 0 keeps data through a kill -9. */
    private static final String H2_OPTIONS = ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0";

    private final String url;
    private final String user;
    private final String password;
    private final EntityManager entityManager;
    private final EntityManagerActiveObjects activeObjects;

    private Database(String url, String user, String password, String schema, String pluginKey) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.entityManager = EntityManagerBuilder.url(url)
                .username(user)
                .password(password)
                .schema(schema)
                .none()
                .tableNameConverter(new AtlassianTableNames(pluginKey))
                .fieldNameConverter(new UnderscoreFieldNameConverter(Case.UPPER))
                .build();
        this.activeObjects = new EntityManagerActiveObjects(entityManager);
    }

    /** Opens {@code db} (a folder or a {@code jdbc:} URL), wiping it first when {@code reset}. */
    static Database open(SandboxOptions options, String pluginKey) {
        String db = options.db();
        if (db.startsWith("jdbc:")) {
            String user = options.dbUser() != null ? options.dbUser() : queryParam(db, "user", "debrief");
            String password =
                    options.dbPassword() != null ? options.dbPassword() : queryParam(db, "password", "debrief");
            if (options.reset()) {
                dropAoTables(db, user, password);
            }
            return new Database(db, user, password, "public", pluginKey);
        }
        Path dir = Path.of(db).toAbsolutePath();
        if (options.reset()) {
            deleteRecursively(dir);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create database folder " + dir, e);
        }
        return new Database("jdbc:h2:file:" + dir.resolve("debrief") + H2_OPTIONS, "sa", "", "PUBLIC", pluginKey);
    }

    EntityManager entityManager() {
        return entityManager;
    }

    String url() {
        return url;
    }

    @SafeVarargs
    final void migrate(Class<? extends RawEntity<?>>... entities) {
        try {
            entityManager.migrate(entities);
        } catch (SQLException e) {
            throw new IllegalStateException("schema migration failed", e);
        }
    }

    /** The Active Objects service on this database, as the plugin's stores get it from Jira. */
    ActiveObjects activeObjects() {
        return activeObjects;
    }

    /**
     * Runs {@code work} in one transaction, the same one the plugin's stores join through {@link #activeObjects()}:
     * nested calls (from the host or from a store) join the outer transaction, as in Jira.
     */
    <T> T inTransaction(Supplier<T> work) {
        return activeObjects.executeInTransaction(work::get);
    }

    /** {@link Sql#sql}, as the sandbox's own tables call it. */
    static <T> T sql(Sql.Call<T> call) {
        return Sql.sql(call);
    }

    @Override
    public void close() {
        entityManager.flushAll();
        if (url.startsWith("jdbc:h2:")) {
            try (Connection c = DriverManager.getConnection(url, user, password);
                    Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                // already closed: nothing left to flush
            }
        }
        entityManager.getProvider().dispose();
    }

    private static void dropAoTables(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (name.toUpperCase(java.util.Locale.ROOT).startsWith("AO_")) {
                        tables.add(name);
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                for (String table : tables) {
                    // IF EXISTS: another sandbox on the same database may have dropped it meanwhile
                    s.execute("DROP TABLE IF EXISTS \"" + table + "\" CASCADE");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset " + url, e);
        }
    }

    private static String queryParam(String url, String name, String fallback) {
        int q = url.indexOf('?');
        if (q >= 0) {
            for (String pair : url.substring(q + 1).split("&")) {
                if (pair.startsWith(name + "=")) {
                    return java.net.URLDecoder.decode(
                            pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        return fallback;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot reset " + dir, e);
        }
    }
}

package io.debrief.bench;

import io.debrief.aohost.AoDatabases;
import io.debrief.aohost.AoEntities;
import io.debrief.aohost.AtlassianTableNameConverter;
import io.debrief.aohost.EntityManagerActiveObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.java.ao.RawEntity;

/**
 * A fresh, migrated database for one scale run: the embedded H2 file database always, PostgreSQL when the tests'
 * properties are given ({@code -Ddebrief.test.pg.url=jdbc:postgresql://localhost/debrief_test
 * -Ddebrief.test.pg.user=debrief -Ddebrief.test.pg.password=debrief}). Everything it creates is removed on close.
 */
public final class BenchDatabase implements AutoCloseable {

    static final String PG_URL = System.getProperty("debrief.test.pg.url", "");
    static final String PG_USER = System.getProperty("debrief.test.pg.user", "");
    static final String PG_PASSWORD = System.getProperty("debrief.test.pg.password", "");

    private final String name;
    private final EntityManagerActiveObjects ao;
    private final Path h2Folder;
    private final String pgSchema;
    private final Runnable cleanup;

    private BenchDatabase(
            String name, EntityManagerActiveObjects ao, Path h2Folder, String pgSchema, Runnable cleanup) {
        this.name = name;
        this.ao = ao;
        this.h2Folder = h2Folder;
        this.pgSchema = pgSchema;
        this.cleanup = cleanup;
        ao.migrate(AoEntities.arrayFromDescriptor(BenchDatabase.class.getClassLoader()));
    }

    /** H2, then PostgreSQL when configured. */
    public static List<String> configured() {
        List<String> names = new ArrayList<>(List.of("h2"));
        if (!PG_URL.isBlank()) {
            names.add("postgres");
        }
        return names;
    }

    /** Runs {@code run} on the database named by {@code args[0]}, or on each configured one; closes each after. */
    public static void runOn(String[] args, Consumer<BenchDatabase> run) {
        for (String name : args.length > 0 ? List.of(args[0]) : configured()) {
            try (BenchDatabase db = open(name)) {
                run.accept(db);
            }
        }
    }

    public static BenchDatabase open(String name) {
        return switch (name) {
            case "h2" -> h2File();
            case "postgres" -> postgres();
            default -> throw new IllegalArgumentException("unknown database " + name + " (h2 or postgres)");
        };
    }

    private static BenchDatabase h2File() {
        try {
            Path folder = Files.createTempDirectory("debrief-bench-h2");
            return new BenchDatabase(
                    "h2 (file, " + folder + ")", AoDatabases.h2File(folder), folder, null, () -> delete(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BenchDatabase postgres() {
        String schema = "bench_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        AoDatabases.createPostgresSchema(PG_URL, PG_USER, PG_PASSWORD, schema);
        return new BenchDatabase(
                "postgres (" + PG_URL + ", schema " + schema + ")",
                AoDatabases.postgres(PG_URL, PG_USER, PG_PASSWORD, schema),
                null,
                schema,
                () -> AoDatabases.dropPostgresSchema(PG_URL, PG_USER, PG_PASSWORD, schema));
    }

    public String name() {
        return name;
    }

    public EntityManagerActiveObjects ao() {
        return ao;
    }

    /**
     * How much room a table of ours takes: PostgreSQL's size of the table with its indexes; for H2, the whole database
     * file (H2 keeps every table in one file).
     */
    public String tableSize(Class<? extends RawEntity<?>> entity) {
        if (h2Folder != null) {
            try (Stream<Path> files = Files.walk(h2Folder)) {
                return Report.mib(files.filter(Files::isRegularFile)
                                .mapToLong(BenchDatabase::size)
                                .sum()) + " (whole H2 file)";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String qualified =
                pgSchema + ".\"" + AtlassianTableNameConverter.debrief().getName(entity) + "\"";
        try (Connection connection = ao.entityManager().getProvider().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT pg_size_pretty(pg_total_relation_size('" + qualified
                        + "')), pg_size_pretty(pg_indexes_size('" + qualified + "'))")) {
            rows.next();
            return rows.getString(1) + " with indexes (indexes " + rows.getString(2) + ")";
        } catch (SQLException e) {
            throw new IllegalStateException("size of " + qualified, e);
        }
    }

    /**
     * Has the database gather its statistics now (PostgreSQL: {@code ANALYZE} of the schema's tables; H2: none), as
     * autovacuum does within a minute of a large write, so a run measured right after seeding is planned as a site
     * that has held its rows for a while would be.
     */
    public void analyze() {
        if (pgSchema == null) {
            return;
        }
        try (Connection connection = ao.entityManager().getProvider().getConnection();
                Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery(
                        "SELECT tablename FROM pg_tables WHERE schemaname = '" + pgSchema + "'")) {
            java.util.List<String> names = new java.util.ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            for (String name : names) {
                try (Statement analyze = connection.createStatement()) {
                    analyze.execute("ANALYZE " + pgSchema + ".\"" + name + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("analyze " + pgSchema, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        ao.close();
        cleanup.run();
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

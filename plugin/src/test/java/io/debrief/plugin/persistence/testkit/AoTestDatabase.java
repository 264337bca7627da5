package io.debrief.plugin.persistence.testkit;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.debrief.aohost.AoDatabases;
import io.debrief.aohost.AoEntities;
import io.debrief.aohost.EntityManagerActiveObjects;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the Active Objects tests run on: H2 in memory always, PostgreSQL when {@code debrief.test.pg.url} is
 * set. Each JVM gets its own H2 database and its own PostgreSQL schema ({@code t_<random>}, dropped at exit), so
 * parallel builds do not meet; {@link #clean()} empties every table between tests.
 */
public enum AoTestDatabase {
    H2 {
        @Override
        EntityManagerActiveObjects open() {
            return AoDatabases.h2InMemory("debrief_" + RUN_ID);
        }
    },
    POSTGRES {
        @Override
        EntityManagerActiveObjects open() {
            Assumptions.assumeTrue(!PG_URL.isBlank(), "PostgreSQL tests need -Ddebrief.test.pg.url");
            String schema = "t_" + RUN_ID;
            AoDatabases.createPostgresSchema(PG_URL, PG_USER, PG_PASSWORD, schema);
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(() -> AoDatabases.dropPostgresSchema(PG_URL, PG_USER, PG_PASSWORD, schema)));
            return AoDatabases.postgres(PG_URL, PG_USER, PG_PASSWORD, schema);
        }
    };

    public static final String PG_URL = System.getProperty("debrief.test.pg.url", "");
    public static final String PG_USER = System.getProperty("debrief.test.pg.user", "");
    public static final String PG_PASSWORD = System.getProperty("debrief.test.pg.password", "");
    private static final String RUN_ID =
            UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);

    private EntityManagerActiveObjects activeObjects;

    abstract EntityManagerActiveObjects open();

    /** This database's Active Objects service with every entity of the plugin descriptor migrated, tables empty. */
    public synchronized ActiveObjects clean() {
        if (activeObjects == null) {
            EntityManagerActiveObjects opened = open();
            opened.migrate(AoEntities.arrayFromDescriptor(AoTestDatabase.class.getClassLoader()));
            activeObjects = opened;
        }
        for (Class<? extends RawEntity<?>> entity : entities()) {
            deleteAll(activeObjects, entity);
        }
        return activeObjects;
    }

    /** A second service on the same database with its own connections, as another cluster node would have. */
    public synchronized ActiveObjects otherNode() {
        if (activeObjects == null) {
            clean();
        }
        return switch (this) {
            case H2 -> AoDatabases.h2InMemory("debrief_" + RUN_ID);
            case POSTGRES -> AoDatabases.postgres(PG_URL, PG_USER, PG_PASSWORD, "t_" + RUN_ID);
        };
    }

    public static List<Class<? extends RawEntity<?>>> entities() {
        return AoEntities.fromDescriptor(AoTestDatabase.class.getClassLoader());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void deleteAll(ActiveObjects ao, Class<? extends RawEntity<?>> entity) {
        ao.deleteWithSQL((Class) entity, "ID > ?", 0);
    }
}

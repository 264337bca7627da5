package io.debrief.aohost;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.activeobjects.external.FailedFastCountException;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.HostTransactions;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The {@link ActiveObjects} service over a plain {@link EntityManager}, behaving like Jira's: SQL errors surface as
 * unchecked {@link AoSqlException}s and a transaction started inside another one joins it.
 */
@SuppressWarnings({"unchecked", "varargs"
}) // varargs of generic entity classes, passed through unchanged as AO declares them
public final class EntityManagerActiveObjects implements ActiveObjects, AutoCloseable {

    private final EntityManager entityManager;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The entity manager underneath, for schema work in tests. */
    public EntityManager entityManager() {
        return entityManager;
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inTransaction.get()) {
            return callback.doInTransaction();
        }
        Connection connection = sql(() -> HostTransactions.start(entityManager));
        inTransaction.set(true);
        T result;
        try {
            result = callback.doInTransaction();
        } catch (RuntimeException | Error failure) {
            inTransaction.remove();
            rollBack(connection, failure);
            throw failure;
        }
        inTransaction.remove();
        sql(() -> {
            HostTransactions.commit(entityManager, connection);
            return null;
        });
        return result;
    }

    private void rollBack(Connection connection, Throwable failure) {
        try {
            HostTransactions.rollBack(entityManager, connection);
        } catch (SQLException | RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    @SafeVarargs
    @Override
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @SafeVarargs
    @Override
    public final void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrateDestructively(entities);
            return null;
        });
    }

    @SuppressWarnings("deprecation") // AO deprecates it, yet Jira's ActiveObjects service still offers it
    @Override
    public void flushAll() {
        entityManager.flushAll();
    }

    @SuppressWarnings("deprecation") // as flushAll
    @Override
    public void flush(RawEntity<?>... entities) {
        entityManager.flush(entities);
    }

    @SafeVarargs
    @Override
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return sql(() -> entityManager.get(type, keys));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        sql(() -> {
            entityManager.create(type, rows);
            return null;
        });
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return sql(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
        return sql(() -> entityManager.find(type, field, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] findWithSQL(
            Class<T> type, String keyField, String sql, Object... parameters) {
        return sql(() -> entityManager.findWithSQL(type, keyField, sql, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            entityManager.stream(type, streamCallback);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(
            Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            entityManager.stream(type, query, streamCallback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return sql(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    @Override
    public <K> int getFastCountEstimate(Class<? extends RawEntity<K>> type)
            throws SQLException, FailedFastCountException {
        return entityManager.count(type);
    }

    @Override
    public ActiveObjectsModuleMetaData moduleMetaData() {
        return new ActiveObjectsModuleMetaData() {};
    }

    /** Releases the database connections. */
    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T sql(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new AoSqlException(e);
        }
    }
}

package net.java.ao;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Starts, commits and rolls back AO transactions for the host; lives in AO's package because handing the connection
 * back ({@code setCloseable}) is package-private there. AO 3.2.11's rollback leaves the transaction bound to the
 * thread, so the next transaction on that thread would reuse a closed connection; a commit after the rollback unbinds
 * it (nothing is left to commit).
 */
public final class HostTransactions {

    private HostTransactions() {}

    /**
     * Starts a transaction at READ COMMITTED, the isolation Jira runs its own and its apps' Active Objects
     * transactions at (Jira's connections keep the database's default, READ COMMITTED on PostgreSQL, and Jira asks
     * MySQL for READ-COMMITTED: Atlassian KB "JIRA Cannot Create Issues when Using MySQL with Binary Logging"). AO's own
     * {@code startTransaction} asks for SERIALIZABLE, which would spare the plugin races a site has and add
     * serialization failures it never has.
     */
    public static Connection start(EntityManager entityManager) throws SQLException {
        Connection connection = entityManager.getProvider().startTransaction();
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return connection;
    }

    public static void commit(EntityManager entityManager, Connection connection) throws SQLException {
        DatabaseProvider provider = entityManager.getProvider();
        try {
            provider.commitTransaction(connection);
        } finally {
            release(provider, connection);
        }
    }

    @SuppressWarnings("deprecation") // the entity cache must forget what the rolled-back transaction wrote
    public static void rollBack(EntityManager entityManager, Connection connection) throws SQLException {
        DatabaseProvider provider = entityManager.getProvider();
        try {
            provider.rollbackTransaction(connection);
            provider.commitTransaction(connection);
        } finally {
            entityManager.flushAll();
            release(provider, connection);
        }
    }

    private static void release(DatabaseProvider provider, Connection connection) {
        provider.setCloseable(connection, true);
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a connection that failed is best effort; the database ends the session itself
        }
    }
}

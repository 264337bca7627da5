package io.debrief.sandbox;

import java.sql.SQLException;

/** A database call of the host, its checked {@link SQLException} turned into an unchecked one. */
public final class Sql {

    private Sql() {}

    /** The call itself, free to throw what JDBC and the entity manager throw. */
    @FunctionalInterface
    public interface Call<T> {
        T call() throws SQLException;
    }

    public static <T> T sql(Call<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new IllegalStateException("database call failed", e);
        }
    }
}

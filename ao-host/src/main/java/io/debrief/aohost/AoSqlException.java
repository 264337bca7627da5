package io.debrief.aohost;

import java.sql.SQLException;

/** An SQL failure surfaced unchecked, as Jira's Active Objects service does (ActiveObjectsSqlException there). */
public final class AoSqlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AoSqlException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public SQLException sqlException() {
        return (SQLException) getCause();
    }
}

package io.debrief.sandbox.debrief;

import java.sql.SQLException;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;

/** Reads and writes {@link IssuePropertyEntity} rows: one value per issue and name. */
final class IssueProperties {

    static final String CHECKPOINT_NUMBER = "debrief.checkpoint.number";
    static final String RESOLUTION = "resolution";
    static final String RESOLUTION_COMMENT = "resolution.comment";

    private final EntityManager em;

    IssueProperties(EntityManager em) {
        this.em = em;
    }

    void set(long issueId, String name, String text) {
        sql(() -> {
            IssuePropertyEntity[] found = find(issueId, name);
            if (found.length > 0) {
                found[0].setText(text);
                found[0].save();
            } else {
                em.create(IssuePropertyEntity.class, new DBParam("ISSUE_ID", issueId), new DBParam("NAME", name),
                        new DBParam("TEXT", text));
            }
            return null;
        });
    }

    Optional<String> get(long issueId, String name) {
        IssuePropertyEntity[] found = sql(() -> find(issueId, name));
        return found.length == 0 ? Optional.empty() : Optional.ofNullable(found[0].getText());
    }

    private IssuePropertyEntity[] find(long issueId, String name) throws SQLException {
        return em.find(IssuePropertyEntity.class, Query.select().where("ISSUE_ID = ? AND NAME = ?", issueId, name));
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T sql(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new IllegalStateException("issue property call failed", e);
        }
    }
}

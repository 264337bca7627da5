package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.actionitem.LabelRemovals;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import jakarta.inject.Inject;
import java.time.Instant;
import net.java.ao.DBParam;
import org.springframework.stereotype.Component;

/** Hand-removed debrief labels in Active Objects, one row per issue id (unique): the first record is kept. */
@Component
public class AoLabelRemovals implements LabelRemovals {

    private final ActiveObjects ao;

    @Inject
    public AoLabelRemovals(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(IssueRef issue, UserRef by, Instant at) {
        if (removedByHand(issue)) {
            return;
        }
        Rows.insertUnlessPresent(
                () -> ao.create(
                        LabelRemovalEntity.class,
                        new DBParam("ISSUE_ID", issue.id()),
                        new DBParam("ISSUE_KEY", issue.key()),
                        new DBParam("BY_KEY", by.key()),
                        new DBParam("BY_NAME", by.displayName()),
                        new DBParam("REMOVED_AT", at.toEpochMilli())),
                () -> removedByHand(issue));
    }

    @Override
    public boolean removedByHand(IssueRef issue) {
        return ao.count(LabelRemovalEntity.class, "ISSUE_ID = ?", issue.id()) > 0;
    }
}

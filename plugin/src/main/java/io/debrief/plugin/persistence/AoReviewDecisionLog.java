package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.common.IssueRef;
import io.debrief.core.review.Decision;
import io.debrief.core.review.DecisionRecord;
import io.debrief.core.review.ReviewDecisionLog;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** Review decisions in Active Objects; the unique DECISION_KEY ("itemId:version") makes each version appendable once. */
@Component
public class AoReviewDecisionLog implements ReviewDecisionLog {

    /** Stays below Oracle's 1000-element IN list. */
    private static final String CLOSE_IRRELEVANT = "CLOSE_IRRELEVANT";

    private static final String PRIORITISE = "PRIORITISE";
    private static final String KEEP = "KEEP";

    private final ActiveObjects ao;

    @Inject
    public AoReviewDecisionLog(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean append(DecisionRecord record) {
        IssueRef item = record.item();
        // versions have no gaps: version n needs n - 1
        if (record.version() > 1 && !exists(item, record.version() - 1)) {
            return false;
        }
        return Rows.insertUnlessPresent(
                () -> ao.create(
                        ReviewDecisionEntity.class,
                        new DBParam("DECISION_KEY", decisionKey(item, record.version())),
                        new DBParam("ITEM_ID", item.id()),
                        new DBParam("ITEM_KEY", item.key()),
                        new DBParam("ITEM_PROJECT_KEY", item.projectKey()),
                        new DBParam("DECISION_VERSION", record.version()),
                        new DBParam("DECISION", kind(record.decision())),
                        new DBParam(
                                "REASON",
                                record.decision() instanceof Decision.CloseIrrelevant close ? close.reason() : null),
                        new DBParam("BY_KEY", record.by().key()),
                        new DBParam("BY_NAME", record.by().displayName()),
                        new DBParam("DECIDED_AT", record.at().toEpochMilli())),
                () -> exists(item, record.version()));
    }

    @Override
    public void withdraw(DecisionRecord record) {
        if (!exists(record.item(), record.version() + 1)) {
            ao.deleteWithSQL(
                    ReviewDecisionEntity.class, "DECISION_KEY = ?", decisionKey(record.item(), record.version()));
        }
    }

    @Override
    public List<DecisionRecord> history(IssueRef item) {
        Query query = Query.select().where("ITEM_ID = ?", item.id()).order("DECISION_VERSION");
        return Arrays.stream(ao.find(ReviewDecisionEntity.class, query))
                .map(row -> toRecord(item, row))
                .toList();
    }

    @Override
    public Map<IssueRef, DecisionRecord> latest(Collection<IssueRef> items) {
        Map<Long, IssueRef> asked = Rows.byId(items);
        Map<IssueRef, DecisionRecord> latest = new HashMap<>();
        Rows.inChunks(new ArrayList<>(asked.keySet()), (chunk, marks) -> {
            Query query = Query.select()
                    .where("ITEM_ID IN (" + marks + ")", chunk.toArray())
                    .order("ITEM_ID, DECISION_VERSION");
            for (ReviewDecisionEntity row : ao.find(ReviewDecisionEntity.class, query)) {
                IssueRef item = asked.get(row.getItemId());
                latest.put(item, toRecord(item, row));
            }
        });
        return latest;
    }

    private boolean exists(IssueRef item, long version) {
        return ao.count(ReviewDecisionEntity.class, "DECISION_KEY = ?", decisionKey(item, version)) > 0;
    }

    private static String decisionKey(IssueRef item, long version) {
        return item.id() + ":" + version;
    }

    private static String kind(Decision decision) {
        if (decision instanceof Decision.CloseIrrelevant) {
            return CLOSE_IRRELEVANT;
        }
        return decision instanceof Decision.Prioritise ? PRIORITISE : KEEP;
    }

    private static DecisionRecord toRecord(IssueRef item, ReviewDecisionEntity row) {
        Decision decision = switch (row.getDecision()) {
            case CLOSE_IRRELEVANT -> new Decision.CloseIrrelevant(row.getReason() == null ? "" : row.getReason());
            case PRIORITISE -> new Decision.Prioritise();
            default -> new Decision.Keep();
        };
        return new DecisionRecord(
                item,
                decision,
                Rows.user(row.getByKey(), row.getByName()),
                Rows.instant(row.getDecidedAt()),
                row.getDecisionVersion());
    }
}

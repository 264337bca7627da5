package io.debrief.core.testkit;

import io.debrief.core.common.IssueRef;
import io.debrief.core.review.DecisionRecord;
import io.debrief.core.review.ReviewDecisionLog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Review decisions in memory with the database's rule: one row per (item, version), versions without gaps. */
public final class InMemoryReviewDecisionLog implements ReviewDecisionLog {

    private final Map<IssueRef, List<DecisionRecord>> rows = new HashMap<>();

    @Override
    public synchronized boolean append(DecisionRecord record) {
        List<DecisionRecord> history = rows.computeIfAbsent(record.item(), item -> new ArrayList<>());
        if (record.version() != history.size() + 1L) {
            return false;
        }
        history.add(record);
        return true;
    }

    @Override
    public synchronized void withdraw(DecisionRecord record) {
        List<DecisionRecord> history = rows.getOrDefault(record.item(), new ArrayList<>());
        if (!history.isEmpty() && history.get(history.size() - 1).version() == record.version()) {
            history.remove(history.size() - 1);
        }
    }

    @Override
    public synchronized List<DecisionRecord> history(IssueRef item) {
        return List.copyOf(rows.getOrDefault(item, List.of()));
    }

    @Override
    public synchronized Map<IssueRef, DecisionRecord> latest(Collection<IssueRef> items) {
        Map<IssueRef, DecisionRecord> latest = new HashMap<>();
        for (IssueRef item : items) {
            List<DecisionRecord> history = rows.get(item);
            if (history != null && !history.isEmpty()) {
                latest.put(item, history.get(history.size() - 1));
            }
        }
        return latest;
    }
}

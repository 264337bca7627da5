package io.debrief.core.testkit;

import io.debrief.core.actionitem.SuggestedItems;
import io.debrief.core.common.IssueRef;
import io.debrief.core.debrief.Question;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Suggested items in memory with the database's rule: one row per (incident id, question). */
public final class InMemorySuggestedItems implements SuggestedItems {

    private final Map<String, Optional<IssueRef>> rows = new HashMap<>();
    private final Map<String, Instant> claimedAt = new HashMap<>();

    @Override
    public synchronized boolean claim(IssueRef incident, Question question, Instant at, Instant abandonedBefore) {
        String key = key(incident, question);
        Optional<IssueRef> existing = rows.get(key);
        if (existing != null && (existing.isPresent() || !claimedAt.get(key).isBefore(abandonedBefore))) {
            return false;
        }
        rows.put(key, Optional.empty());
        claimedAt.put(key, at);
        return true;
    }

    @Override
    public synchronized void created(IssueRef incident, Question question, IssueRef item) {
        rows.replace(key(incident, question), Optional.of(item));
    }

    @Override
    public synchronized void release(IssueRef incident, Question question) {
        rows.remove(key(incident, question), Optional.empty());
    }

    @Override
    public synchronized Map<Question, Optional<IssueRef>> taken(IssueRef incident) {
        Map<Question, Optional<IssueRef>> taken = new EnumMap<>(Question.class);
        for (Question question : Question.values()) {
            Optional<IssueRef> item = rows.get(key(incident, question));
            if (item != null) {
                taken.put(question, item);
            }
        }
        return taken;
    }

    private static String key(IssueRef incident, Question question) {
        return incident.id() + ":" + question.name();
    }
}

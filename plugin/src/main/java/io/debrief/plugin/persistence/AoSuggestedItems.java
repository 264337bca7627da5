package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.actionitem.SuggestedItems;
import io.debrief.core.common.IssueRef;
import io.debrief.core.debrief.Question;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** Suggested items in Active Objects: a claim is an INSERT of the unique SUGGESTION_KEY, so exactly one taker wins. */
@Component
public class AoSuggestedItems implements SuggestedItems {

    private final ActiveObjects ao;

    @Inject
    public AoSuggestedItems(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * An abandoned claim is removed by a DELETE conditional on its claim time, so of two takers only the one whose
     * DELETE removed it goes on to INSERT (AO has no conditional UPDATE).
     */
    @Override
    public boolean claim(IssueRef incident, Question question, Instant at, Instant abandonedBefore) {
        String key = key(incident, question);
        Optional<SuggestedItemEntity> existing = row(key);
        if (existing.isPresent()) {
            SuggestedItemEntity row = existing.get();
            if (row.getItemId() != null || row.getClaimedAt() >= abandonedBefore.toEpochMilli()) {
                return false;
            }
            if (ao.deleteWithSQL(
                            SuggestedItemEntity.class,
                            "SUGGESTION_KEY = ? AND ITEM_ID IS NULL AND CLAIMED_AT = ?",
                            key,
                            row.getClaimedAt())
                    == 0) {
                return false;
            }
        }
        return Rows.insertUnlessPresent(
                () -> ao.create(
                        SuggestedItemEntity.class,
                        new DBParam("SUGGESTION_KEY", key),
                        new DBParam("INCIDENT_ID", incident.id()),
                        new DBParam("QUESTION", question.name()),
                        new DBParam("CLAIMED_AT", at.toEpochMilli())),
                () -> row(key).isPresent());
    }

    @Override
    public void created(IssueRef incident, Question question, IssueRef item) {
        row(key(incident, question)).ifPresent(row -> {
            row.setItemId(item.id());
            row.setItemKey(item.key());
            row.setItemProjectKey(item.projectKey());
            row.save();
        });
    }

    @Override
    public void release(IssueRef incident, Question question) {
        ao.deleteWithSQL(SuggestedItemEntity.class, "SUGGESTION_KEY = ? AND ITEM_ID IS NULL", key(incident, question));
    }

    @Override
    public Map<Question, Optional<IssueRef>> taken(IssueRef incident) {
        Map<Question, Optional<IssueRef>> taken = new EnumMap<>(Question.class);
        for (SuggestedItemEntity row :
                ao.find(SuggestedItemEntity.class, Query.select().where("INCIDENT_ID = ?", incident.id()))) {
            Optional<Question> question = Optional.of(row.getQuestion()).flatMap(name -> {
                try {
                    return Optional.of(Question.valueOf(name));
                } catch (IllegalArgumentException retired) {
                    return Optional.empty();
                }
            });
            question.ifPresent(q -> taken.put(
                    q,
                    row.getItemId() == null
                            ? Optional.empty()
                            : Optional.of(new IssueRef(row.getItemId(), row.getItemKey(), row.getItemProjectKey()))));
        }
        return taken;
    }

    private Optional<SuggestedItemEntity> row(String key) {
        SuggestedItemEntity[] rows = ao.find(SuggestedItemEntity.class, "SUGGESTION_KEY = ?", key);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    static String key(IssueRef incident, Question question) {
        return incident.id() + ":" + question.name();
    }
}

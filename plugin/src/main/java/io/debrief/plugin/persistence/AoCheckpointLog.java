package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.checkpoint.Checkpoint;
import io.debrief.core.checkpoint.CheckpointLog;
import io.debrief.core.checkpoint.ItemOutcome;
import io.debrief.core.common.IssueRef;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * Checkpoints in Active Objects. A claim is an INSERT of the unique CLAIM_KEY, so exactly one node wins; a reclaim
 * is guarded the same way by a unique takeover row, since AO offers no conditional UPDATE.
 */
@Component
public class AoCheckpointLog implements CheckpointLog {

    private static final String DONE = "DONE";
    private static final String REPLANNED = "REPLANNED";
    private static final String DROPPED = "DROPPED";
    /** Ids per IN list: well below every database's limit on bind parameters. */
    private final ActiveObjects ao;

    @Inject
    public AoCheckpointLog(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean claim(IssueRef incident, int number, Instant dueAt, Instant claimedAt) {
        return insertFirst(incident, number, dueAt, claimedAt, Checkpoint.State.CLAIMED);
    }

    @Override
    public boolean recordQuiet(IssueRef incident, int number, Instant dueAt, Instant recordedAt) {
        return insertFirst(incident, number, dueAt, recordedAt, Checkpoint.State.QUIET);
    }

    /** One row per (incident, number) across the cluster: the unique CLAIM_KEY lets only the first insert win. */
    private boolean insertFirst(IssueRef incident, int number, Instant dueAt, Instant at, Checkpoint.State state) {
        String key = claimKey(incident, number);
        return Rows.insertUnlessPresent(
                () -> ao.create(
                        CheckpointEntity.class,
                        new DBParam("CLAIM_KEY", key),
                        new DBParam("INCIDENT_ID", incident.id()),
                        new DBParam("INCIDENT_KEY", incident.key()),
                        new DBParam("PROJECT_KEY", incident.projectKey()),
                        new DBParam("CHECKPOINT_NUMBER", number),
                        new DBParam("DUE_AT", dueAt.toEpochMilli()),
                        new DBParam("CLAIMED_AT", at.toEpochMilli()),
                        new DBParam("STATE", state.name())),
                () -> row(key).isPresent());
    }

    @Override
    public void markOpened(IssueRef incident, int number, IssueRef subTask) {
        row(claimKey(incident, number)).ifPresent(row -> {
            row.setSubTaskId(subTask.id());
            row.setSubTaskKey(subTask.key());
            row.setState(Checkpoint.State.OPENED.name());
            row.save();
        });
    }

    @Override
    public List<Checkpoint> unfinishedClaims(Instant claimedBefore, int limit) {
        Query query = Query.select()
                .where("STATE = ? AND CLAIMED_AT < ?", Checkpoint.State.CLAIMED.name(), claimedBefore.toEpochMilli())
                .order("CLAIMED_AT, ID")
                .limit(limit);
        return Arrays.stream(ao.find(CheckpointEntity.class, query))
                .map(row -> toCheckpoint(row, Map.of()))
                .toList();
    }

    @Override
    public boolean reclaim(IssueRef incident, int number, Instant previousClaimedAt, Instant claimedAt) {
        String key = claimKey(incident, number);
        String takeover = key + "@" + previousClaimedAt.toEpochMilli();
        if (!row(key).filter(row -> isUnfinishedClaim(row, previousClaimedAt)).isPresent()) {
            return false;
        }
        return Rows.insertUnlessPresent(
                () -> ao.executeInTransaction(() -> {
                    ao.create(
                            CheckpointTakeoverEntity.class,
                            new DBParam("TAKEOVER_KEY", takeover),
                            new DBParam("TAKEN_AT", claimedAt.toEpochMilli()));
                    CheckpointEntity row = row(key).filter(found -> isUnfinishedClaim(found, previousClaimedAt))
                            .orElseThrow(
                                    () -> new IllegalStateException("claim " + key + " changed during its takeover"));
                    row.setClaimedAt(claimedAt.toEpochMilli());
                    row.save();
                    return row;
                }),
                () -> ao.count(CheckpointTakeoverEntity.class, "TAKEOVER_KEY = ?", takeover) > 0
                        || !row(key).filter(row -> isUnfinishedClaim(row, previousClaimedAt))
                                .isPresent());
    }

    private static boolean isUnfinishedClaim(CheckpointEntity row, Instant claimedAt) {
        return Checkpoint.State.CLAIMED.name().equals(row.getState()) && row.getClaimedAt() == claimedAt.toEpochMilli();
    }

    /**
     * The close is the INSERT of the unique CP_CLOSE row, in one transaction with the outcomes and the new state: the
     * first close on any node goes in whole, every later one is refused before it writes anything.
     */
    @Override
    public boolean recordOutcomes(IssueRef incident, int number, Map<IssueRef, ItemOutcome> outcomes) {
        String key = claimKey(incident, number);
        if (row(key).filter(row -> !Checkpoint.State.CLOSED.name().equals(row.getState()))
                .isEmpty()) {
            return false;
        }
        return Rows.insertUnlessPresent(
                () -> ao.executeInTransaction(() -> {
                    ao.create(CheckpointCloseEntity.class, new DBParam("CLOSE_KEY", key));
                    CheckpointEntity row = row(key).filter(
                                    found -> !Checkpoint.State.CLOSED.name().equals(found.getState()))
                            .orElseThrow(
                                    () -> new IllegalStateException("checkpoint " + key + " closed during its close"));
                    ao.deleteWithSQL(CheckpointOutcomeEntity.class, "CLAIM_KEY = ?", key);
                    outcomes.forEach((item, outcome) -> ao.create(
                            CheckpointOutcomeEntity.class,
                            new DBParam("CLAIM_KEY", key),
                            new DBParam("ITEM_ID", item.id()),
                            new DBParam("ITEM_KEY", item.key()),
                            new DBParam("ITEM_PROJECT_KEY", item.projectKey()),
                            new DBParam("OUTCOME", kind(outcome)),
                            new DBParam(
                                    "NEW_DUE",
                                    outcome instanceof ItemOutcome.Replanned replanned
                                            ? replanned.newDue().toString()
                                            : null),
                            new DBParam(
                                    "REASON",
                                    outcome instanceof ItemOutcome.Dropped dropped ? dropped.reason() : null)));
                    row.setState(Checkpoint.State.CLOSED.name());
                    row.save();
                    ItemDeferrals.refresh(
                            ao, outcomes.keySet().stream().map(IssueRef::id).toList());
                    return row;
                }),
                () -> ao.count(CheckpointCloseEntity.class, "CLOSE_KEY = ?", key) > 0
                        || row(key).filter(row -> Checkpoint.State.CLOSED.name().equals(row.getState()))
                                .isPresent());
    }

    @Override
    public void reopen(IssueRef incident, int number) {
        String key = claimKey(incident, number);
        ao.executeInTransaction(() -> {
            row(key).filter(row -> Checkpoint.State.CLOSED.name().equals(row.getState()))
                    .ifPresent(row -> {
                        List<Long> items = Arrays.stream(ao.find(
                                        CheckpointOutcomeEntity.class,
                                        Query.select("ID, ITEM_ID").where("CLAIM_KEY = ?", key)))
                                .map(CheckpointOutcomeEntity::getItemId)
                                .toList();
                        ao.deleteWithSQL(CheckpointOutcomeEntity.class, "CLAIM_KEY = ?", key);
                        ItemDeferrals.refresh(ao, items);
                        ao.deleteWithSQL(CheckpointCloseEntity.class, "CLOSE_KEY = ?", key);
                        row.setState(Checkpoint.State.OPENED.name());
                        row.save();
                    });
            return null;
        });
    }

    @Override
    public List<Checkpoint> history(IssueRef incident) {
        Query query = Query.select().where("INCIDENT_ID = ?", incident.id()).order("CHECKPOINT_NUMBER");
        return Arrays.stream(ao.find(CheckpointEntity.class, query))
                .map(row -> toCheckpoint(row, outcomes(row.getClaimKey())))
                .toList();
    }

    /** A few IN queries per {@link Rows#IN_CHUNK} incidents instead of two queries per incident and checkpoint. */
    @Override
    public Map<IssueRef, List<Checkpoint>> histories(Collection<IssueRef> incidents) {
        Map<Long, IssueRef> byId = Rows.byId(incidents);
        Map<IssueRef, List<Checkpoint>> histories = new HashMap<>();
        byId.values().forEach(incident -> histories.put(incident, new ArrayList<>()));
        Rows.inChunks(new ArrayList<>(byId.keySet()), (chunk, marks) -> {
            CheckpointEntity[] rows = ao.find(
                    CheckpointEntity.class,
                    Query.select()
                            .where("INCIDENT_ID IN (" + marks + ")", chunk.toArray())
                            .order("INCIDENT_ID, CHECKPOINT_NUMBER"));
            Map<String, Map<IssueRef, ItemOutcome>> outcomes = outcomes(
                    Arrays.stream(rows).map(CheckpointEntity::getClaimKey).toList());
            for (CheckpointEntity row : rows) {
                histories
                        .get(byId.get(row.getIncidentId()))
                        .add(toCheckpoint(row, outcomes.getOrDefault(row.getClaimKey(), Map.of())));
            }
        });
        return histories;
    }

    /** Counts the REPLANNED outcome rows of the items, in IN queries of {@link Rows#IN_CHUNK} ids on ITEM_ID's index. */
    @Override
    public Map<IssueRef, Integer> timesReplanned(Collection<IssueRef> items) {
        Map<Long, IssueRef> byId = Rows.byId(items);
        Map<IssueRef, Integer> counts = new HashMap<>();
        byId.values().forEach(item -> counts.put(item, 0));
        Rows.inChunks(new ArrayList<>(byId.keySet()), (chunk, marks) -> {
            List<Object> parameters = new ArrayList<>(chunk.size() + 1);
            parameters.add(REPLANNED);
            parameters.addAll(chunk);
            for (CheckpointOutcomeEntity row : ao.find(
                    CheckpointOutcomeEntity.class,
                    Query.select("ID, ITEM_ID")
                            .where("OUTCOME = ? AND ITEM_ID IN (" + marks + ")", parameters.toArray()))) {
                counts.merge(byId.get(row.getItemId()), 1, Integer::sum);
            }
        });
        return counts;
    }

    @Override
    public int lastNumber(IssueRef incident) {
        Query query = Query.select()
                .where("INCIDENT_ID = ?", incident.id())
                .order("CHECKPOINT_NUMBER DESC")
                .limit(1);
        CheckpointEntity[] rows = ao.find(CheckpointEntity.class, query);
        return rows.length == 0 ? 0 : rows[0].getCheckpointNumber();
    }

    /** The outcomes of many checkpoints by claim key, in IN queries of {@link Rows#IN_CHUNK} keys. */
    private Map<String, Map<IssueRef, ItemOutcome>> outcomes(List<String> claimKeys) {
        Map<String, Map<IssueRef, ItemOutcome>> outcomes = new HashMap<>();
        Rows.inChunks(claimKeys, (chunk, marks) -> {
            for (CheckpointOutcomeEntity row : ao.find(
                    CheckpointOutcomeEntity.class,
                    Query.select()
                            .where("CLAIM_KEY IN (" + marks + ")", chunk.toArray())
                            .order("ID"))) {
                outcomes.computeIfAbsent(row.getClaimKey(), key -> new LinkedHashMap<>())
                        .put(new IssueRef(row.getItemId(), row.getItemKey(), row.getItemProjectKey()), toOutcome(row));
            }
        });
        return outcomes;
    }

    private Map<IssueRef, ItemOutcome> outcomes(String claimKey) {
        Map<IssueRef, ItemOutcome> outcomes = new LinkedHashMap<>();
        for (CheckpointOutcomeEntity row : ao.find(
                CheckpointOutcomeEntity.class,
                Query.select().where("CLAIM_KEY = ?", claimKey).order("ID"))) {
            outcomes.put(new IssueRef(row.getItemId(), row.getItemKey(), row.getItemProjectKey()), toOutcome(row));
        }
        return outcomes;
    }

    private Optional<CheckpointEntity> row(String claimKey) {
        CheckpointEntity[] rows = ao.find(CheckpointEntity.class, "CLAIM_KEY = ?", claimKey);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    static String claimKey(IssueRef incident, int number) {
        return incident.id() + ":" + number;
    }

    private static String kind(ItemOutcome outcome) {
        if (outcome instanceof ItemOutcome.Replanned) {
            return REPLANNED;
        }
        return outcome instanceof ItemOutcome.Dropped ? DROPPED : DONE;
    }

    private static ItemOutcome toOutcome(CheckpointOutcomeEntity row) {
        return switch (row.getOutcome()) {
            case REPLANNED -> new ItemOutcome.Replanned(LocalDate.parse(row.getNewDue()));
            case DROPPED -> new ItemOutcome.Dropped(row.getReason());
            default -> new ItemOutcome.Done();
        };
    }

    private static Checkpoint toCheckpoint(CheckpointEntity row, Map<IssueRef, ItemOutcome> outcomes) {
        IssueRef subTask = row.getSubTaskId() == null ? null : IssueRef.of(row.getSubTaskId(), row.getSubTaskKey());
        return new Checkpoint(
                new IssueRef(row.getIncidentId(), row.getIncidentKey(), row.getProjectKey()),
                row.getCheckpointNumber(),
                Rows.instant(row.getDueAt()),
                Rows.instant(row.getClaimedAt()),
                subTask,
                Checkpoint.State.valueOf(row.getState()),
                outcomes);
    }
}

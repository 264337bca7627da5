package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.checkpoint.CheckpointPolicy;
import io.debrief.core.checkpoint.HeldDebrief;
import io.debrief.core.checkpoint.HeldDebriefs;
import io.debrief.core.common.IssueRef;
import io.debrief.core.settings.ProjectSettings;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The debriefs that have been held (held or published), read from the debrief table; owner = the incident's. The
 * checkpoint job's next look is the debrief row's NEXT_LOOK_AT (indexed), the planned intervals the CHECKPOINT_PLAN
 * table.
 */
@Component
public class AoHeldDebriefs implements HeldDebriefs {

    private static final int REPLAN_PAGE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(AoHeldDebriefs.class);

    private final ActiveObjects ao;
    private final AoDebriefStore debriefs;

    @Inject
    public AoHeldDebriefs(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
        this.debriefs = new AoDebriefStore(ao);
    }

    /**
     * Reads by the unique INCIDENT_ID index alone and keeps the held rows here: with the status in the WHERE clause
     * H2 picks the STATUS index and sorts every held row for each page. Drafts are few, so little is read in vain.
     */
    @Override
    public List<HeldDebrief> heldAfter(long afterIncidentId, int limit) {
        List<HeldDebrief> found = new ArrayList<>(limit);
        long cursor = afterIncidentId;
        DebriefEntity[] rows;
        do {
            rows = ao.find(
                    DebriefEntity.class,
                    Query.select()
                            .where("INCIDENT_ID > ?", cursor)
                            .order("INCIDENT_ID")
                            .limit(limit));
            for (int i = 0; i < rows.length && found.size() < limit; i++) {
                if (isHeld(rows[i])) {
                    found.add(AoDebriefStore.toHeld(rows[i]));
                }
                cursor = rows[i].getIncidentId();
            }
        } while (found.size() < limit && rows.length == limit);
        return found;
    }

    private static boolean isHeld(DebriefEntity row) {
        return row.getHeldAt() != null
                && Arrays.asList(AoDebriefStore.heldOrPublished()).contains(row.getStatus());
    }

    /**
     * Reads the NEXT_LOOK_AT index range up to the moment (held rows only have one): with nothing due the database
     * reads one index page and returns no row, however many debriefs are held.
     *
     * <p>The moment is written into the SQL as a number, not bound: with a bound value PostgreSQL switches to a
     * generic plan after five runs, walks the INCIDENT_ID index for the ORDER BY and filters every held row (300 ms
     * over a million with nothing due, {@code bench/README.md}). With the number it plans for the actual range. It is
     * a {@code long}, so nothing but digits can reach the SQL.
     */
    @Override
    public List<HeldDebrief> dueBy(Instant moment, long afterIncidentId, int limit) {
        long upTo = moment.toEpochMilli();
        DebriefEntity[] rows = ao.find(
                DebriefEntity.class,
                Query.select()
                        .where("NEXT_LOOK_AT <= " + upTo + " AND INCIDENT_ID > ?", afterIncidentId)
                        .order("INCIDENT_ID")
                        .limit(limit));
        List<HeldDebrief> due = new ArrayList<>(rows.length);
        for (DebriefEntity row : rows) {
            // a row loses its look when it is no longer held, so every row in the range is held
            due.add(AoDebriefStore.toHeld(row));
        }
        return due;
    }

    /**
     * A write that loses to another node's write of the same row (PostgreSQL: "could not serialize access") is given
     * up: that node has just looked at the same debrief, and a look left where it was only means the next run looks
     * again, as before the look existed. Never a reason to fail the run's debrief.
     */
    @Override
    public void scheduleNext(IssueRef incident, int lastNumber, Instant nextLook) {
        try {
            debriefs.row(incident.id()).filter(AoHeldDebriefs::isHeld).ifPresent(row -> {
                row.setLastCheckpoint(lastNumber);
                row.setNextLookAt(nextLook.toEpochMilli());
                row.save();
            });
        } catch (RuntimeException concurrentWrite) {
            LOG.debug("next checkpoint look of {} left for the next run", incident.key(), concurrentWrite);
        }
    }

    @Override
    public Map<String, Integer> plannedIntervals() {
        Map<String, Integer> planned = new HashMap<>();
        for (CheckpointPlanEntity row : ao.find(CheckpointPlanEntity.class, Query.select())) {
            planned.put(row.getProjectKey(), row.getIntervalDays());
        }
        return planned;
    }

    /** Pages the project's rows by incident id (PROJECT_KEY index) in one transaction, then records the interval. */
    @Override
    public void replan(String projectKey, int intervalDays) {
        CheckpointPolicy policy = new CheckpointPolicy(
                intervalDays == NOT_TAKING_PART ? ProjectSettings.MIN_CHECKPOINT_INTERVAL_DAYS : intervalDays);
        ao.executeInTransaction(() -> {
            long cursor = 0;
            DebriefEntity[] rows;
            do {
                rows = ao.find(
                        DebriefEntity.class,
                        Query.select()
                                .where("PROJECT_KEY = ? AND INCIDENT_ID > ?", projectKey, cursor)
                                .order("INCIDENT_ID")
                                .limit(REPLAN_PAGE));
                for (DebriefEntity row : rows) {
                    cursor = row.getIncidentId();
                    if (isHeld(row)) {
                        int last = row.getLastCheckpoint() == null ? 0 : row.getLastCheckpoint();
                        row.setNextLookAt(policy.nextLook(Instant.ofEpochMilli(row.getHeldAt()), last)
                                .toEpochMilli());
                        row.save();
                    }
                }
            } while (rows.length == REPLAN_PAGE);
            CheckpointPlanEntity[] plan = plan(projectKey);
            if (plan.length == 0) {
                createPlan(projectKey, intervalDays);
            } else {
                plan[0].setIntervalDays(intervalDays);
                plan[0].save();
            }
            return null;
        });
    }

    /**
     * Data upgrade 3: gives every held debrief written before the next look existed its last checkpoint number (the
     * highest in the checkpoint log) and a first look when that number's successor can first come due with any
     * interval; the job then plans each project with its own. Rows already planned are left alone, so running it again
     * changes nothing. Pages by incident id; returns how many rows it planned.
     */
    public int planUnplanned() {
        int planned = 0;
        long cursor = 0;
        DebriefEntity[] rows;
        do {
            rows = ao.find(
                    DebriefEntity.class,
                    Query.select()
                            .where("INCIDENT_ID > ?", cursor)
                            .order("INCIDENT_ID")
                            .limit(REPLAN_PAGE));
            for (DebriefEntity row : rows) {
                cursor = row.getIncidentId();
                if (isHeld(row) && row.getNextLookAt() == null) {
                    CheckpointEntity[] last = ao.find(
                            CheckpointEntity.class,
                            Query.select()
                                    .where("INCIDENT_ID = ?", row.getIncidentId())
                                    .order("CHECKPOINT_NUMBER DESC")
                                    .limit(1));
                    int lastNumber = last.length == 0 ? 0 : last[0].getCheckpointNumber();
                    row.setLastCheckpoint(lastNumber);
                    row.setNextLookAt(new CheckpointPolicy(ProjectSettings.MIN_CHECKPOINT_INTERVAL_DAYS)
                            .nextLook(Instant.ofEpochMilli(row.getHeldAt()), lastNumber)
                            .toEpochMilli());
                    row.save();
                    planned++;
                }
            }
        } while (rows.length == REPLAN_PAGE);
        return planned;
    }

    /** The unique PROJECT_KEY makes a second node's INSERT fail; then the first one's row stays. */
    @Override
    public void recordPlan(String projectKey, int intervalDays) {
        if (plan(projectKey).length == 0) {
            Rows.insertUnlessPresent(
                    () -> ao.executeInTransaction(() -> createPlan(projectKey, intervalDays)),
                    () -> plan(projectKey).length > 0);
        }
    }

    private CheckpointPlanEntity[] plan(String projectKey) {
        return ao.find(CheckpointPlanEntity.class, Query.select().where("PROJECT_KEY = ?", projectKey));
    }

    private CheckpointPlanEntity createPlan(String projectKey, int intervalDays) {
        return ao.create(
                CheckpointPlanEntity.class,
                new DBParam("PROJECT_KEY", projectKey),
                new DBParam("INTERVAL_DAYS", intervalDays));
    }

    @Override
    public Optional<HeldDebrief> find(IssueRef incident) {
        return debriefs.row(incident.id())
                .filter(row -> row.getHeldAt() != null)
                .map(AoDebriefStore::toHeld);
    }
}

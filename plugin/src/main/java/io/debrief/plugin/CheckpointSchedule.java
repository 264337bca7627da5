package io.debrief.plugin;

/**
 * When the checkpoint job runs. In Jira the cluster scheduler runs it by the admin's cron, and a saved change re-plans
 * it at once; a host that runs jobs on demand only (the sandbox, with its "Run scheduled jobs now") has no plan.
 */
public interface CheckpointSchedule {

    /** For hosts that run the job on demand: there is no timer to re-plan. */
    CheckpointSchedule ON_DEMAND = cron -> true;

    /** Re-plans the job with this cron; false when the scheduler refused it (the job keeps its old plan). */
    boolean reschedule(String cron);
}

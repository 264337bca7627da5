package io.debrief.core.checkpoint;

/**
 * The checkpoint job as the scheduler sees it: one run opens every checkpoint that has come due and reports what it
 * did. Implemented by {@link OpenDueCheckpoints}; {@link CheckpointRuns} records each run's report.
 */
public interface RunningCheckpoints {

    /** One run of the job over every checkpoint due now. */
    JobRunReport run();
}

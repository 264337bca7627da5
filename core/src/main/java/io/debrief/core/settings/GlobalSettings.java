package io.debrief.core.settings;

import java.util.Objects;
import java.util.Set;

/**
 * The instance-wide debrief settings: the label that marks action items, when the job runs, how the monthly review
 * closes and prioritises items, and which projects take part.
 *
 * @param enabledProjectKeys empty: every project takes part
 */
public record GlobalSettings(
        String label,
        String jobCron,
        String irrelevantResolution,
        String prioritisePriority,
        Set<String> enabledProjectKeys) {

    public static final String DEFAULT_LABEL = "debrief";
    public static final String DEFAULT_JOB_CRON = "0 0 6 * * ?";
    public static final String DEFAULT_IRRELEVANT_RESOLUTION = "Won't Do";
    public static final String DEFAULT_PRIORITISE_PRIORITY = "High";

    /** What an instance starts with. */
    public static final GlobalSettings DEFAULTS = new GlobalSettings(
            DEFAULT_LABEL, DEFAULT_JOB_CRON, DEFAULT_IRRELEVANT_RESOLUTION, DEFAULT_PRIORITISE_PRIORITY, Set.of());

    public GlobalSettings {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(jobCron, "jobCron");
        Objects.requireNonNull(irrelevantResolution, "irrelevantResolution");
        Objects.requireNonNull(prioritisePriority, "prioritisePriority");
        enabledProjectKeys = Set.copyOf(enabledProjectKeys);
    }

    public boolean enabledFor(String projectKey) {
        return enabledProjectKeys.isEmpty() || enabledProjectKeys.contains(projectKey);
    }

    public GlobalSettings withEnabledProjectKeys(Set<String> keys) {
        return new GlobalSettings(label, jobCron, irrelevantResolution, prioritisePriority, keys);
    }
}

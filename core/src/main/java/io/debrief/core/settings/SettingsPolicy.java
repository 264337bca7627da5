package io.debrief.core.settings;

import io.debrief.core.common.SaneRange;
import io.debrief.core.common.Validation;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks settings an admin submits and turns them into settings values, reporting every problem by field name.
 *
 * <p>Fields: detect, resolve, acknowledge, mitigate (both optional), checkpointIntervalDays, label, jobCron, irrelevantResolution, prioritisePriority,
 * enabledProjectKeys.
 */
public final class SettingsPolicy {

    /** Jira label rules: no whitespace, at most 255 characters. */
    public static final int MAX_LABEL_LENGTH = 255;

    public static final int MAX_NAME_LENGTH = 255;

    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** The project's settings without targets to acknowledge or mitigate. */
    public ProjectSettings project(
            String projectKey, boolean enabled, Duration detect, Duration resolve, int checkpointIntervalDays) {
        return project(projectKey, enabled, detect, resolve, null, null, checkpointIntervalDays);
    }

    /**
     * The project's settings, or {@link io.debrief.core.common.InvalidInputException} listing every bad field.
     *
     * @param acknowledge null: no target to acknowledge (and no such question)
     * @param mitigate null: no target to mitigate (and no such question)
     */
    public ProjectSettings project(
            String projectKey,
            boolean enabled,
            Duration detect,
            Duration resolve,
            Duration acknowledge,
            Duration mitigate,
            int checkpointIntervalDays) {
        Validation v = new Validation();
        checkTarget(v, "detect", detect);
        checkTarget(v, "resolve", resolve);
        if (acknowledge != null) {
            checkTarget(v, "acknowledge", acknowledge);
        }
        if (mitigate != null) {
            checkTarget(v, "mitigate", mitigate);
        }
        if (SaneRange.isTarget(detect) && SaneRange.isTarget(resolve)) {
            v.check(detect.compareTo(resolve) <= 0, "detect", "debrief.error.settings.detect.after.resolve");
        }
        v.check(
                checkpointIntervalDays >= ProjectSettings.MIN_CHECKPOINT_INTERVAL_DAYS
                        && checkpointIntervalDays <= ProjectSettings.MAX_CHECKPOINT_INTERVAL_DAYS,
                "checkpointIntervalDays",
                "debrief.error.settings.interval.range",
                ProjectSettings.MIN_CHECKPOINT_INTERVAL_DAYS,
                ProjectSettings.MAX_CHECKPOINT_INTERVAL_DAYS);
        v.check(
                projectKey != null && PROJECT_KEY.matcher(projectKey).matches(),
                "projectKey",
                "debrief.error.settings.project.invalid");
        v.throwIfInvalid();
        return new ProjectSettings(
                projectKey, enabled, new Targets(detect, resolve, acknowledge, mitigate), checkpointIntervalDays);
    }

    /** The global settings, or {@link io.debrief.core.common.InvalidInputException} listing every bad field. */
    public GlobalSettings global(
            String label,
            String jobCron,
            String irrelevantResolution,
            String prioritisePriority,
            Set<String> enabledProjectKeys) {
        Validation v = new Validation();
        if (label == null || label.isEmpty()) {
            v.reject("label", "debrief.error.settings.label.required");
        } else {
            v.check(!WHITESPACE.matcher(label).find(), "label", "debrief.error.settings.label.spaces");
            v.check(
                    label.length() <= MAX_LABEL_LENGTH,
                    "label",
                    "debrief.error.settings.label.too.long",
                    MAX_LABEL_LENGTH);
        }
        v.check(CronSchedule.isValid(jobCron), "jobCron", "debrief.error.settings.cron.invalid");
        checkName(v, "irrelevantResolution", irrelevantResolution);
        checkName(v, "prioritisePriority", prioritisePriority);
        Set<String> keys = enabledProjectKeys == null ? Set.of() : enabledProjectKeys;
        v.check(
                keys.stream()
                        .allMatch(key -> key != null && PROJECT_KEY.matcher(key).matches()),
                "enabledProjectKeys",
                "debrief.error.settings.project.invalid");
        v.throwIfInvalid();
        return new GlobalSettings(label, jobCron.trim(), irrelevantResolution.trim(), prioritisePriority.trim(), keys);
    }

    private static void checkTarget(Validation v, String field, Duration target) {
        if (target == null) {
            v.reject(field, "debrief.error.settings.target.positive");
        } else {
            v.check(
                    SaneRange.isTarget(target),
                    field,
                    SaneRange.TARGET_OUT_OF_RANGE,
                    SaneRange.MIN_TARGET.toMinutes(),
                    SaneRange.MAX_TARGET.toMinutes());
        }
    }

    private static void checkName(Validation v, String field, String name) {
        v.check(
                name != null && !name.isBlank() && name.length() <= MAX_NAME_LENGTH,
                field,
                "debrief.error.settings.name.invalid");
    }
}

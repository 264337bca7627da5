package io.debrief.core.debrief;

import io.debrief.core.common.Validation;
import java.util.Optional;

/**
 * What the incident cost: who was affected, how many, for how long, and in money; all free text but the count.
 *
 * @param affectedCount how many were affected, or null when unknown
 */
public record Impact(String affected, Long affectedCount, String duration, String cost) {

    public static final int MAX_AFFECTED_CHARS = 2000;
    public static final int MAX_SHORT_CHARS = 500;

    public Impact {
        affected = affected == null ? "" : affected;
        duration = duration == null ? "" : duration;
        cost = cost == null ? "" : cost;
    }

    public static Impact empty() {
        return new Impact("", null, "", "");
    }

    public Optional<Long> count() {
        return Optional.ofNullable(affectedCount);
    }

    /** Adds this impact's refusals (fields "impact.affected", "impact.count", "impact.duration", "impact.cost"). */
    void validate(Validation validation) {
        validation.check(
                affected.length() <= MAX_AFFECTED_CHARS,
                "impact.affected",
                "debrief.error.impact.too-long",
                MAX_AFFECTED_CHARS);
        validation.check(
                affectedCount == null || affectedCount >= 0, "impact.count", "debrief.error.impact.count.negative");
        validation.check(
                duration.length() <= MAX_SHORT_CHARS,
                "impact.duration",
                "debrief.error.impact.too-long",
                MAX_SHORT_CHARS);
        validation.check(
                cost.length() <= MAX_SHORT_CHARS, "impact.cost", "debrief.error.impact.too-long", MAX_SHORT_CHARS);
    }
}

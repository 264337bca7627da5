package io.debrief.core.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every duration this product measures, defined once: from which fact to which fact, and the i18n keys of its name
 * and of its definition. Standard questions, the library, trends, JQL and both incident tabs all measure through
 * here, so "time to detect" means the same thing everywhere.
 *
 * <p>A phase is unknown when either end is unknown, or when its end comes before its start (that is a finding of
 * the facts, never a zero or negative duration). A phase built on an approximate moment is approximate.
 */
public enum Phase {
    /** Started to detected. */
    DETECT(Fact.STARTED, Fact.DETECTED),
    /** Detected to acknowledged. */
    ACKNOWLEDGE(Fact.DETECTED, Fact.ACKNOWLEDGED),
    /** Started to mitigated. */
    MITIGATE(Fact.STARTED, Fact.MITIGATED),
    /** Started to resolved. */
    RESOLVE(Fact.STARTED, Fact.RESOLVED),
    /** Impact started to impact ended: how long customers felt it. */
    CUSTOMER_IMPACT(Fact.IMPACT_STARTED, Fact.IMPACT_ENDED);

    private final Fact from;
    private final Fact to;

    Phase(Fact from, Fact to) {
        this.from = from;
        this.to = to;
    }

    public Fact from() {
        return from;
    }

    public Fact to() {
        return to;
    }

    /** The name used in JSON: "detect", "customer-impact". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Phase> fromWire(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(phase -> phase.wireName().equals(wanted))
                .findFirst();
    }

    /** The i18n key of its name ("debrief.phase.detect": "Time to detect"). */
    public String nameKey() {
        return "debrief.phase." + wireName();
    }

    /** The i18n key of its definition ("debrief.phase.detect.definition": "From started to detected"). */
    public String definitionKey() {
        return nameKey() + ".definition";
    }

    /** Its duration in {@code facts}: empty when an end is unknown or the ends are out of order, never zero for that. */
    public Optional<Duration> duration(IncidentFacts facts) {
        return measure(facts).duration();
    }

    /** Its measurement in {@code facts}: the duration or why there is none, and whether it is approximate. */
    public Measure measure(IncidentFacts facts) {
        Instant start = facts.at(from);
        Instant end = facts.at(to);
        if (start == null) {
            return new Measure(this, null, Status.NO_START, false);
        }
        if (end == null) {
            return new Measure(this, null, Status.NO_END, false);
        }
        if (end.isBefore(start)) {
            return new Measure(this, null, Status.OUT_OF_ORDER, false);
        }
        boolean approximate = facts.isApproximate(from) || facts.isApproximate(to);
        return new Measure(this, Duration.between(start, end), Status.KNOWN, approximate);
    }

    /** Why a phase has a duration or not. */
    public enum Status {
        KNOWN,
        /** Its start fact is unknown. */
        NO_START,
        /** Its end fact is unknown. */
        NO_END,
        /** Its end comes before its start (a finding). */
        OUT_OF_ORDER;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One phase measured.
     *
     * @param took null unless {@code status} is KNOWN
     * @param approximate whether either end is an approximate moment ("about 12 min"); false when unknown
     */
    public record Measure(Phase phase, Duration took, Status status, boolean approximate) {

        public Optional<Duration> duration() {
            return Optional.ofNullable(took);
        }

        public boolean known() {
            return took != null;
        }
    }
}

package io.debrief.core.testkit;

import io.debrief.core.common.UserRef;
import io.debrief.core.debrief.AutoResolved;
import io.debrief.core.debrief.Debrief;
import io.debrief.core.debrief.DebriefStatus;
import io.debrief.core.debrief.Impact;
import io.debrief.core.debrief.PublishedRecord;
import io.debrief.core.incident.Incident;
import java.time.Duration;
import java.time.Instant;

/**
 * Builders for stored debriefs and a seeded world of incidents with timelines and debriefs:
 * {@code aDebrief().heldAt(t).publishedAt(t2).build(incidentId)}.
 */
public final class DebriefFixtures {

    public static final UserRef FACILITATOR = new UserRef("alice", "Alice Example");

    private DebriefFixtures() {}

    public static Builder aDebrief() {
        return new Builder();
    }

    /** Builds a debrief that has been held (and published, if told when). */
    public static final class Builder {
        private Instant heldAt = Instant.parse("2026-03-02T10:00:00Z");
        private Instant publishedAt;
        private PublishedRecord record;
        private String analysis = "The retry storm was not rate limited.";
        private Impact impact = new Impact("Checkout users", 1200L, "55 minutes", "unknown");

        public Builder heldAt(Instant value) {
            heldAt = value;
            return this;
        }

        public Builder publishedAt(Instant value) {
            publishedAt = value;
            return this;
        }

        /** What the published debrief was judged on; without it, a debrief published before records were kept. */
        public Builder judgedOn(PublishedRecord value) {
            record = value;
            return this;
        }

        public Builder analysis(String value) {
            analysis = value;
            return this;
        }

        public Builder impact(Impact value) {
            impact = value;
            return this;
        }

        public Debrief build(long incidentId) {
            DebriefStatus status = publishedAt == null ? DebriefStatus.HELD : DebriefStatus.PUBLISHED;
            return new Debrief(
                    incidentId,
                    status,
                    impact,
                    analysis,
                    AutoResolved.NO,
                    heldAt,
                    FACILITATOR,
                    publishedAt,
                    publishedAt == null ? null : FACILITATOR,
                    0,
                    heldAt,
                    FACILITATOR,
                    null,
                    record);
        }
    }

    /**
     * Incidents, their timelines (started, detected, resolved) and their debriefs, in the in-memory fakes, so use
     * cases reading all three see one consistent world.
     */
    public static final class World {
        public final InMemoryIncidents incidents = new InMemoryIncidents();
        public final InMemoryTimelineStore timelines = new InMemoryTimelineStore();
        public final InMemoryDebriefStore debriefs = new InMemoryDebriefStore();

        /** Adds the incident with a timeline started at {@code started}, detected and resolved after those delays. */
        public World incident(Incident incident, Instant started, Duration toDetect, Duration toResolve) {
            incidents.with(incident);
            timelines.add(TimelineFixtures.anEntry()
                    .incidentId(incident.id())
                    .started(started)
                    .build());
            if (toDetect != null) {
                timelines.add(TimelineFixtures.anEntry()
                        .incidentId(incident.id())
                        .detected(started.plus(toDetect))
                        .build());
            }
            if (toResolve != null) {
                timelines.add(TimelineFixtures.anEntry()
                        .incidentId(incident.id())
                        .resolved(started.plus(toResolve))
                        .build());
            }
            return this;
        }

        public World debrief(Incident incident, Builder debrief) {
            debriefs.save(incident, debrief.build(incident.id()), 0);
            return this;
        }
    }
}

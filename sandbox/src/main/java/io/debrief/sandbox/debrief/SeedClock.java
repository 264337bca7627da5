package io.debrief.sandbox.debrief;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The clock the demo seed sets to each moment of an incident's story, so use cases record history as it happened. */
final class SeedClock extends Clock {

    private volatile Instant now;

    SeedClock(Instant now) {
        this.now = now;
    }

    void set(Instant moment) {
        now = moment;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}

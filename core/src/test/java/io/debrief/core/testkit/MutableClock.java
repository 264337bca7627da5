package io.debrief.core.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move forward by hand, so time-based rules are checked without sleeping. */
public final class MutableClock extends Clock {

    private Instant now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** A UTC clock standing at the given instant, e.g. {@code at("2026-03-02T09:00:00Z")}. */
    public static MutableClock at(String isoInstant) {
        return new MutableClock(Instant.parse(isoInstant), ZoneOffset.UTC);
    }

    public MutableClock advance(Duration by) {
        now = now.plus(by);
        return this;
    }

    public MutableClock advanceDays(long days) {
        return advance(Duration.ofDays(days));
    }

    public MutableClock setTo(Instant instant) {
        now = instant;
        return this;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return new MutableClock(now, otherZone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}

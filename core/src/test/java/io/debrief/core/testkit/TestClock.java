package io.debrief.core.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test sets and moves forward by hand, so time-dependent rules are tested without sleeping. */
public final class TestClock extends Clock {

    private Instant now;
    private final ZoneId zone;

    private TestClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock standing at {@code now}, in UTC. */
    public static TestClock at(Instant now) {
        return new TestClock(now, ZoneOffset.UTC);
    }

    /** A clock standing at {@code now}, written as ISO-8601 ("2026-03-01T10:00:00Z"). */
    public static TestClock at(String now) {
        return at(Instant.parse(now));
    }

    public TestClock advance(Duration by) {
        now = now.plus(by);
        return this;
    }

    public TestClock advanceDays(long days) {
        return advance(Duration.ofDays(days));
    }

    public TestClock set(Instant instant) {
        now = instant;
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new TestClock(now, newZone);
    }
}

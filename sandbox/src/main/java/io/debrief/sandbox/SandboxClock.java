package io.debrief.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Real time plus an offset that only moves forward, so checkpoints and the monthly review can be seen happening.
 * The offset is stored in the database and survives restarts.
 */
public final class SandboxClock extends Clock {

    private final Clock real;
    private final AtomicReference<Duration> offset;
    private final Consumer<Duration> store;

    SandboxClock(Clock real, Duration offset, Consumer<Duration> store) {
        this.real = real;
        this.offset = new AtomicReference<>(offset);
        this.store = store;
    }

    /** Moves the clock forward by whole days and remembers the new offset. */
    public Instant advance(int days) {
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("days must be 1-366: " + days);
        }
        Duration now = offset.updateAndGet(o -> o.plusDays(days));
        store.accept(now);
        return instant();
    }

    private volatile Instant seedAt;

    /**
     * Pins the clock at {@code moment} while the demo seed writes an incident's story (null: real time plus the offset
     * again). Only the seed, before the sandbox serves requests, uses it.
     */
    public void seedAt(Instant moment) {
        seedAt = moment;
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SandboxClock(real.withZone(zone), offset.get(), store);
    }

    @Override
    public Instant instant() {
        Instant pinned = seedAt;
        return pinned != null ? pinned : real.instant().plus(offset.get());
    }
}

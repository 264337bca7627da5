package io.debrief.plugin;

import io.debrief.core.intake.EventIntake;
import io.debrief.core.intake.EventSourceAdmin;
import io.debrief.core.intake.EventSources;
import io.debrief.core.intake.ExternalEventLog;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The composition of the event intake (issue 15): the intake itself and the admin's sources, built once from their
 * stores. Kept beside {@link DebriefApplication} so hosts that do not take events yet build without it.
 */
@Component
public class IntakeApplication {

    private final EventIntake intake;
    private final EventSourceAdmin sources;

    @Inject
    public IntakeApplication(EventSources sources, ExternalEventLog events) {
        this(sources, events, Clock.systemUTC());
    }

    public IntakeApplication(EventSources sources, ExternalEventLog events, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        this.intake = new EventIntake(sources, events, clock);
        this.sources = new EventSourceAdmin(sources, clock);
    }

    /** Receives a delivery from a configured source. */
    public EventIntake intake() {
        return intake;
    }

    /** The admin's event sources. */
    public EventSourceAdmin sources() {
        return sources;
    }
}

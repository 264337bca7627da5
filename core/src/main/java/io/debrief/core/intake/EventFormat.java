package io.debrief.core.intake;

import io.debrief.core.common.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The published payload formats the intake reads, one parser each. */
public enum EventFormat {
    ALERTMANAGER(new AlertmanagerFormat(false)),
    GRAFANA(new AlertmanagerFormat(true)),
    PAGERDUTY(new PagerDutyFormat()),
    OPSGENIE(new OpsgenieFormat()),
    CLOUDEVENTS(new CloudEventsFormat()),
    STATUSPAGE(new StatuspageFormat());

    private final FormatParser parser;

    EventFormat(FormatParser parser) {
        this.parser = parser;
    }

    /** Whether the sender signs its payloads (and the source must hold the signing secret to verify them). */
    public boolean isSigned() {
        return this == PAGERDUTY;
    }

    /**
     * The events of {@code body}; throws {@link io.debrief.core.common.InvalidInputException} naming every bad field
     * (its path in the payload) before anything is used. Members not read are ignored.
     */
    public List<ExternalEvent> parse(String body, Instant receivedAt) {
        Object tree = JsonTree.parse(body);
        Validation validation = new Validation();
        List<ExternalEvent> events = parser.read(Payload.root(tree, validation), receivedAt);
        validation.throwIfInvalid();
        return events;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EventFormat> fromWire(String value) {
        for (EventFormat format : values()) {
            if (format.wireName().equals(value)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}

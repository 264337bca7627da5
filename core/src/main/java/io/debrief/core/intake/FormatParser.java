package io.debrief.core.intake;

import java.time.Instant;
import java.util.List;

/** Reads one published payload format into normalised events; problems go to the payload's validation. */
interface FormatParser {

    /**
     * The events of one payload; an empty list when the payload is valid but about nothing the timeline uses (a
     * PagerDuty priority change). {@code receivedAt} stands in for a sender that gives no time for an action.
     */
    List<ExternalEvent> read(Payload root, Instant receivedAt);
}

package io.debrief.core.incident;

import java.util.Objects;

/** One gap or contradiction found in an incident's facts; reported, never thrown. */
public record Finding(FindingKind kind) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
    }

    public String messageKey() {
        return kind.messageKey();
    }
}

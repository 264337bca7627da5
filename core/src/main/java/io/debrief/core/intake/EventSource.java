package io.debrief.core.intake;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin-configured sender of events: its URL key ({@code /intake/<key>}), its payload format, the hash of its
 * secret (the secret itself is shown once), a signing secret where the format signs, the label mapping to projects and
 * components, and whether a firing alert may open an incident itself.
 *
 * @param signingSecret the sender's own signing secret (PagerDuty), kept as given since verifying an HMAC needs it;
 *                      null for unsigned formats
 */
public record EventSource(
        long id,
        String key,
        String name,
        EventFormat format,
        String secretHash,
        String signingSecret,
        List<LabelMapping> mappings,
        boolean mayOpenIncident,
        Instant createdAt,
        Instant secretRotatedAt) {

    public EventSource {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(createdAt, "createdAt");
        name = name == null ? key : name;
        mappings = List.copyOf(mappings == null ? List.of() : mappings);
        secretRotatedAt = secretRotatedAt == null ? createdAt : secretRotatedAt;
    }

    /** The first mapping rule the event matches: where it belongs. */
    public Optional<LabelMapping> routeOf(ExternalEvent event) {
        return mappings.stream().filter(mapping -> mapping.matches(event)).findFirst();
    }

    public EventSource withId(long newId) {
        return new EventSource(
                newId,
                key,
                name,
                format,
                secretHash,
                signingSecret,
                mappings,
                mayOpenIncident,
                createdAt,
                secretRotatedAt);
    }

    public EventSource withSecret(String newHash, Instant at) {
        return new EventSource(id, key, name, format, newHash, signingSecret, mappings, mayOpenIncident, createdAt, at);
    }
}

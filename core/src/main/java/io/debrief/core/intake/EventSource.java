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
 * @param mayOpenIncident whether a firing alert with no open incident opens an Incident issue itself (off unless an
 *                        admin turned it on)
 * @param incidentProject the project such an incident goes to (one of the mapping's projects), or null
 * @param actingUserKey the key of the user the source opens incidents as, checked when the setting was turned on;
 *                      null while off
 * @param actingUsername that user's username, as the admin wrote it, or null
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
        String incidentProject,
        String actingUserKey,
        String actingUsername,
        Instant createdAt,
        Instant secretRotatedAt) {

    /** A source that opens no incidents (and names no project or user for them). */
    public EventSource(
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
        this(
                id,
                key,
                name,
                format,
                secretHash,
                signingSecret,
                mappings,
                mayOpenIncident,
                null,
                null,
                null,
                createdAt,
                secretRotatedAt);
    }

    public EventSource {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(createdAt, "createdAt");
        name = name == null ? key : name;
        mappings = List.copyOf(mappings == null ? List.of() : mappings);
        secretRotatedAt = secretRotatedAt == null ? createdAt : secretRotatedAt;
    }

    /** Whether a firing alert of this source opens an incident: turned on, with its project and acting user set. */
    public boolean opensIncidents() {
        return mayOpenIncident && incidentProject != null && actingUserKey != null;
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
                incidentProject,
                actingUserKey,
                actingUsername,
                createdAt,
                secretRotatedAt);
    }

    public EventSource withSecret(String newHash, Instant at) {
        return new EventSource(
                id,
                key,
                name,
                format,
                newHash,
                signingSecret,
                mappings,
                mayOpenIncident,
                incidentProject,
                actingUserKey,
                actingUsername,
                createdAt,
                at);
    }
}

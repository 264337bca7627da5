package io.debrief.plugin.intake;

import io.debrief.core.intake.EventFormat;
import io.debrief.core.intake.EventSource;
import io.debrief.core.intake.LabelMapping;
import io.debrief.core.intake.SourceForm;
import io.debrief.plugin.rest.json.JsonInput;
import java.util.List;

/**
 * An event source as the admin page writes it: every value text, read by our input pipeline (format by wire name,
 * mayOpenIncident "true"/"false"). When mayOpenIncident is "true", incidentProject (one of the mapping's projects) and
 * actingUser (a Jira username) say where incidents go and who opens them.
 */
public record SourceJson(
        String key,
        String name,
        String format,
        String signingSecret,
        List<MappingJson> mappings,
        String mayOpenIncident,
        String incidentProject,
        String actingUser) {

    /** A source written without the incident settings (they stay unset). */
    public SourceJson(
            String key,
            String name,
            String format,
            String signingSecret,
            List<MappingJson> mappings,
            String mayOpenIncident) {
        this(key, name, format, signingSecret, mappings, mayOpenIncident, null, null);
    }

    /** Not "true" or "false". */
    public static final String BOOLEAN = "debrief.error.intake.field.boolean";

    /** One label mapping rule. */
    public record MappingJson(String label, String value, String projectKey, String component) {}

    /** The form core validates; what only the wire can get wrong (format name, boolean text) is refused here. */
    public SourceForm toForm() {
        JsonInput in = new JsonInput();
        EventFormat parsed = null;
        if (format != null && !format.isBlank()) {
            parsed = EventFormat.fromWire(format.strip()).orElse(null);
            in.check(
                    parsed != null,
                    "format",
                    JsonInput.VALUE_UNKNOWN,
                    String.join(
                            ", ",
                            java.util.Arrays.stream(EventFormat.values())
                                    .map(EventFormat::wireName)
                                    .toList()));
        }
        boolean mayOpen = "true".equals(mayOpenIncident);
        in.check(mayOpenIncident == null || mayOpen || "false".equals(mayOpenIncident), "mayOpenIncident", BOOLEAN);
        List<LabelMapping> rules = mappings == null
                ? List.of()
                : mappings.stream()
                        .map(mapping -> mapping == null ? new MappingJson(null, null, null, null) : mapping)
                        .map(mapping -> new LabelMapping(
                                text(mapping.label()),
                                text(mapping.value()),
                                text(mapping.projectKey()),
                                mapping.component() == null
                                        ? null
                                        : mapping.component().strip()))
                        .toList();
        in.throwIfInvalid();
        return new SourceForm(
                key,
                name,
                parsed,
                signingSecret,
                rules,
                mayOpen,
                incidentProject == null ? null : incidentProject.strip().toUpperCase(java.util.Locale.ROOT),
                actingUser);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** A stored source as the admin sees it: never its secret or signing secret, only whether one is set. */
    public record View(
            String key,
            String name,
            String format,
            boolean signed,
            boolean signingSecretSet,
            List<MappingJson> mappings,
            boolean mayOpenIncident,
            String incidentProject,
            String actingUser,
            String createdAt,
            String secretRotatedAt,
            String intakePath) {

        public static View of(EventSource source) {
            return new View(
                    source.key(),
                    source.name(),
                    source.format().wireName(),
                    source.format().isSigned(),
                    source.signingSecret() != null,
                    source.mappings().stream()
                            .map(mapping -> new MappingJson(
                                    mapping.label(), mapping.value(), mapping.projectKey(), mapping.component()))
                            .toList(),
                    source.mayOpenIncident(),
                    source.incidentProject(),
                    source.actingUsername(),
                    source.createdAt().toString(),
                    source.secretRotatedAt().toString(),
                    "/rest/debrief/1.0/intake/" + source.key());
        }
    }

    /** A source with its secret: the only time the secret is shown. */
    public record WithSecret(View source, String secret) {}
}

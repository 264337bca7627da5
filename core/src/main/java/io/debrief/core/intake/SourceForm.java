package io.debrief.core.intake;

import java.util.List;

/**
 * What an admin writes about a source. REST maps an unknown format to null (refused as required); a blank signing
 * secret on an update keeps the one stored.
 *
 * @param mayOpenIncident whether a firing alert may open an Incident issue itself
 * @param incidentProject where such an incident goes: one of the mapping's projects (required when opening)
 * @param actingUser the username of the Jira user the source acts as when it opens one (required when opening)
 */
public record SourceForm(
        String key,
        String name,
        EventFormat format,
        String signingSecret,
        List<LabelMapping> mappings,
        boolean mayOpenIncident,
        String incidentProject,
        String actingUser) {

    public SourceForm {
        mappings = mappings == null ? List.of() : List.copyOf(mappings);
        incidentProject = blankToNull(incidentProject);
        actingUser = blankToNull(actingUser);
    }

    /** A form that names no incident project or acting user. */
    public SourceForm(
            String key,
            String name,
            EventFormat format,
            String signingSecret,
            List<LabelMapping> mappings,
            boolean mayOpenIncident) {
        this(key, name, format, signingSecret, mappings, mayOpenIncident, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

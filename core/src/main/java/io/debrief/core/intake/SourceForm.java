package io.debrief.core.intake;

import java.util.List;

/**
 * What an admin writes about a source. REST maps an unknown format to null (refused as required); a blank signing
 * secret on an update keeps the one stored.
 */
public record SourceForm(
        String key,
        String name,
        EventFormat format,
        String signingSecret,
        List<LabelMapping> mappings,
        boolean mayOpenIncident) {

    public SourceForm {
        mappings = mappings == null ? List.of() : List.copyOf(mappings);
    }
}

package io.debrief.core.timeline;

import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.ValidationError;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A person's request to add a manual entry to an incident's timeline; checks itself against {@link EntryRules}.
 *
 * <p>REST maps an unknown wire kind to null, which is refused as "kind required".
 */
public record NewTimelineEntry(EntryKind kind, Instant at, String text, String link) {

    public List<ValidationError> validate(Clock clock) {
        return EntryRules.check(kind, at, text, link, clock);
    }

    /** Throws {@link InvalidInputException} listing every refused field. */
    public void requireValid(Clock clock) {
        List<ValidationError> errors = validate(clock);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The link as stored: trimmed, or null when blank. */
    public String normalizedLink() {
        return EntryRules.normalizedLink(link);
    }
}

package io.debrief.core.timeline;

import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.ValidationError;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A person's change to an existing manual entry: the complete new content; checks itself like a new entry. */
public record TimelineEdit(EntryKind kind, Instant at, String text, String link) {

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

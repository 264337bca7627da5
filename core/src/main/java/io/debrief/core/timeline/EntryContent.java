package io.debrief.core.timeline;

import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.ValidationError;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** What a person writes into a manual entry, whether adding or editing; checks itself against {@link EntryRules}. */
public sealed interface EntryContent permits NewTimelineEntry, TimelineEdit {

    EntryKind kind();

    Instant at();

    String text();

    String link();

    /** Whether {@code at} is only approximately when it happened. */
    boolean approximate();

    /** Every refused field ("kind", "at", "text", "link"); empty when valid. */
    default List<ValidationError> validate(Clock clock) {
        return EntryRules.check(kind(), at(), text(), link(), clock);
    }

    /** Throws {@link InvalidInputException} listing every refused field. */
    default void requireValid(Clock clock) {
        List<ValidationError> errors = validate(clock);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The link as stored: trimmed, or null when blank. */
    default String normalizedLink() {
        return EntryRules.normalizedLink(link());
    }
}

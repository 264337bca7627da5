package io.debrief.core.debrief;

import io.debrief.core.common.ActionItemCategory;
import java.util.List;
import java.util.Objects;

/**
 * An action item suggested by a "no" answer in a debrief, before anyone has created it.
 *
 * <p>The summary is an i18n key with arguments so the suggestion reads in the user's language.
 */
public record DraftActionItem(ActionItemCategory category, String summaryKey, List<Object> summaryArgs) {

    public DraftActionItem {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(summaryKey, "summaryKey");
        summaryArgs = List.copyOf(summaryArgs);
    }
}

package io.debrief.core.review;

import java.util.List;
import java.util.function.Function;

/** How the review groups its items: not at all, by incident, by team (component) or by category. */
public enum ReviewGrouping {
    NONE(item -> List.of("")),
    INCIDENT(item -> List.of(item.incident() == null ? "" : item.incident().key())),
    TEAM(item -> item.components().isEmpty()
            ? List.of("")
            : item.components().stream().sorted().toList()),
    CATEGORY(item -> List.of(item.category() == null ? "" : item.category().wireName()));

    private final Function<ReviewItem, List<String>> keys;

    ReviewGrouping(Function<ReviewItem, List<String>> keys) {
        this.keys = keys;
    }

    /** The group keys an item belongs to; "" is the group of items without one. An item may be in several teams. */
    public List<String> keysOf(ReviewItem item) {
        return keys.apply(item);
    }
}

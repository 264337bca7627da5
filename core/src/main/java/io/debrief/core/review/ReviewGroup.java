package io.debrief.core.review;

import java.util.List;
import java.util.Objects;

/** The items of one group on a review page, in the page's order; key "" holds the items without a group. */
public record ReviewGroup(String key, List<ReviewItem> items) {

    public ReviewGroup {
        Objects.requireNonNull(key, "key");
        items = List.copyOf(items);
    }
}

package io.debrief.core.common;

import java.util.List;
import java.util.function.Function;

/** One page of a longer result: the rows, where it starts, and how many rows there are in all. */
public record Page<T>(List<T> items, int start, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return start + items.size() < total;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), start, total);
    }

    /** The requested page cut out of a full, ordered list (empty past its end). */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(request.start(), all.size());
        int to = Math.min(from + request.limit(), all.size());
        return new Page<>(all.subList(from, to), request.start(), all.size());
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), 0, 0);
    }
}

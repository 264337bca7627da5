package io.debrief.core.common;

import java.util.List;
import java.util.function.Consumer;
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

    /**
     * Reads {@code source} page by page ({@code pageSize} rows each) and hands every row to {@code each}, until the
     * rows run out or at least {@code max} rows were read; true when rows were left unread (the read was cut).
     */
    public static <T> boolean readAll(
            Function<PageRequest, Page<T>> source, int pageSize, int max, Consumer<? super T> each) {
        PageRequest request = PageRequest.first(pageSize);
        int read = 0;
        Page<T> page;
        do {
            page = source.apply(request);
            page.items().forEach(each);
            read += page.items().size();
            request = request.next();
        } while (page.hasMore() && !page.items().isEmpty() && read < max);
        return page.hasMore();
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), 0, 0);
    }
}

package io.debrief.core.testkit;

import io.debrief.core.common.Page;
import io.debrief.core.common.PageRequest;
import java.util.List;

/** Cuts one page out of a full, ordered list, the way the in-memory fakes answer paged queries. */
public final class Pages {

    private Pages() {
    }

    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.start(), all.size());
        int to = Math.min(from + request.limit(), all.size());
        return new Page<>(all.subList(from, to), request.start(), all.size());
    }
}

package io.debrief.core.debrief;

import io.debrief.core.common.PageRequest;
import io.debrief.core.incident.Severity;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What a reader looks for in the library of published debriefs.
 *
 * @param text       words in summary, impact or analysis; blank for any
 * @param projectKey one project, or null for every project the reader may browse
 * @param severity   one severity, or null for any
 * @param month      the month of publication (UTC), or null for any
 */
public record LibraryQuery(String text, String projectKey, Severity severity, YearMonth month, PageRequest page) {

    public static final int DEFAULT_PAGE_SIZE = 25;

    public LibraryQuery {
        text = text == null ? "" : text.strip();
        projectKey = projectKey == null || projectKey.isBlank() ? null : projectKey.strip();
        Objects.requireNonNull(page, "page");
    }

    /** Everything the reader may see, newest first, the first page. */
    public static LibraryQuery everything() {
        return new LibraryQuery("", null, null, null, PageRequest.first(DEFAULT_PAGE_SIZE));
    }
}

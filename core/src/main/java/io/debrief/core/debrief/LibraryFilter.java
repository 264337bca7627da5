package io.debrief.core.debrief;

import io.debrief.core.incident.Severity;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * Which published debriefs the library shows: words in the text, projects, severity, and a publication period.
 *
 * @param text words to find in summary, impact or analysis; blank for any
 * @param projectKeys the projects to include; empty for every project
 * @param severity only this severity, or null for any
 * @param publishedFrom inclusive start of the period, or null
 * @param publishedBefore exclusive end of the period, or null
 */
public record LibraryFilter(
        String text, Set<String> projectKeys, Severity severity, Instant publishedFrom, Instant publishedBefore) {

    public LibraryFilter {
        text = text == null ? "" : text.strip();
        projectKeys = projectKeys == null ? Set.of() : Set.copyOf(projectKeys);
    }

    public static LibraryFilter any() {
        return new LibraryFilter("", Set.of(), null, null, null);
    }

    /** This filter limited to one calendar month as seen in {@code zone}. */
    public LibraryFilter inMonth(YearMonth month, ZoneId zone) {
        return new LibraryFilter(
                text,
                projectKeys,
                severity,
                month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    public Optional<Severity> severityIfAny() {
        return Optional.ofNullable(severity);
    }

    /** Does a publication instant fall into the period. */
    public boolean coversPublication(Instant publishedAt) {
        return publishedAt != null
                && (publishedFrom == null || !publishedAt.isBefore(publishedFrom))
                && (publishedBefore == null || publishedAt.isBefore(publishedBefore));
    }
}

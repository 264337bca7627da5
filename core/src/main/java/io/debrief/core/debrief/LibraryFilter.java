package io.debrief.core.debrief;

import io.debrief.core.incident.Incident;
import io.debrief.core.incident.Severity;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * Which published debriefs the library shows: words in the text, projects, severity, a publication period, and whether
 * the incident is secured (see {@link Incident#secured()}).
 *
 * @param text words to find in summary, impact or analysis; blank for any
 * @param projectKeys the projects to include; empty for every project
 * @param severity only this severity, or null for any
 * @param publishedFrom inclusive start of the period, or null
 * @param publishedBefore exclusive end of the period, or null
 * @param secured only debriefs whose incident is secured or not known to be unsecured (true), only those known to be
 *     unsecured (false), or either (null)
 */
public record LibraryFilter(
        String text,
        Set<String> projectKeys,
        Severity severity,
        Instant publishedFrom,
        Instant publishedBefore,
        Boolean secured) {

    /**
     * The library's order, newest publication first, ties by incident id, highest first: the order every store pages
     * in, so rows read in two queries merge as one query would have listed them.
     */
    public static final Comparator<Debrief> ORDER = Comparator.comparing(
                    (Debrief debrief) -> debrief.publishedAt(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Debrief::incidentId, Comparator.reverseOrder());

    /** A filter over secured and unsecured incidents alike. */
    public LibraryFilter(
            String text, Set<String> projectKeys, Severity severity, Instant publishedFrom, Instant publishedBefore) {
        this(text, projectKeys, severity, publishedFrom, publishedBefore, null);
    }

    public LibraryFilter {
        text = text == null ? "" : text.strip();
        projectKeys = projectKeys == null ? Set.of() : Set.copyOf(projectKeys);
    }

    public static LibraryFilter any() {
        return new LibraryFilter("", Set.of(), null, null, null);
    }

    /** This filter over the incidents known to be unsecured only ({@code false}), or the others ({@code true}). */
    public LibraryFilter securedOnly(boolean wanted) {
        return new LibraryFilter(text, projectKeys, severity, publishedFrom, publishedBefore, wanted);
    }

    /** Does an incident's security, as the store knows it (null: not known), pass this filter. */
    public boolean coversSecurity(Boolean incidentSecured) {
        return secured == null || secured == !Boolean.FALSE.equals(incidentSecured);
    }

    /** This filter limited to one calendar month as seen in {@code zone}. */
    public LibraryFilter inMonth(YearMonth month, ZoneId zone) {
        return new LibraryFilter(
                text,
                projectKeys,
                severity,
                month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(),
                secured);
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

package io.debrief.plugin.library;

import com.atlassian.annotations.security.LicensedOnly;
import io.debrief.core.access.Viewer;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.PageRequest;
import io.debrief.core.common.SaneRange;
import io.debrief.core.debrief.BrowsingLibrary;
import io.debrief.core.debrief.LibraryQuery;
import io.debrief.core.incident.Severity;
import io.debrief.plugin.library.LibraryDtos.LibraryView;
import io.debrief.plugin.library.LibraryDtos.PublishedDebriefView;
import io.debrief.plugin.rest.QueryParams;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.i18n.DurationText;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.i18n.PhaseText;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** The library of published debriefs: search it, and read one debrief with its timeline. */
@Path("library")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class LibraryResource {

    static final int MAX_LIMIT = 100;
    static final int MAX_TEXT = 200;

    private final BrowsingLibrary library;
    private final ViewerProvider viewers;
    private final DurationText durations;
    private final PhaseText phases;

    @Inject
    public LibraryResource(BrowsingLibrary library, ViewerProvider viewers, Messages messages) {
        this.library = library;
        this.viewers = viewers;
        this.durations = new DurationText(messages);
        this.phases = new PhaseText(messages);
    }

    /**
     * {@code GET /library?q=&project=&severity=&month=2026-11&start=0&limit=25}, newest publication first.
     *
     * <p>Outcomes: anonymous -> 401; a bad parameter -> 400 naming it (severity sev1..sev4, month yyyy-MM, q at most
     * 200 characters, start >= 0, limit 1..100); otherwise 200 with the published debriefs of projects the viewer may
     * browse (total counts only those; a project they cannot browse gives none).
     */
    @GET
    public LibraryView search(
            @QueryParam("q") String text,
            @QueryParam("project") String project,
            @QueryParam("severity") String severity,
            @QueryParam("month") String month,
            @QueryParam("start") String start,
            @QueryParam("limit") String limit) {
        Viewer viewer = viewers.current();
        if (viewer.isAnonymous()) {
            throw NotAuthenticatedException.general();
        }
        LibraryQuery query = query(text, project, severity, month, start, limit);
        return LibraryView.of(library.search(query, viewer), query.page().limit(), durations);
    }

    /**
     * {@code GET /library/{issueKey}}: the published debrief, read-only, with its timeline and the action items the
     * reader may browse.
     *
     * <p>Outcomes: anonymous -> 401; unknown, not browsable, not an incident or not published -> 404; otherwise 200.
     */
    @GET
    @Path("{issueKey}")
    public PublishedDebriefView open(@PathParam("issueKey") String issueKey) {
        return PublishedDebriefView.of(library.open(issueKey, viewers.current()), durations, phases);
    }

    /** Reads the library's filter parameters (shared with the library page's GET form); 400 naming bad ones. */
    public static LibraryQuery query(
            String text, String project, String severity, String month, String start, String limit) {
        QueryParams params = new QueryParams();
        Severity chosen = params.parsed(
                "severity", severity, value -> Severity.fromWire(value).orElse(null), "sev1, sev2, sev3, sev4");
        YearMonth inMonth = params.parsed("month", month, LibraryResource::yearMonth, "2026-11");
        PageRequest page = params.page(start, limit, LibraryQuery.DEFAULT_PAGE_SIZE, MAX_LIMIT);
        String words = text == null ? "" : text.strip();
        if (words.length() > MAX_TEXT) {
            params.tooLong("q", MAX_TEXT);
        }
        params.throwIfInvalid();
        return new LibraryQuery(
                words,
                project == null ? null : project.strip().toUpperCase(java.util.Locale.ROOT),
                chosen,
                inMonth,
                page);
    }

    /** The month, or null when malformed or outside the months one may search for ({@link SaneRange}). */
    private static YearMonth yearMonth(String value) {
        try {
            YearMonth month = YearMonth.parse(value.strip());
            return SaneRange.isSearchableMonth(month) ? month : null;
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }
}

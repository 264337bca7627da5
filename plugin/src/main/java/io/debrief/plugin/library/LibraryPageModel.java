package io.debrief.plugin.library;

import io.debrief.core.common.Page;
import io.debrief.core.common.ValidationError;
import io.debrief.core.debrief.Answer;
import io.debrief.core.debrief.LibraryEntry;
import io.debrief.core.debrief.LibraryQuery;
import io.debrief.core.debrief.PublishedDebrief;
import io.debrief.core.incident.Severity;
import io.debrief.core.settings.Targets;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.tracker.TrackedIssue;
import io.debrief.plugin.web.i18n.DurationText;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.i18n.ResultText;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the library's core results into the template data of {@code Debrief.Library.page} and
 * {@code Debrief.Library.debrief}: maps, lists, strings, numbers and booleans only (see the templates' SoyDoc).
 */
public final class LibraryPageModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Messages messages;
    private final DurationText durations;
    private final String contextPath;
    private final String pageUrl;

    /** @param contextPath Jira's context path, e.g. "/jira" ("" at the root) */
    public LibraryPageModel(Messages messages, String contextPath) {
        this.messages = messages;
        this.durations = new DurationText(messages);
        this.contextPath = contextPath;
        this.pageUrl = contextPath + DebriefLibraryServlet.PATH;
    }

    /** The data of {@code Debrief.Library.page}. */
    public Map<String, Object> page(Map<String, String> filters, LibraryQuery query, Page<LibraryEntry> page,
            List<ValidationError> errors, Map<String, Object> detail) {
        Map<String, Object> data = new HashMap<>();
        data.put("filters", filters);
        data.put("rows", page.items().stream().map(this::row).toList());
        data.put("total", page.total());
        data.put("start", page.start());
        int limit = query.page().limit();
        if (page.start() > 0) {
            data.put("prevHref", link(filters, Math.max(0, page.start() - limit), limit));
        }
        if (page.hasMore()) {
            data.put("nextHref", link(filters, page.start() + limit, limit));
        }
        data.put("errors", errors.stream().map(this::error).toList());
        if (detail != null) {
            data.put("detail", detail);
        }
        return data;
    }

    /** The data of {@code Debrief.Library.debrief}. */
    public Map<String, Object> debrief(PublishedDebrief published) {
        var view = published.view();
        var impact = view.debrief().impact();
        Map<String, Object> data = new HashMap<>();
        data.put("key", view.incident().key());
        data.put("summary", view.incident().summary());
        data.put("severity", view.incident().severityIfKnown().map(Severity::wireName).orElse(""));
        data.put("heldAt", format(MINUTE, view.debrief().heldAt()));
        data.put("publishedAt", format(MINUTE, view.debrief().publishedAt()));
        data.put("affected", impact.affected());
        data.put("affectedCount", impact.affectedCount());
        data.put("duration", impact.duration());
        data.put("cost", impact.cost());
        data.put("analysis", view.debrief().analysis());
        data.put("answers", view.answers().all().stream().map(this::answer).toList());
        data.put("actionItems", published.actionItems().stream().map(this::actionItem).toList());
        data.put("timeline", published.timeline().stream().map(LibraryPageModel::entry).toList());
        return data;
    }

    private Map<String, Object> row(LibraryEntry entry) {
        Map<String, Object> row = new HashMap<>();
        row.put("key", entry.incident().key());
        row.put("summary", entry.incident().summary());
        row.put("severity", entry.incident().severityIfKnown().map(Severity::wireName).orElse(""));
        row.put("publishedAt", format(DAY, entry.debrief().publishedAt()));
        row.put("href", pageUrl + "?key=" + encode(entry.incident().key()));
        measure(row, "ttd", entry.facts().timeToDetect(), entry.targets().detect());
        measure(row, "ttr", entry.facts().timeToResolve(), entry.targets().resolve());
        row.put("open", entry.actionItemsOpen());
        row.put("closed", entry.actionItemsClosed());
        return row;
    }

    private void measure(Map<String, Object> row, String prefix, Optional<Duration> actual, Duration target) {
        row.put(prefix + "Display", actual.map(durations::of).orElse(null));
        row.put(prefix + "TargetDisplay", durations.of(target));
        row.put(prefix + "Met", actual.map(value -> Targets.met(value, target)).orElse(null));
    }

    /** An action item as the read-only debrief lists it, linked to its issue in Jira. */
    private Map<String, Object> actionItem(TrackedIssue item) {
        Map<String, Object> data = new HashMap<>();
        data.put("key", item.key());
        data.put("summary", item.summary());
        data.put("status", item.isOpen() ? "open" : "done");
        data.put("href", contextPath + "/browse/" + encode(item.key()));
        data.put("assignee", item.assignee() == null ? "" : item.assignee().displayName());
        data.put("due", item.due() == null ? "" : item.due().toString());
        return data;
    }

    private Map<String, Object> answer(Answer answer) {
        Map<String, Object> data = new HashMap<>();
        data.put("question", messages.text(answer.question().messageKey()));
        data.put("result", ResultText.of(answer));
        if (answer instanceof Answer.Yes yes) {
            data.put("answer", "yes");
            data.put("text", took(yes.actual(), yes.target()));
        } else if (answer instanceof Answer.No no) {
            data.put("answer", "no");
            data.put("text", took(no.actual(), no.target()));
        } else {
            data.put("answer", "unknown");
            data.put("text", messages.text(((Answer.Unknown) answer).reasonKey()));
        }
        return data;
    }

    private String took(Duration actual, Duration target) {
        return actual == null || target == null ? "" : messages.text("debrief.library.took", durations.of(actual),
                durations.of(target));
    }

    private static Map<String, Object> entry(TimelineEntry entry) {
        Map<String, Object> data = new HashMap<>();
        data.put("kind", entry.kind().wireName());
        data.put("at", format(MINUTE, entry.at()));
        data.put("text", entry.text());
        data.put("link", entry.link());
        return data;
    }

    private Map<String, Object> error(ValidationError error) {
        return Map.of("field", error.field(), "message", messages.text(error.messageKey(), error.args().toArray()));
    }

    private String link(Map<String, String> filters, int start, int limit) {
        Map<String, String> params = new LinkedHashMap<>();
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                params.put(name, value);
            }
        });
        params.put("start", Integer.toString(start));
        params.put("limit", Integer.toString(limit));
        List<String> parts = new ArrayList<>();
        params.forEach((name, value) -> parts.add(name + "=" + encode(value)));
        return pageUrl + "?" + String.join("&", parts);
    }

    private static String format(DateTimeFormatter formatter, Instant instant) {
        return instant == null ? "" : formatter.format(instant);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package io.debrief.plugin.library;

import io.debrief.core.common.Page;
import io.debrief.core.common.ValidationError;
import io.debrief.core.debrief.LibraryEntry;
import io.debrief.core.debrief.LibraryQuery;
import io.debrief.core.debrief.PublishedDebrief;
import io.debrief.core.debrief.Question;
import io.debrief.plugin.library.LibraryDtos.ActionItemView;
import io.debrief.plugin.library.LibraryDtos.AnswerView;
import io.debrief.plugin.library.LibraryDtos.EntryView;
import io.debrief.plugin.library.LibraryDtos.MeasureView;
import io.debrief.plugin.library.LibraryDtos.PublishedDebriefView;
import io.debrief.plugin.library.LibraryDtos.PublishedEntryView;
import io.debrief.plugin.web.i18n.DurationText;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.i18n.PhaseText;
import io.debrief.plugin.web.view.ViewData;
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

/**
 * The template data of {@code Debrief.Library.page} and {@code Debrief.Library.debrief}, made from the views the
 * library's REST resource answers ({@link LibraryDtos}: the one mapping from core's results, durations in seconds and
 * missing values null) so page and API cannot disagree; here only presented as the templates want them: durations as
 * display text, instants as day or minute in UTC, missing values "" (see the templates' SoyDoc).
 */
public final class LibraryPageModel {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Messages messages;
    private final DurationText durations;
    private final PhaseText phases;
    private final String contextPath;
    private final String pageUrl;

    /** @param contextPath Jira's context path, e.g. "/jira" ("" at the root) */
    public LibraryPageModel(Messages messages, String contextPath) {
        this.messages = messages;
        this.durations = new DurationText(messages);
        this.phases = new PhaseText(messages);
        this.contextPath = contextPath;
        this.pageUrl = contextPath + DebriefLibraryServlet.PATH;
    }

    /** The data of {@code Debrief.Library.page}. */
    public Map<String, Object> page(
            Map<String, String> filters,
            LibraryQuery query,
            Page<LibraryEntry> page,
            List<ValidationError> errors,
            Map<String, Object> detail) {
        Map<String, Object> data = new HashMap<>();
        data.put("filters", filters);
        data.put(
                "rows",
                page.items().stream()
                        .map(entry -> row(EntryView.of(entry, durations)))
                        .toList());
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
        data.put("exportHrefs", exportLinks(filters));
        if (detail != null) {
            data.put("detail", detail);
        }
        return data;
    }

    /** The data of {@code Debrief.Library.debrief}: the REST answer for the debrief, as the page shows it. */
    public Map<String, Object> debrief(PublishedDebrief published) {
        return debrief(PublishedDebriefView.of(published, durations, phases));
    }

    /** The data of {@code Debrief.Library.debrief} from the view {@code GET /library/{key}} answers. */
    public Map<String, Object> debrief(PublishedDebriefView view) {
        Map<String, Object> data = new HashMap<>();
        data.put("key", view.key());
        data.put("summary", view.summary());
        data.put("severity", orEmpty(view.severity()));
        data.put("heldAt", format(MINUTE, view.heldAt()));
        data.put("publishedAt", format(MINUTE, view.publishedAt()));
        data.put("affected", view.impact().affected());
        data.put("affectedCount", view.impact().affectedCount());
        data.put("duration", view.impact().duration());
        data.put("cost", view.impact().cost());
        data.put("analysis", view.analysis());
        data.put("phases", ViewData.value(view.phases()));
        data.put("answers", view.answers().stream().map(this::answer).toList());
        data.put(
                "actionItems", view.actionItems().stream().map(this::actionItem).toList());
        data.put(
                "timeline",
                view.timeline().stream().map(LibraryPageModel::entry).toList());
        Map<String, String> exports = new LinkedHashMap<>();
        for (String format : List.of("md", "xhtml", "json")) {
            exports.put(
                    format,
                    contextPath + "/rest/debrief/1.0/incidents/" + encode(view.key()) + "/export?format=" + format);
        }
        data.put("exportHrefs", exports);
        return data;
    }

    /** A row of the page from the row {@code GET /library} answers: measures shown, missing values "". */
    private Map<String, Object> row(EntryView entry) {
        Map<String, Object> row = new HashMap<>();
        row.put("key", entry.key());
        row.put("summary", entry.summary());
        row.put("severity", orEmpty(entry.severity()));
        row.put("publishedAt", format(DAY, entry.publishedAt()));
        row.put("href", pageUrl + "?key=" + encode(entry.key()));
        measure(row, "ttd", entry.timeToDetect());
        measure(row, "ttr", entry.timeToResolve());
        row.put("open", entry.actionItemsOpen());
        row.put("closed", entry.actionItemsClosed());
        return row;
    }

    private static void measure(Map<String, Object> row, String prefix, MeasureView measure) {
        row.put(prefix + "Display", measure.display());
        row.put(prefix + "TargetDisplay", measure.targetDisplay());
        row.put(prefix + "Met", measure.met());
    }

    /** An action item as the read-only debrief lists it, linked to its issue in Jira. */
    private Map<String, Object> actionItem(ActionItemView item) {
        Map<String, Object> data = new HashMap<>();
        data.put("key", item.key());
        data.put("summary", item.summary());
        data.put("status", item.status());
        data.put("href", contextPath + "/browse/" + encode(item.key()));
        data.put("assignee", orEmpty(item.assignee()));
        data.put("due", orEmpty(item.due()));
        return data;
    }

    private Map<String, Object> answer(AnswerView answer) {
        Map<String, Object> data = new HashMap<>();
        Question question = Question.fromWire(answer.question()).orElseThrow();
        data.put("question", messages.text(question.messageKey()));
        data.put("result", answer.result());
        data.put("answer", answer.answer());
        data.put(
                "text",
                answer.reasonKey() != null
                        ? messages.text(answer.reasonKey())
                        : took(answer.actualSeconds(), answer.targetSeconds()));
        return data;
    }

    private String took(Long actualSeconds, Long targetSeconds) {
        return actualSeconds == null || targetSeconds == null
                ? ""
                : messages.text(
                        "debrief.library.took",
                        durations.of(Duration.ofSeconds(actualSeconds)),
                        durations.of(Duration.ofSeconds(targetSeconds)));
    }

    private static Map<String, Object> entry(PublishedEntryView entry) {
        Map<String, Object> data = new HashMap<>();
        data.put("kind", entry.kind());
        data.put("at", format(MINUTE, entry.at()));
        data.put("text", entry.text());
        data.put("link", entry.link());
        return data;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private Map<String, Object> error(ValidationError error) {
        return Map.of(
                "field",
                error.field(),
                "message",
                messages.text(error.messageKey(), error.args().toArray()));
    }

    /** The library export of these filters in each format: format name to address (GET /library/export). */
    private Map<String, String> exportLinks(Map<String, String> filters) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String format : List.of("md", "xhtml", "json")) {
            List<String> parts = new ArrayList<>();
            parts.add("format=" + format);
            filters.forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    parts.add(name + "=" + encode(value));
                }
            });
            links.put(format, contextPath + "/rest/debrief/1.0/library/export?" + String.join("&", parts));
        }
        return links;
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

    /** An ISO-8601 instant of a view as the page shows it; "" when there is none. */
    private static String format(DateTimeFormatter formatter, String instant) {
        return instant == null ? "" : formatter.format(Instant.parse(instant));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

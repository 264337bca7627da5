package io.debrief.core.export;

import io.debrief.core.debrief.Answer;
import io.debrief.core.debrief.Debrief;
import io.debrief.core.debrief.DebriefView;
import io.debrief.core.debrief.PublishedDebrief;
import io.debrief.core.incident.Incident;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A published debrief as the timeline import's document ({@code docs/schema/timeline-import.schema.json}), so it can
 * be imported into another incident as it is: {@code zone} UTC and one entry per timeline entry with its kind, its
 * instant ({@code 2026-11-24T14:05:00Z}), its text and its link.
 *
 * <p>The import takes only the kinds a person may add: an entry the tracker supplied (a status change, a comment) is
 * written as a {@code note} with {@code derivedFrom} naming its kind; an entry without text is left out (the import
 * needs one). The rest of the debrief (impact, analysis, answers, measures, action items) goes under {@code debrief},
 * which the import ignores. Several debriefs are an array of such documents. No labels: JSON speaks wire names.
 */
public final class JsonRenderer implements DebriefRenderer {

    @Override
    public String one(PublishedDebrief debrief) {
        StringBuilder out = new StringBuilder();
        document(debrief, out, "");
        return out.append('\n').toString();
    }

    @Override
    public String many(List<PublishedDebrief> debriefs, long total) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < debriefs.size(); i++) {
            out.append(i == 0 ? "\n  " : ",\n  ");
            document(debriefs.get(i), out, "  ");
        }
        return out.append(debriefs.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    private static void document(PublishedDebrief published, StringBuilder out, String indent) {
        Json json = new Json(out, indent);
        json.open();
        json.field("zone", "UTC");
        json.key("entries");
        out.append('[');
        boolean first = true;
        for (TimelineEntry entry : DebriefOutline.ordered(published.timeline())) {
            if (entry.text().isBlank()) {
                continue;
            }
            out.append(first ? "\n" : ",\n").append(indent).append("    ");
            first = false;
            entry(entry, out);
        }
        out.append(first ? "]" : "\n" + indent + "  ]");
        json.key("debrief");
        debrief(published, new Json(out, indent + "  "));
        json.close();
    }

    private static void entry(TimelineEntry entry, StringBuilder out) {
        boolean importable = entry.kind().isManual();
        out.append("{\"kind\": ")
                .append(quote(importable ? entry.kind().wireName() : EntryKind.NOTE.wireName()))
                .append(", \"at\": ")
                .append(quote(entry.at().toString()))
                .append(", \"text\": ")
                .append(quote(entry.text()));
        if (entry.link() != null && !entry.link().isBlank()) {
            out.append(", \"link\": ").append(quote(entry.link()));
        }
        if (entry.approximate()) {
            out.append(", \"approximate\": true");
        }
        if (!importable) {
            out.append(", \"derivedFrom\": ").append(quote(entry.kind().wireName()));
        }
        out.append('}');
    }

    private static void debrief(PublishedDebrief published, Json json) {
        DebriefView view = published.view();
        Incident incident = view.incident();
        Debrief debrief = view.debrief();
        json.open();
        json.field("key", incident.key());
        json.field("projectKey", incident.projectKey());
        json.field("summary", incident.summary());
        json.field(
                "severity",
                incident.severityIfKnown().map(severity -> severity.wireName()).orElse(null));
        json.field("heldAt", instant(debrief.heldAt()));
        json.field("publishedAt", instant(debrief.publishedAt()));
        json.field(
                "publishedBy",
                debrief.publishedBy() == null ? null : debrief.publishedBy().displayName());
        json.key("impact");
        Json impact = json.nested();
        impact.open();
        impact.field("affected", debrief.impact().affected());
        impact.number("affectedCount", debrief.impact().affectedCount());
        impact.field("duration", debrief.impact().duration());
        impact.field("cost", debrief.impact().cost());
        impact.close();
        json.field("analysis", debrief.analysis());
        json.number("timeToDetectSeconds", seconds(view.facts().timeToDetect().orElse(null)));
        json.number("timeToResolveSeconds", seconds(view.facts().timeToResolve().orElse(null)));
        json.number("targetDetectSeconds", seconds(view.targets().detect()));
        json.number("targetResolveSeconds", seconds(view.targets().resolve()));
        json.key("answers");
        json.out.append('[');
        List<Answer> answers = view.answers().all();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            json.out
                    .append(i == 0 ? "" : ", ")
                    .append("{\"question\": ")
                    .append(quote(answer.question().wireName()))
                    .append(", \"answer\": ")
                    .append(quote(
                            answer instanceof Answer.Yes ? "yes" : answer instanceof Answer.No ? "no" : "unknown"))
                    .append('}');
        }
        json.out.append(']');
        json.key("actionItems");
        json.out.append('[');
        List<TrackedIssue> items = published.actionItems();
        for (int i = 0; i < items.size(); i++) {
            TrackedIssue item = items.get(i);
            json.out
                    .append(i == 0 ? "" : ", ")
                    .append("{\"key\": ")
                    .append(quote(item.key()))
                    .append(", \"summary\": ")
                    .append(quote(item.summary()))
                    .append(", \"status\": ")
                    .append(quote(item.isOpen() ? "open" : "done"));
            if (item.due() != null) {
                json.out.append(", \"due\": ").append(quote(item.due().toString()));
            }
            json.out.append('}');
        }
        json.out.append(']');
        json.close();
    }

    private static String instant(Instant at) {
        return at == null ? null : at.toString();
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.toSeconds();
    }

    /** A JSON string: quotes, backslashes and control characters escaped, lone surrogates replaced. */
    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // "</script>" and friends stay inert wherever the JSON is pasted
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append("\\ufffd");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Writes one object's members, one per line, at an indentation. */
    private static final class Json {
        private final StringBuilder out;
        private final String indent;
        private boolean first = true;

        Json(StringBuilder out, String indent) {
            this.out = out;
            this.indent = indent;
        }

        Json nested() {
            return new Json(out, indent + "  ");
        }

        void open() {
            out.append('{');
        }

        void close() {
            out.append('\n').append(indent).append('}');
        }

        void key(String name) {
            out.append(first ? "\n" : ",\n")
                    .append(indent)
                    .append("  ")
                    .append(quote(name))
                    .append(": ");
            first = false;
        }

        void field(String name, String value) {
            key(name);
            out.append(quote(value));
        }

        void number(String name, Long value) {
            key(name);
            out.append(value == null ? "null" : value.toString());
        }
    }
}

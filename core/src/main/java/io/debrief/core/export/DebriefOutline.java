package io.debrief.core.export;

import io.debrief.core.common.UserRef;
import io.debrief.core.debrief.Answer;
import io.debrief.core.debrief.Debrief;
import io.debrief.core.debrief.DebriefView;
import io.debrief.core.debrief.Impact;
import io.debrief.core.debrief.PublishedDebrief;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.settings.Targets;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an exported debrief says, in the reader's words, before any format: a title, a few facts, and sections of
 * paragraphs and tables. Markdown and Confluence write the same outline, so both exports say the same things.
 *
 * <p>Text is kept as written (never pre-escaped): each renderer escapes for its own format.
 */
record DebriefOutline(String title, List<Cell[]> facts, List<Section> sections) {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** One piece of text, linked when {@code href} is an http(s) address. */
    record Cell(String text, String href) {
        Cell {
            text = text == null ? "" : text;
        }

        static Cell of(String text) {
            return new Cell(text, null);
        }
    }

    /** A part of a section: paragraphs of text, or a table with a header row. */
    sealed interface Block permits Paragraphs, Table {}

    /** Text as written, one paragraph per blank-line-separated part; lines kept. */
    record Paragraphs(String text) implements Block {}

    record Table(List<String> headers, List<Cell[]> rows) implements Block {}

    record Section(String heading, List<Block> blocks) {}

    static DebriefOutline of(PublishedDebrief published, ExportWording words) {
        DebriefView view = published.view();
        Incident incident = view.incident();
        Debrief debrief = view.debrief();
        List<Cell[]> facts = new ArrayList<>();
        facts.add(pair(words.text("debrief.export.incident"), new Cell(incident.key(), null)));
        facts.add(pair(
                words.text("debrief.export.severity"),
                Cell.of(incident.severityIfKnown()
                        .map(severity -> severity.wireName().toUpperCase(java.util.Locale.ROOT))
                        .orElse(words.text("debrief.export.unknown")))));
        facts.add(pair(words.text("debrief.export.held"), Cell.of(when(debrief.heldAt(), words))));
        facts.add(pair(words.text("debrief.export.published"), Cell.of(when(debrief.publishedAt(), words))));
        if (debrief.publishedBy() != null) {
            facts.add(pair(words.text("debrief.export.published-by"), Cell.of(name(debrief.publishedBy()))));
        }

        List<Section> sections = new ArrayList<>();
        sections.add(new Section(words.text("debrief.export.measures"), List.of(measures(view, words))));
        sections.add(new Section(words.text("debrief.export.impact"), List.of(impact(debrief.impact(), words))));
        sections.add(new Section(
                words.text("debrief.export.analysis"),
                List.of(new Paragraphs(
                        debrief.analysis().isBlank()
                                ? words.text("debrief.export.not-written")
                                : debrief.analysis()))));
        sections.add(new Section(words.text("debrief.export.questions"), List.of(answers(view, words))));
        sections.add(new Section(words.text("debrief.export.timeline"), List.of(timeline(published, words))));
        sections.add(new Section(words.text("debrief.export.items"), List.of(items(published, words))));
        return new DebriefOutline(
                words.text("debrief.export.title", incident.key(), incident.summary()), facts, sections);
    }

    private static Cell[] pair(String label, Cell value) {
        return new Cell[] {Cell.of(label), value};
    }

    private static Block measures(DebriefView view, ExportWording words) {
        IncidentFacts facts = view.facts();
        Targets targets = view.targets();
        List<Cell[]> rows = List.of(
                measure(words.text("debrief.export.ttd"), facts.timeToDetect(), targets.detect(), words),
                measure(words.text("debrief.export.ttr"), facts.timeToResolve(), targets.resolve(), words));
        return new Table(
                List.of(
                        words.text("debrief.export.measure"),
                        words.text("debrief.export.actual"),
                        words.text("debrief.export.target"),
                        words.text("debrief.export.result")),
                rows);
    }

    private static Cell[] measure(String label, Optional<Duration> actual, Duration target, ExportWording words) {
        String result = actual.map(value -> Targets.met(value, target)
                        ? words.text("debrief.common.result.met")
                        : words.text("debrief.common.result.missed"))
                .orElse(words.text("debrief.common.result.unknown"));
        return new Cell[] {
            Cell.of(label),
            Cell.of(actual.map(words::duration).orElse(words.text("debrief.export.unknown"))),
            Cell.of(words.duration(target)),
            Cell.of(result)
        };
    }

    private static Block impact(Impact impact, ExportWording words) {
        String missing = words.text("debrief.export.not-written");
        List<Cell[]> rows = List.of(
                pair(words.text("debrief.export.impact.affected"), Cell.of(orElse(impact.affected(), missing))),
                pair(
                        words.text("debrief.export.impact.count"),
                        Cell.of(impact.count().map(String::valueOf).orElse(missing))),
                pair(words.text("debrief.export.impact.duration"), Cell.of(orElse(impact.duration(), missing))),
                pair(words.text("debrief.export.impact.cost"), Cell.of(orElse(impact.cost(), missing))));
        return new Table(List.of(words.text("debrief.export.field"), words.text("debrief.export.value")), rows);
    }

    private static Block answers(DebriefView view, ExportWording words) {
        List<Cell[]> rows = new ArrayList<>();
        for (Answer answer : view.answers().all()) {
            String said;
            if (answer instanceof Answer.Yes) {
                said = words.text("debrief.common.result.yes");
            } else if (answer instanceof Answer.No) {
                said = words.text("debrief.common.result.no");
            } else {
                said = words.text(((Answer.Unknown) answer).reasonKey());
            }
            rows.add(new Cell[] {Cell.of(words.text(answer.question().messageKey())), Cell.of(said)});
        }
        return new Table(List.of(words.text("debrief.export.question"), words.text("debrief.export.answer")), rows);
    }

    private static Block timeline(PublishedDebrief published, ExportWording words) {
        List<Cell[]> rows = new ArrayList<>();
        for (TimelineEntry entry : ordered(published.timeline())) {
            rows.add(new Cell[] {
                Cell.of(
                        entry.approximate()
                                ? words.text("debrief.phase.about", when(entry.at(), words))
                                : when(entry.at(), words)),
                Cell.of(kind(entry.kind(), words)),
                new Cell(entry.text(), null),
                entry.link() == null ? Cell.of("") : new Cell(entry.link(), entry.link())
            });
        }
        if (rows.isEmpty()) {
            return new Paragraphs(words.text("debrief.export.timeline.none"));
        }
        return new Table(
                List.of(
                        words.text("debrief.export.when"),
                        words.text("debrief.export.kind"),
                        words.text("debrief.export.what"),
                        words.text("debrief.export.link")),
                rows);
    }

    private static Block items(PublishedDebrief published, ExportWording words) {
        List<Cell[]> rows = new ArrayList<>();
        for (TrackedIssue item : published.actionItems()) {
            rows.add(new Cell[] {
                Cell.of(item.key()),
                Cell.of(item.summary()),
                Cell.of(
                        item.isOpen()
                                ? words.text("debrief.export.item.open")
                                : words.text("debrief.export.item.done")),
                Cell.of(item.assignee() == null ? "" : item.assignee().displayName()),
                Cell.of(item.due() == null ? "" : item.due().toString())
            });
        }
        if (rows.isEmpty()) {
            return new Paragraphs(words.text("debrief.export.items.none"));
        }
        return new Table(
                List.of(
                        words.text("debrief.export.item.key"),
                        words.text("debrief.export.item.summary"),
                        words.text("debrief.export.item.status"),
                        words.text("debrief.export.item.assignee"),
                        words.text("debrief.export.item.due")),
                rows);
    }

    /** The entries in time order (the order of entries at the same instant kept). */
    static List<TimelineEntry> ordered(List<TimelineEntry> entries) {
        return entries.stream()
                .sorted(java.util.Comparator.comparing(TimelineEntry::at))
                .toList();
    }

    /** The kind's label; a literal key per kind, so the bundles' check sees every one. */
    static String kind(EntryKind kind, ExportWording words) {
        return switch (kind) {
            case IMPACT_STARTED -> words.text("debrief.timeline.kind.impact-started");
            case STARTED -> words.text("debrief.timeline.kind.started");
            case DETECTED -> words.text("debrief.timeline.kind.detected");
            case MITIGATED -> words.text("debrief.timeline.kind.mitigated");
            case RESOLVED -> words.text("debrief.timeline.kind.resolved");
            case IMPACT_ENDED -> words.text("debrief.timeline.kind.impact-ended");
            case NOTE -> words.text("debrief.timeline.kind.note");
            case ACTION -> words.text("debrief.timeline.kind.action");
            case DEPLOY -> words.text("debrief.timeline.kind.deploy");
            case ALERT -> words.text("debrief.timeline.kind.alert");
            case CUSTOMER_REPORT -> words.text("debrief.timeline.kind.customer-report");
            case ACKNOWLEDGED -> words.text("debrief.timeline.kind.acknowledged");
            case CHANGE -> words.text("debrief.timeline.kind.change");
            case PROVIDER -> words.text("debrief.timeline.kind.provider");
            case STATUS_CHANGE -> words.text("debrief.timeline.kind.status-change");
            case COMMENT -> words.text("debrief.timeline.kind.comment");
        };
    }

    private static String when(Instant at, ExportWording words) {
        return at == null ? words.text("debrief.export.unknown") : WHEN.format(at);
    }

    private static String name(UserRef user) {
        return user.displayName() == null || user.displayName().isBlank() ? user.key() : user.displayName();
    }

    private static String orElse(String text, String missing) {
        return text == null || text.isBlank() ? missing : text;
    }

    /** The heading of a library export: how many debriefs, and of how many when capped. */
    static String libraryHeading(int count, long total, ExportWording words) {
        return count < total
                ? words.text("debrief.export.library.capped", count, total)
                : words.text("debrief.export.library.title", count);
    }
}

package io.debrief.core.export;

import io.debrief.core.debrief.PublishedDebrief;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A published debrief as Markdown (CommonMark with GitHub-style tables). Everything people wrote is escaped: Markdown
 * punctuation is backslash-escaped, {@code <}, {@code >} and {@code &} become entities (so no HTML of theirs is
 * rendered), a table cell's line breaks become {@code <br>} and its pipes are escaped, and links are written only
 * for http(s) addresses, percent-encoding what would end the link.
 */
public final class MarkdownRenderer implements DebriefRenderer {

    private static final Pattern LINE_START_MARK = Pattern.compile("^(\\s*)([#>+=-]|\\d+[.)])", Pattern.MULTILINE);

    private final ExportWording words;

    public MarkdownRenderer(ExportWording words) {
        this.words = Objects.requireNonNull(words, "words");
    }

    @Override
    public String one(PublishedDebrief debrief) {
        StringBuilder out = new StringBuilder();
        write(DebriefOutline.of(debrief, words), "#", out);
        return out.toString();
    }

    @Override
    public String many(List<PublishedDebrief> debriefs, long total) {
        StringBuilder out = new StringBuilder();
        out.append("# ")
                .append(inline(DebriefOutline.libraryHeading(debriefs.size(), total, words)))
                .append("\n\n");
        for (PublishedDebrief debrief : debriefs) {
            write(DebriefOutline.of(debrief, words), "##", out);
        }
        return out.toString();
    }

    private static void write(DebriefOutline outline, String level, StringBuilder out) {
        String sub = level + "#";
        out.append(level).append(' ').append(inline(outline.title())).append("\n\n");
        for (DebriefOutline.Cell[] fact : outline.facts()) {
            out.append("- **")
                    .append(inline(fact[0].text()))
                    .append(":** ")
                    .append(cell(fact[1]))
                    .append('\n');
        }
        out.append('\n');
        for (DebriefOutline.Section section : outline.sections()) {
            out.append(sub).append(' ').append(inline(section.heading())).append("\n\n");
            for (DebriefOutline.Block block : section.blocks()) {
                if (block instanceof DebriefOutline.Paragraphs paragraphs) {
                    out.append(paragraphs(paragraphs.text())).append("\n\n");
                } else if (block instanceof DebriefOutline.Table table) {
                    table(table, out);
                }
            }
        }
    }

    private static void table(DebriefOutline.Table table, StringBuilder out) {
        out.append('|');
        table.headers().forEach(header -> out.append(' ').append(inline(header)).append(" |"));
        out.append("\n|");
        table.headers().forEach(header -> out.append(" --- |"));
        out.append('\n');
        for (DebriefOutline.Cell[] row : table.rows()) {
            out.append('|');
            for (DebriefOutline.Cell cell : row) {
                out.append(' ').append(cell(cell)).append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
    }

    /** A cell's text on one line (its line breaks as {@code <br>}), linked when it has an http(s) address. */
    private static String cell(DebriefOutline.Cell cell) {
        String text =
                inline(cell.text()).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>");
        if (cell.href() != null && isHttp(cell.href())) {
            return "[" + text + "](" + destination(cell.href()) + ")";
        }
        return text;
    }

    /** Paragraphs as written: a blank line between them, a hard break ({@code \}) inside them. */
    private static String paragraphs(String text) {
        String escaped = escape(text.replace("\r\n", "\n").replace("\r", "\n").strip());
        escaped = LINE_START_MARK.matcher(escaped).replaceAll("$1\\\\$2");
        return escaped.replaceAll("(?<!\n)\n(?!\n)", "\\\\\n");
    }

    /** Text inside a line: escaped, and a leading mark that would start a block escaped too. */
    private static String inline(String text) {
        return LINE_START_MARK.matcher(escape(text)).replaceAll("$1\\\\$2");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '(', ')', '{', '}', '!', '|', '#', '~' ->
                    out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHttp(String href) {
        String lower = href.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** A link destination that cannot end early: spaces, brackets and angle brackets percent-encoded. */
    private static String destination(String href) {
        StringBuilder out = new StringBuilder();
        for (char c : href.strip().toCharArray()) {
            switch (c) {
                case ' ' -> out.append("%20");
                case '(' -> out.append("%28");
                case ')' -> out.append("%29");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '"' -> out.append("%22");
                case '\\' -> out.append("%5C");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("%%%02X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

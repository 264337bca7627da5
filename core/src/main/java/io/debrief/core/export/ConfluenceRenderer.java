package io.debrief.core.export;

import io.debrief.core.debrief.PublishedDebrief;
import java.util.List;
import java.util.Objects;

/**
 * A published debrief in Confluence's storage format: an XHTML fragment of {@code h1}/{@code h2}, {@code p},
 * {@code ul}, and {@code table} with {@code tbody}, {@code th} and {@code td}, as a Confluence page body holds it
 * (no root element, no macros). Everything written is escaped for XML ({@code & < > " '}) and characters XML cannot
 * hold are replaced by U+FFFD, so the fragment parses as XML once put in any one element; links only for http(s).
 */
public final class ConfluenceRenderer implements DebriefRenderer {

    private final ExportWording words;

    public ConfluenceRenderer(ExportWording words) {
        this.words = Objects.requireNonNull(words, "words");
    }

    @Override
    public String one(PublishedDebrief debrief) {
        StringBuilder out = new StringBuilder();
        write(DebriefOutline.of(debrief, words), 1, out);
        return out.toString();
    }

    @Override
    public String many(List<PublishedDebrief> debriefs, long total) {
        StringBuilder out = new StringBuilder();
        out.append("<h1>")
                .append(xml(DebriefOutline.libraryHeading(debriefs.size(), total, words)))
                .append("</h1>\n");
        for (PublishedDebrief debrief : debriefs) {
            out.append("<hr/>\n");
            write(DebriefOutline.of(debrief, words), 2, out);
        }
        return out.toString();
    }

    private static void write(DebriefOutline outline, int level, StringBuilder out) {
        out.append("<h").append(level).append('>');
        out.append(xml(outline.title()));
        out.append("</h").append(level).append(">\n<ul>\n");
        for (DebriefOutline.Cell[] fact : outline.facts()) {
            out.append("<li><strong>")
                    .append(xml(fact[0].text()))
                    .append(":</strong> ")
                    .append(cell(fact[1]))
                    .append("</li>\n");
        }
        out.append("</ul>\n");
        int sub = level + 1;
        for (DebriefOutline.Section section : outline.sections()) {
            out.append("<h").append(sub).append('>');
            out.append(xml(section.heading()));
            out.append("</h").append(sub).append(">\n");
            for (DebriefOutline.Block block : section.blocks()) {
                if (block instanceof DebriefOutline.Paragraphs paragraphs) {
                    paragraphs(paragraphs.text(), out);
                } else if (block instanceof DebriefOutline.Table table) {
                    table(table, out);
                }
            }
        }
    }

    private static void table(DebriefOutline.Table table, StringBuilder out) {
        out.append("<table>\n<tbody>\n<tr>");
        table.headers().forEach(header -> out.append("<th>").append(xml(header)).append("</th>"));
        out.append("</tr>\n");
        for (DebriefOutline.Cell[] row : table.rows()) {
            out.append("<tr>");
            for (DebriefOutline.Cell cell : row) {
                out.append("<td>").append(cell(cell)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** Paragraphs split at blank lines; single line breaks kept as {@code <br/>}. */
    private static void paragraphs(String text, StringBuilder out) {
        String normal = text.replace("\r\n", "\n").replace("\r", "\n").strip();
        for (String paragraph : normal.split("\n\\s*\n")) {
            out.append("<p>").append(lines(paragraph)).append("</p>\n");
        }
    }

    private static String cell(DebriefOutline.Cell cell) {
        String text = lines(cell.text());
        if (cell.href() != null && isHttp(cell.href())) {
            return "<a href=\"" + xml(cell.href().strip()) + "\">" + text + "</a>";
        }
        return text;
    }

    private static String lines(String text) {
        return xml(text.replace("\r\n", "\n").replace("\r", "\n")).replace("\n", "<br/>");
    }

    /** Escaped for XML text and attribute values; characters XML 1.0 cannot hold become U+FFFD. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    /** XML 1.0's Char production for one UTF-16 unit that is not part of a pair. */
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    private static boolean isHttp(String href) {
        String lower = href.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}

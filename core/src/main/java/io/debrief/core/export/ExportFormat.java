package io.debrief.core.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats a published debrief is exported in, by their wire name ({@code ?format=md}). */
public enum ExportFormat {
    /** Markdown (CommonMark with GitHub-style tables). */
    MARKDOWN("md", "md", "text/markdown;charset=UTF-8"),
    /** Confluence storage format: an XHTML fragment of headings, paragraphs, lists and tables. */
    XHTML("xhtml", "xhtml", "application/xhtml+xml;charset=UTF-8"),
    /** The timeline import's JSON document ({@code docs/schema/timeline-import.schema.json}). */
    JSON("json", "json", "application/json;charset=UTF-8");

    private final String wireName;
    private final String extension;
    private final String mediaType;

    ExportFormat(String wireName, String extension, String mediaType) {
        this.wireName = wireName;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String wireName() {
        return wireName;
    }

    /** The file name's extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The response's content type, with its charset. */
    public String mediaType() {
        return mediaType;
    }

    public static Optional<ExportFormat> fromWire(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.wireName.equals(wanted))
                .findFirst();
    }

    /** The accepted wire names, for a refusal: "md, xhtml, json". */
    public static String accepted() {
        return Arrays.stream(values()).map(ExportFormat::wireName).collect(Collectors.joining(", "));
    }
}

package io.debrief.core.export;

import io.debrief.core.debrief.PublishedDebrief;
import java.util.List;

/**
 * Writes published debriefs in one format: one debrief as a file, several (a library selection) as one file. The
 * library's endpoint and the incident's endpoint use the same renderer, so a debrief reads the same from both.
 */
public sealed interface DebriefRenderer permits MarkdownRenderer, ConfluenceRenderer, JsonRenderer {

    /** One published debrief. */
    String one(PublishedDebrief debrief);

    /**
     * Several published debriefs in one file: sections one after the other (JSON: an array of documents).
     *
     * @param total how many debriefs matched, of which {@code debriefs} are the newest (more than their number when
     *              the export was capped)
     */
    String many(List<PublishedDebrief> debriefs, long total);

    /** The renderer of a format, writing its labels with {@code wording}. */
    static DebriefRenderer of(ExportFormat format, ExportWording wording) {
        return switch (format) {
            case MARKDOWN -> new MarkdownRenderer(wording);
            case XHTML -> new ConfluenceRenderer(wording);
            case JSON -> new JsonRenderer();
        };
    }
}

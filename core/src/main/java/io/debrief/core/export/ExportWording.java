package io.debrief.core.export;

import java.time.Duration;

/**
 * The words of an export in the reader's language: the adapter hands in its i18n bundles, so the renderers write
 * every label from a key ({@code debrief.export.*}, {@code debrief.question.*}, ...) and never a literal.
 */
public interface ExportWording {

    /** The text for the key with its arguments. */
    String text(String key, Object... args);

    /** A duration as every screen writes it ("1 h 13 min"). */
    String duration(Duration duration);
}

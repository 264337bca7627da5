package io.debrief.plugin.web.i18n;

/**
 * Turns an i18n key ({@code debrief.*}) and its arguments into text in the reader's language.
 *
 * <p>Patterns follow {@link java.text.MessageFormat} (as Jira's I18nResolver does): write {@code ''} for a quote.
 */
public interface Messages {

    /** The text for the key, or the key itself when no bundle knows it (never null, never throws). */
    String text(String key, Object... args);

    /** Whether some bundle defines the key. */
    boolean has(String key);
}

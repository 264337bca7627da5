package io.debrief.core.timeline;

import io.debrief.core.common.InvisibleCharacters;
import io.debrief.core.common.SaneRange;
import io.debrief.core.common.Validation;
import io.debrief.core.common.ValidationError;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The rules every manual timeline entry obeys, whether added or edited.
 *
 * <p>An entry lies in {@link SaneRange}: not before 2000, and up to a day in the future so a clock slightly ahead, or a
 * planned step, is not refused.
 */
public final class EntryRules {

    /** The longest text, in UTF-8 bytes (32 kB). */
    public static final int MAX_TEXT_BYTES = 32 * 1024;
    /** The longest link, in characters. */
    public static final int MAX_LINK_CHARS = 2000;
    /** How far after "now" an entry may lie. */
    public static final Duration MAX_AHEAD = Duration.ofDays(1);

    private EntryRules() {}

    static List<ValidationError> check(EntryKind kind, Instant at, String text, String link, Clock clock) {
        Validation validation = new Validation();
        if (kind == null) {
            validation.reject("kind", "debrief.error.timeline.kind.required");
        } else {
            validation.check(kind.isManual(), "kind", "debrief.error.timeline.kind.not-manual", kind.wireName());
        }
        if (at == null) {
            validation.reject("at", "debrief.error.timeline.at.required");
        } else {
            SaneRange.checkMoment(validation, "at", at, clock, MAX_AHEAD);
        }
        if (text == null || text.isBlank()) {
            validation.reject("text", "debrief.error.timeline.text.required");
        } else {
            validation.check(
                    text.getBytes(StandardCharsets.UTF_8).length <= MAX_TEXT_BYTES,
                    "text",
                    "debrief.error.timeline.text.too-long",
                    MAX_TEXT_BYTES);
        }
        if (link != null && !link.isBlank()) {
            if (link.length() > MAX_LINK_CHARS) {
                validation.reject("link", "debrief.error.timeline.link.too-long", MAX_LINK_CHARS);
            } else if (InvisibleCharacters.anyIn(link)) {
                validation.reject("link", "debrief.error.timeline.link.invisible");
            } else {
                validation.check(isHttpUrl(link.trim()), "link", "debrief.error.timeline.link.invalid");
            }
        }
        return validation.errors();
    }

    /** Blank links count as no link. */
    static String normalizedLink(String link) {
        return link == null || link.isBlank() ? null : link.trim();
    }

    private static boolean isHttpUrl(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

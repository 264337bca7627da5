package io.debrief.core.intake;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One event from an alerting, paging, delivery or status tool, normalised: what every format parser produces and
 * what the store keeps.
 *
 * @param eventId the sender's identity of this event (idempotency: the same id from the same source is stored once)
 * @param kind what happened
 * @param at when it happened, by the sender's clock
 * @param title one line for a person ("HighErrorRate firing", "checkout 1.4.2 deployed to prod")
 * @param link an http(s) URL back to the sender, or null
 * @param subjectKey what the event is about across its lifecycle (alert fingerprint, PagerDuty incident id, Opsgenie
 *                   alert id, provider incident id, deployed service): firing and resolved of one alert share it, and
 *                   it is the key a source that opens incidents deduplicates them by
 * @param labels flat name/value pairs the source's label mapping reads ({@code service}, {@code component},
 *               {@code environment} and whatever the sender labelled)
 * @param mentionedKeys issue keys written in the event's text or labels ("OPS-12")
 */
public record ExternalEvent(
        String eventId,
        EventKind kind,
        Instant at,
        String title,
        String link,
        String subjectKey,
        Map<String, String> labels,
        Set<String> mentionedKeys) {

    /** The longest event id kept (longer ones are refused by the parsers). */
    public static final int MAX_ID = 255;
    /** Titles are cut to this length. */
    public static final int MAX_TITLE = 255;
    /** The most labels kept per event. */
    public static final int MAX_LABELS = 64;

    private static final Pattern ISSUE_KEY = Pattern.compile("\\b([A-Z][A-Z0-9_]{1,19}-[1-9][0-9]{0,9})\\b");

    public ExternalEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        title = title == null ? "" : cut(title.strip(), MAX_TITLE);
        link = link != null && (link.startsWith("https://") || link.startsWith("http://")) && link.length() <= 2000
                ? link
                : null;
        subjectKey = subjectKey == null ? eventId : cut(subjectKey, MAX_ID);
        labels = Map.copyOf(labels == null ? Map.of() : labels);
        mentionedKeys = mentionedKeys == null ? Set.of() : Set.copyOf(mentionedKeys);
    }

    /** An event whose mentioned issue keys are found in its title, labels and the extra texts given. */
    static ExternalEvent of(
            String eventId,
            EventKind kind,
            Instant at,
            String title,
            String link,
            String subjectKey,
            Map<String, String> labels,
            String... moreTexts) {
        Map<String, String> kept = new LinkedHashMap<>();
        if (labels != null) {
            labels.entrySet().stream().limit(MAX_LABELS).forEach(entry -> kept.put(entry.getKey(), entry.getValue()));
        }
        Set<String> keys = new TreeSet<>();
        findKeys(title, keys);
        kept.values().forEach(value -> findKeys(value, keys));
        for (String text : moreTexts) {
            findKeys(text, keys);
        }
        return new ExternalEvent(eventId, kind, at, title, link, subjectKey, kept, keys);
    }

    /** The value of a label, or null. */
    public String label(String name) {
        return labels.get(name);
    }

    private static void findKeys(String text, Set<String> into) {
        if (text == null) {
            return;
        }
        Matcher matcher = ISSUE_KEY.matcher(text);
        while (matcher.find() && into.size() < 20) {
            into.add(matcher.group(1));
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}

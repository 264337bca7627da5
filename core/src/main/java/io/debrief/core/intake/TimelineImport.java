package io.debrief.core.intake;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.Validation;
import io.debrief.core.common.ValidationError;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentAccess;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.NewTimelineEntry;
import io.debrief.core.timeline.Timeline;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.timeline.TimelineService;
import io.debrief.core.timeline.TimelineStore;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A whole timeline written elsewhere (a document, a chat export, another tool) imported into an incident in one go:
 * every entry checked before the first is written, all written in one transaction or none, and importing the same
 * document again adds nothing (each entry is identified by its kind, instant and text).
 *
 * <p>The document ({@code docs/schema/timeline-import.schema.json}): {@code {offsetsFrom?, date?, zone?, entries: [{kind,
 * at, text, link?, approximate?}]}}. {@code at} is an instant with its offset ({@code 2026-11-24T14:05:00Z}), a time of day
 * ({@code 14:05}, on {@code date} in {@code zone}: by default the day of detection, in UTC) or an offset
 * ({@code +5m}, {@code -1h30m}, {@code +90s}) from {@code offsetsFrom}: {@code detection} (the timeline's detected
 * entry, else the issue's creation; the default), {@code first-entry} (the first entry's own time) or an instant.
 */
public final class TimelineImport {

    /** The most entries a document may hold. */
    public static final int MAX_ENTRIES = 500;
    /** The largest document, in characters. */
    public static final int MAX_CHARS = 1024 * 1024;
    /** The farthest an offset may reach from its reference. */
    public static final Duration MAX_OFFSET = Duration.ofDays(30);

    /** Argument {0}: the forms a time may take. */
    public static final String AT_INVALID = "debrief.error.import.at.invalid";
    /** The first entry is an offset although offsets count from it. */
    public static final String FIRST_RELATIVE = "debrief.error.import.at.first-relative";
    /** Argument {0}: the allowed values. */
    public static final String OFFSETS_FROM_INVALID = "debrief.error.import.offsets-from.invalid";

    public static final String ZONE_INVALID = "debrief.error.import.zone.invalid";
    public static final String DATE_INVALID = "debrief.error.import.date.invalid";

    /** Where imported entries come from: {@code import:} and 40 hex digits of their identity. */
    public static final String SOURCE_PREFIX = "import:";

    private static final Pattern OFFSET = Pattern.compile("([+-])(?:(\\d{1,4})h)?(?:(\\d{1,6})m)?(?:(\\d{1,7})s)?");
    private static final Pattern TIME_OF_DAY = Pattern.compile("([01]\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String FORMS = "2026-11-24T14:05:00Z, +5m, -1h30m, 14:05";
    private static final String DETECTION = "detection";
    private static final String FIRST_ENTRY = "first-entry";

    private final IncidentAccess access;
    private final TimelineStore store;
    private final DerivedEntries derived;
    private final TimelineService timeline;
    private final Clock clock;

    public TimelineImport(
            IncidentAccess access, TimelineStore store, DerivedEntries derived, TimelineService timeline, Clock clock) {
        this.access = Objects.requireNonNull(access, "access");
        this.store = Objects.requireNonNull(store, "store");
        this.derived = Objects.requireNonNull(derived, "derived");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What an import did: the entries it added, and how many of the document's were there already. */
    public record Result(List<TimelineEntry> added, int unchanged) {}

    /**
     * Imports the document into the incident's timeline. Outcomes, in order: the incident guards (401, 404, 409 not
     * an Incident, 403 without the right to edit the timeline); 400 naming every refused field by its path
     * ({@code entries[3].at}) and nothing written; 409 when the timeline is frozen (published); otherwise the new
     * entries, all in one transaction.
     */
    public Result importDocument(String issueKey, String json, Viewer viewer) {
        Incident incident = access.toWrite(issueKey, viewer);
        Validation validation = new Validation();
        Payload root = Payload.root(JsonTree.parse(json, MAX_CHARS), validation);
        List<Payload> entries = root.objects("entries", MAX_ENTRIES, true);
        if (root.has("entries") && entries.isEmpty() && validation.isValid()) {
            validation.reject("entries", Validation.REQUIRED);
        }
        ZoneId zone = zone(root);
        Timeline loaded = Timeline.load(incident, store, derived);
        Instant detected = loaded.facts().detected().orElse(incident.created());
        LocalDate date =
                root.optionalText("date", 10).map(text -> day(text, validation)).orElse(null);
        LocalDate day = date != null ? date : LocalDate.ofInstant(detected, zone == null ? ZoneId.of("UTC") : zone);
        String offsetsFrom = root.optionalText("offsetsFrom", 64).orElse(DETECTION);

        // the times of day and instants first, so offsets can count from the first entry
        List<String> atTexts = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        for (Payload entry : entries) {
            String at = entry.text("at", 64);
            atTexts.add(at);
            times.add(fixed(at, day, zone));
        }
        Instant reference = reference(offsetsFrom, detected, entries, atTexts, times, validation);

        Map<String, NewTimelineEntry> documented = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Payload entry = entries.get(i);
            String kindText = entry.text("kind", 64);
            EntryKind kind = kindText == null
                    ? null
                    : EntryKind.fromWire(kindText).filter(EntryKind::isManual).orElse(null);
            if (kindText != null && kind == null) {
                validation.reject(entry.pathOf("kind"), Payload.VALUE_UNKNOWN, manualKinds());
            }
            String atText = atTexts.get(i);
            Instant at = times.get(i);
            if (at == null && atText != null) {
                at = offset(atText, reference);
                if (at == null) {
                    validation.reject(entry.pathOf("at"), AT_INVALID, FORMS);
                }
            }
            String text = entry.text("text", 64 * 1024);
            String link = entry.optionalText("link", 4000).orElse(null);
            boolean approximate = entry.optionalFlag("approximate");
            if (kind == null || at == null || text == null) {
                continue;
            }
            NewTimelineEntry candidate = new NewTimelineEntry(kind, at, text.strip(), link, approximate);
            List<ValidationError> refused = candidate.validate(clock);
            refused.forEach(error -> validation.reject(
                    entry.pathOf(error.field()),
                    error.messageKey(),
                    error.args().toArray()));
            if (refused.isEmpty()) {
                documented.putIfAbsent(identity(candidate), candidate);
            }
        }
        validation.throwIfInvalid();

        Set<String> present = new HashSet<>();
        store.entries(incident.id(), true).forEach(entry -> present.add(entry.sourceRef()));
        List<TimelineService.Sourced> fresh = documented.entrySet().stream()
                .filter(identified -> !present.contains(identified.getKey()))
                .map(identified -> new TimelineService.Sourced(identified.getValue(), identified.getKey()))
                .toList();
        List<TimelineEntry> added = fresh.isEmpty() ? List.of() : timeline.addAllFromSource(issueKey, fresh, viewer);
        return new Result(added, entries.size() - added.size());
    }

    /** {@code import:} and 40 hex digits of kind, instant and text: the same entry twice is the same origin. */
    static String identity(NewTimelineEntry entry) {
        return SOURCE_PREFIX
                + Digests.sha256Hex(entry.kind().wireName() + "\n" + entry.at() + "\n" + entry.text())
                        .substring(0, 40);
    }

    private ZoneId zone(Payload root) {
        return root.optionalText("zone", 64)
                .map(text -> {
                    try {
                        return ZoneId.of(text);
                    } catch (DateTimeException unknown) {
                        root.validation().reject("zone", ZONE_INVALID);
                        return null;
                    }
                })
                .orElse(ZoneId.of("UTC"));
    }

    private static LocalDate day(String text, Validation validation) {
        try {
            if (DAY.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException invalid) {
            // refused below
        }
        validation.reject("date", DATE_INVALID);
        return null;
    }

    /** An instant with its offset, or a time of day on {@code day}; null for anything else (an offset). */
    private static Instant fixed(String text, LocalDate day, ZoneId zone) {
        if (text == null) {
            return null;
        }
        Matcher time = TIME_OF_DAY.matcher(text);
        if (time.matches()) {
            if (zone == null) {
                return null;
            }
            LocalTime local = LocalTime.of(
                    Integer.parseInt(time.group(1)),
                    Integer.parseInt(time.group(2)),
                    time.group(3) == null ? 0 : Integer.parseInt(time.group(3)));
            return day.atTime(local).atZone(zone).toInstant();
        }
        if (text.length() > 10 && Character.isDigit(text.charAt(0))) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notAnInstant) {
                return null;
            }
        }
        return null;
    }

    private static Instant reference(
            String offsetsFrom,
            Instant detected,
            List<Payload> entries,
            List<String> atTexts,
            List<Instant> times,
            Validation validation) {
        if (DETECTION.equals(offsetsFrom)) {
            return detected;
        }
        if (FIRST_ENTRY.equals(offsetsFrom)) {
            if (entries.isEmpty()) {
                return null;
            }
            if (times.get(0) == null && atTexts.get(0) != null) {
                validation.reject(entries.get(0).pathOf("at"), FIRST_RELATIVE);
            }
            return times.get(0);
        }
        try {
            return OffsetDateTime.parse(offsetsFrom).toInstant();
        } catch (DateTimeParseException invalid) {
            validation.reject(
                    "offsetsFrom",
                    OFFSETS_FROM_INVALID,
                    DETECTION + ", " + FIRST_ENTRY + ", " + "2026-11-24T14:05:00Z");
            return null;
        }
    }

    /** {@code +5m}, {@code -1h30m}, {@code +90s} from {@code reference}; null when not one or out of bounds. */
    private static Instant offset(String text, Instant reference) {
        Matcher matcher = OFFSET.matcher(text);
        if (reference == null
                || !matcher.matches()
                || matcher.group(2) == null && matcher.group(3) == null && matcher.group(4) == null) {
            return null;
        }
        Duration offset = Duration.ofHours(part(matcher.group(2)))
                .plusMinutes(part(matcher.group(3)))
                .plusSeconds(part(matcher.group(4)));
        if (offset.compareTo(MAX_OFFSET) > 0) {
            return null;
        }
        return "-".equals(matcher.group(1)) ? reference.minus(offset) : reference.plus(offset);
    }

    private static long part(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static String manualKinds() {
        return Arrays.stream(EntryKind.values())
                .filter(EntryKind::isManual)
                .map(EntryKind::wireName)
                .collect(Collectors.joining(", "));
    }
}

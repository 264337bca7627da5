package io.debrief.core.timeline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One moment in an incident's timeline.
 *
 * @param id the store's id, 0 before it is stored (and for derived entries that are never stored)
 * @param link an http(s) URL or null
 * @param sourceRef the unique origin of a derived entry ("history:123", "comment:45") or of an accepted external
 *                  event ("event:17"), null for manual ones;
 *                  the same origin never appears twice in a timeline
 * @param version 1 when added, raised by every change
 * @param authorKey the user key of whoever recorded it, null when unknown
 * @param recordedAt when it was recorded (not when it happened: that is {@code at})
 * @param approximate whether {@code at} is only approximately when it happened ("about three minutes later"); a
 *                    duration built on it says so
 */
public record TimelineEntry(
        long id,
        long incidentId,
        EntryKind kind,
        Instant at,
        String text,
        String link,
        EntrySource source,
        String sourceRef,
        int version,
        boolean deleted,
        String authorKey,
        Instant recordedAt,
        boolean approximate) {

    public TimelineEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordedAt, "recordedAt");
        text = text == null ? "" : text;
    }

    /** An entry whose moment is exact. */
    public TimelineEntry(
            long id,
            long incidentId,
            EntryKind kind,
            Instant at,
            String text,
            String link,
            EntrySource source,
            String sourceRef,
            int version,
            boolean deleted,
            String authorKey,
            Instant recordedAt) {
        this(id, incidentId, kind, at, text, link, source, sourceRef, version, deleted, authorKey, recordedAt, false);
    }

    /** A derived entry as the tracker supplies it: never stored, identified by its source reference. */
    public static TimelineEntry derived(
            long incidentId,
            EntryKind kind,
            Instant at,
            String text,
            EntrySource source,
            String sourceRef,
            String authorKey) {
        Objects.requireNonNull(sourceRef, "sourceRef");
        return new TimelineEntry(0, incidentId, kind, at, text, null, source, sourceRef, 1, false, authorKey, at);
    }

    /**
     * A status change from the tracker's history ("In Progress → Done"), identified as
     * {@code history:<changeId>:status}; a missing status name shows as empty.
     */
    public static TimelineEntry statusChange(
            long incidentId, Instant at, String from, String to, long changeId, String authorKey) {
        return derived(
                incidentId,
                EntryKind.STATUS_CHANGE,
                at,
                (from == null ? "" : from) + " \u2192 " + (to == null ? "" : to),
                EntrySource.JIRA_HISTORY,
                "history:" + changeId + ":status",
                authorKey);
    }

    /** A tracker comment, cut by {@link CommentExcerpt} and identified as {@code comment:<commentId>}. */
    public static TimelineEntry comment(long incidentId, Instant at, String body, long commentId, String authorKey) {
        return derived(
                incidentId,
                EntryKind.COMMENT,
                at,
                CommentExcerpt.of(body),
                EntrySource.COMMENT,
                "comment:" + commentId,
                authorKey);
    }

    public Optional<String> linkIfAny() {
        return Optional.ofNullable(link);
    }

    /** Supplied by the tracker and never stored (not editable); manual and accepted external entries are stored. */
    public boolean isDerived() {
        return source != EntrySource.MANUAL && source != EntrySource.EXTERNAL;
    }

    /** The same entry with another id (stores assign ids). */
    public TimelineEntry withId(long newId) {
        return new TimelineEntry(
                newId,
                incidentId,
                kind,
                at,
                text,
                link,
                source,
                sourceRef,
                version,
                deleted,
                authorKey,
                recordedAt,
                approximate);
    }

    /** The same entry deleted or restored, one version later. */
    public TimelineEntry withDeleted(boolean nowDeleted) {
        return new TimelineEntry(
                id,
                incidentId,
                kind,
                at,
                text,
                link,
                source,
                sourceRef,
                version + 1,
                nowDeleted,
                authorKey,
                recordedAt,
                approximate);
    }

    /** The same entry with new content (its moment exact), one version later. */
    public TimelineEntry withContent(EntryKind newKind, Instant newAt, String newText, String newLink) {
        return withContent(newKind, newAt, newText, newLink, false);
    }

    /** The same entry with new content, one version later. */
    public TimelineEntry withContent(
            EntryKind newKind, Instant newAt, String newText, String newLink, boolean newApproximate) {
        return new TimelineEntry(
                id,
                incidentId,
                newKind,
                newAt,
                newText,
                newLink,
                source,
                sourceRef,
                version + 1,
                deleted,
                authorKey,
                recordedAt,
                newApproximate);
    }
}

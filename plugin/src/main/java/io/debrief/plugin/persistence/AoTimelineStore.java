package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.common.ConflictException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.EntrySource;
import io.debrief.core.timeline.EntryVersion;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.timeline.TimelineStore;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** Timeline entries and their earlier versions in Active Objects, always read through the INCIDENT_ID index. */
@Component
public class AoTimelineStore implements TimelineStore {

    private static final String NOT_FOUND = "debrief.error.timeline.entry.not-found";

    private final ActiveObjects ao;

    /** Told the incident's id after each committed write (the insights' incident index); nobody by default. */
    private volatile LongConsumer changed = incidentId -> {};

    @Inject
    public AoTimelineStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Who is told, after a write, whose timeline changed; it must not throw. */
    public void whenChanged(LongConsumer listener) {
        this.changed = listener;
    }

    @Override
    public List<TimelineEntry> entries(long incidentId, boolean includeDeleted) {
        Query query = includeDeleted
                ? Query.select().where("INCIDENT_ID = ?", incidentId)
                : Query.select().where("INCIDENT_ID = ? AND DELETED = ?", incidentId, false);
        return Arrays.stream(ao.find(TimelineEntryEntity.class, query.order("OCCURRED_AT, RECORDED_AT, ID")))
                .map(AoTimelineStore::toEntry)
                .toList();
    }

    @Override
    public TimelineEntry add(TimelineEntry entry) {
        TimelineEntry added = insert(entry);
        changed.accept(entry.incidentId());
        return added;
    }

    private TimelineEntry insert(TimelineEntry entry) {
        TimelineEntryEntity row = ao.create(
                TimelineEntryEntity.class,
                new DBParam("INCIDENT_ID", entry.incidentId()),
                new DBParam("KIND", entry.kind().name()),
                new DBParam("OCCURRED_AT", entry.at().toEpochMilli()),
                new DBParam("TEXT", entry.text()),
                new DBParam("LINK", entry.link()),
                new DBParam("SOURCE", entry.source().name()),
                new DBParam("SOURCE_REF", entry.sourceRef()),
                new DBParam("ENTRY_VERSION", entry.version()),
                new DBParam("DELETED", entry.deleted()),
                new DBParam("AUTHOR_KEY", entry.authorKey()),
                new DBParam("RECORDED_AT", entry.recordedAt().toEpochMilli()),
                new DBParam("APPROXIMATE", entry.approximate()));
        return entry.withId(row.getID());
    }

    @Override
    public List<TimelineEntry> addAll(List<TimelineEntry> entries) {
        List<TimelineEntry> added =
                ao.executeInTransaction(() -> entries.stream().map(this::insert).toList());
        added.stream().map(TimelineEntry::incidentId).distinct().forEach(changed::accept);
        return added;
    }

    @Override
    public Optional<TimelineEntry> find(long incidentId, long entryId) {
        return row(entryId).filter(row -> row.getIncidentId() == incidentId).map(AoTimelineStore::toEntry);
    }

    @Override
    public TimelineEntry update(TimelineEntry changed, int expectedVersion, EntryVersion previous) {
        try {
            TimelineEntry updated = ao.executeInTransaction(() -> {
                TimelineEntryEntity row =
                        row(changed.id()).orElseThrow(() -> new NotFoundException(NOT_FOUND, changed.id()));
                if (row.getEntryVersion() != expectedVersion) {
                    throw new ConflictException(ConflictException.STALE_KEY, changed.id(), row.getEntryVersion());
                }
                // the unique VERSION_KEY is what stops a concurrent edit of the same version on another node
                ao.create(
                        EntryVersionEntity.class,
                        new DBParam("VERSION_KEY", versionKey(changed.id(), expectedVersion)),
                        new DBParam("ENTRY_ID", changed.id()),
                        new DBParam("ENTRY_VERSION", previous.version()),
                        new DBParam("KIND", previous.kind().name()),
                        new DBParam("OCCURRED_AT", previous.at().toEpochMilli()),
                        new DBParam("TEXT", previous.text()),
                        new DBParam("LINK", previous.link()),
                        new DBParam("EDITED_BY", previous.editedBy()),
                        new DBParam("EDITED_AT", previous.editedAt().toEpochMilli()),
                        new DBParam("APPROXIMATE", previous.approximate()));
                writeContent(row, changed);
                row.save();
                return changed;
            });
            this.changed.accept(changed.incidentId());
            return updated;
        } catch (ConflictException | NotFoundException refused) {
            throw refused;
        } catch (RuntimeException failure) {
            if (ao.count(EntryVersionEntity.class, "VERSION_KEY = ?", versionKey(changed.id(), expectedVersion)) > 0) {
                throw new ConflictException(ConflictException.STALE_KEY, changed.id(), expectedVersion + 1);
            }
            throw failure;
        }
    }

    @Override
    public TimelineEntry softDelete(long incidentId, long entryId) {
        TimelineEntry deleted = markDeleted(incidentId, entryId, true);
        changed.accept(incidentId);
        return deleted;
    }

    @Override
    public TimelineEntry restore(long incidentId, long entryId) {
        TimelineEntry restored = markDeleted(incidentId, entryId, false);
        changed.accept(incidentId);
        return restored;
    }

    @Override
    public List<EntryVersion> versions(long entryId) {
        Query query = Query.select().where("ENTRY_ID = ?", entryId).order("ENTRY_VERSION");
        return Arrays.stream(ao.find(EntryVersionEntity.class, query))
                .map(row -> new EntryVersion(
                        row.getEntryId(),
                        row.getEntryVersion(),
                        EntryKind.valueOf(row.getKind()),
                        Rows.instant(row.getOccurredAt()),
                        nonNull(row.getText()),
                        row.getLink(),
                        row.getEditedBy(),
                        Rows.instant(row.getEditedAt()),
                        row.isApproximate()))
                .toList();
    }

    private TimelineEntry markDeleted(long incidentId, long entryId, boolean deleted) {
        return ao.executeInTransaction(() -> {
            TimelineEntryEntity row = row(entryId)
                    .filter(found -> found.getIncidentId() == incidentId)
                    .orElseThrow(() -> new NotFoundException(NOT_FOUND, entryId));
            TimelineEntry changed = toEntry(row).withDeleted(deleted);
            row.setDeleted(deleted);
            row.setEntryVersion(changed.version());
            row.save();
            return changed;
        });
    }

    private Optional<TimelineEntryEntity> row(long entryId) {
        if (entryId <= 0 || entryId > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        TimelineEntryEntity[] rows = ao.find(TimelineEntryEntity.class, "ID = ?", (int) entryId);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static void writeContent(TimelineEntryEntity row, TimelineEntry entry) {
        row.setKind(entry.kind().name());
        row.setOccurredAt(entry.at().toEpochMilli());
        row.setText(entry.text());
        row.setLink(entry.link());
        row.setEntryVersion(entry.version());
        row.setDeleted(entry.deleted());
        row.setApproximate(entry.approximate());
    }

    private static String versionKey(long entryId, int version) {
        return entryId + ":" + version;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static TimelineEntry toEntry(TimelineEntryEntity row) {
        return new TimelineEntry(
                row.getID(),
                row.getIncidentId(),
                EntryKind.valueOf(row.getKind()),
                Rows.instant(row.getOccurredAt()),
                nonNull(row.getText()),
                row.getLink(),
                EntrySource.valueOf(row.getSource()),
                row.getSourceRef(),
                row.getEntryVersion(),
                row.isDeleted(),
                row.getAuthorKey(),
                Rows.instant(row.getRecordedAt()),
                row.isApproximate());
    }
}

package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.intake.Digests;
import io.debrief.core.intake.EventFormat;
import io.debrief.core.intake.EventKind;
import io.debrief.core.intake.ExternalEvent;
import io.debrief.core.intake.ExternalEventLog;
import io.debrief.core.intake.StoredEvent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * External events in Active Objects. A delivery's events go in one transaction; when the unique EVENT_KEY refuses it
 * (an event sent again, or stored by another node in the meantime), the ones not yet there are inserted one by one, so
 * a delivery is never half stored by failure and never stored twice.
 */
@Component
public class AoExternalEventLog implements ExternalEventLog {

    private final ActiveObjects ao;

    @Inject
    public AoExternalEventLog(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<StoredEvent> storeNew(List<StoredEvent> events) {
        // the common case is a delivery of new events: insert them all at once, and only when the unique key
        // refuses the transaction (a repeat, or another node first) find out which ones are new
        try {
            return ao.executeInTransaction(() -> {
                List<StoredEvent> added = new ArrayList<>();
                events.forEach(event -> added.add(withId(event, insert(event))));
                return added;
            });
        } catch (RuntimeException someKnown) {
            Set<String> known =
                    knownKeys(events.stream().map(AoExternalEventLog::eventKey).toList());
            List<StoredEvent> added = new ArrayList<>();
            for (StoredEvent event : events) {
                String key = eventKey(event);
                ExternalEventEntity[] row = new ExternalEventEntity[1];
                if (!known.contains(key)
                        && Rows.insertUnlessPresent(
                                () -> row[0] = insert(event),
                                () -> !knownKeys(List.of(key)).isEmpty())) {
                    added.add(withId(event, row[0]));
                }
            }
            return added;
        }
    }

    private static StoredEvent withId(StoredEvent event, ExternalEventEntity row) {
        return new StoredEvent(
                row.getID(),
                event.sourceKey(),
                event.format(),
                event.event(),
                event.projectKey(),
                event.component(),
                event.receivedAt());
    }

    @Override
    public List<StoredEvent> about(String projectKey, String incidentKey, Instant from, Instant to, int limit) {
        Query query = Query.select()
                .where(
                        "OCCURRED_AT >= ? AND OCCURRED_AT <= ? AND (PROJECT_KEY = ? OR MENTIONS LIKE ?)",
                        from.toEpochMilli(),
                        to.toEpochMilli(),
                        projectKey,
                        "%," + incidentKey + ",%")
                .order("OCCURRED_AT, ID")
                .limit(limit);
        return Arrays.stream(ao.find(ExternalEventEntity.class, query))
                .map(AoExternalEventLog::toStored)
                .toList();
    }

    @Override
    public int removeReceivedBefore(Instant cutoff) {
        return ao.deleteWithSQL(ExternalEventEntity.class, "RECEIVED_AT < ?", cutoff.toEpochMilli());
    }

    private ExternalEventEntity insert(StoredEvent stored) {
        ExternalEvent event = stored.event();
        return ao.create(
                ExternalEventEntity.class,
                new DBParam("EVENT_KEY", eventKey(stored)),
                new DBParam("SOURCE_KEY", stored.sourceKey()),
                new DBParam("FORMAT", stored.format().name()),
                new DBParam("EVENT_ID", event.eventId()),
                new DBParam("KIND", event.kind().name()),
                new DBParam("OCCURRED_AT", event.at().toEpochMilli()),
                new DBParam("TITLE", event.title()),
                new DBParam("LINK", event.link()),
                new DBParam("SUBJECT_KEY", event.subjectKey()),
                new DBParam("LABELS", LinesCodec.encodeMap(event.labels())),
                new DBParam(
                        "MENTIONS",
                        event.mentionedKeys().isEmpty() ? null : "," + String.join(",", event.mentionedKeys()) + ","),
                new DBParam("PROJECT_KEY", stored.projectKey()),
                new DBParam("COMPONENT", stored.component()),
                new DBParam("RECEIVED_AT", stored.receivedAt().toEpochMilli()));
    }

    private Set<String> knownKeys(List<String> keys) {
        Set<String> known = new HashSet<>();
        Rows.inChunks(
                new ArrayList<>(new LinkedHashSet<>(keys)),
                (chunk, marks) -> Arrays.stream(ao.find(
                                ExternalEventEntity.class,
                                Query.select("ID, EVENT_KEY").where("EVENT_KEY IN (" + marks + ")", chunk.toArray())))
                        .forEach(row -> known.add(row.getEventKey())));
        return known;
    }

    /** The row's identity: source and sender's event id, hashed to a fixed length that fits a unique index. */
    static String eventKey(StoredEvent stored) {
        return Digests.sha256Hex(stored.sourceKey() + "\n" + stored.event().eventId());
    }

    private static StoredEvent toStored(ExternalEventEntity row) {
        String mentions = row.getMentions();
        Set<String> keys = mentions == null
                ? Set.of()
                : new LinkedHashSet<>(Arrays.stream(mentions.split(","))
                        .filter(key -> !key.isEmpty())
                        .toList());
        ExternalEvent event = new ExternalEvent(
                row.getEventId(),
                EventKind.valueOf(row.getKind()),
                Instant.ofEpochMilli(row.getOccurredAt()),
                row.getTitle(),
                row.getLink(),
                row.getSubjectKey(),
                LinesCodec.decodeMap(row.getLabels()),
                keys);
        return new StoredEvent(
                row.getID(),
                row.getSourceKey(),
                EventFormat.valueOf(row.getFormat()),
                event,
                row.getProjectKey(),
                row.getComponent(),
                Instant.ofEpochMilli(row.getReceivedAt()));
    }
}

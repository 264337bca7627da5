package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.intake.EventFormat;
import io.debrief.core.intake.EventSource;
import io.debrief.core.intake.EventSources;
import io.debrief.core.intake.LabelMapping;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** Event sources in Active Objects, one row per key (unique); the label mapping is one text column. */
@Component
public class AoEventSources implements EventSources {

    private final ActiveObjects ao;

    @Inject
    public AoEventSources(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<EventSource> byKey(String key) {
        return row(key).map(AoEventSources::toSource);
    }

    @Override
    public List<EventSource> all() {
        return Arrays.stream(ao.find(EventSourceEntity.class, Query.select().order("SOURCE_KEY")))
                .map(AoEventSources::toSource)
                .toList();
    }

    @Override
    public Optional<EventSource> create(EventSource source) {
        long[] id = new long[1];
        boolean created = Rows.insertUnlessPresent(
                () -> id[0] = ao.create(
                                EventSourceEntity.class,
                                new DBParam("SOURCE_KEY", source.key()),
                                new DBParam("NAME", source.name()),
                                new DBParam("FORMAT", source.format().name()),
                                new DBParam("SECRET_HASH", source.secretHash()),
                                new DBParam("SIGNING_SECRET", source.signingSecret()),
                                new DBParam("MAPPINGS", encode(source.mappings())),
                                new DBParam("MAY_OPEN_INCIDENT", source.mayOpenIncident()),
                                new DBParam("INCIDENT_PROJECT", source.incidentProject()),
                                new DBParam("ACTING_USER_KEY", source.actingUserKey()),
                                new DBParam("ACTING_USERNAME", source.actingUsername()),
                                new DBParam("CREATED_AT", source.createdAt().toEpochMilli()),
                                new DBParam(
                                        "SECRET_ROTATED_AT",
                                        source.secretRotatedAt().toEpochMilli()))
                        .getID(),
                () -> row(source.key()).isPresent());
        return created ? Optional.of(source.withId(id[0])) : Optional.empty();
    }

    @Override
    public void update(EventSource source) {
        row(source.key()).ifPresent(row -> {
            row.setName(source.name());
            row.setFormat(source.format().name());
            row.setSecretHash(source.secretHash());
            row.setSigningSecret(source.signingSecret());
            row.setMappings(encode(source.mappings()));
            row.setMayOpenIncident(source.mayOpenIncident());
            row.setIncidentProject(source.incidentProject());
            row.setActingUserKey(source.actingUserKey());
            row.setActingUsername(source.actingUsername());
            row.setSecretRotatedAt(source.secretRotatedAt().toEpochMilli());
            row.save();
        });
    }

    @Override
    public void delete(String key) {
        ao.deleteWithSQL(EventSourceEntity.class, "SOURCE_KEY = ?", key);
    }

    private Optional<EventSourceEntity> row(String key) {
        EventSourceEntity[] rows =
                ao.find(EventSourceEntity.class, Query.select().where("SOURCE_KEY = ?", key));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static EventSource toSource(EventSourceEntity row) {
        return new EventSource(
                row.getID(),
                row.getSourceKey(),
                row.getName(),
                EventFormat.valueOf(row.getFormat()),
                row.getSecretHash(),
                row.getSigningSecret(),
                decode(row.getMappings()),
                row.getMayOpenIncident(),
                row.getIncidentProject(),
                row.getActingUserKey(),
                row.getActingUsername(),
                Instant.ofEpochMilli(row.getCreatedAt()),
                Instant.ofEpochMilli(row.getSecretRotatedAt()));
    }

    private static String encode(List<LabelMapping> mappings) {
        return LinesCodec.encode(mappings.stream()
                .map(mapping ->
                        Arrays.asList(mapping.label(), mapping.value(), mapping.projectKey(), mapping.component()))
                .toList());
    }

    private static List<LabelMapping> decode(String text) {
        return LinesCodec.decode(text).stream()
                .map(fields -> new LabelMapping(
                        fields.get(0), fields.get(1), fields.get(2), fields.size() > 3 ? fields.get(3) : null))
                .toList();
    }
}

package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.checkpoint.HeldDebrief;
import io.debrief.core.common.ConflictException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.Page;
import io.debrief.core.common.PageRequest;
import io.debrief.core.debrief.AutoResolved;
import io.debrief.core.debrief.Debrief;
import io.debrief.core.debrief.DebriefStatus;
import io.debrief.core.debrief.DebriefStore;
import io.debrief.core.debrief.Impact;
import io.debrief.core.debrief.LibraryFilter;
import io.debrief.core.incident.Incident;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * Debriefs in Active Objects, one row per incident (unique INCIDENT_ID) plus one unique revision row per saved version,
 * which is what makes a stale save fail across nodes; the library and the checkpoint job page in SQL.
 * {@link AoHeldDebriefs} reads the same rows for the checkpoint job.
 */
@Component
public class AoDebriefStore implements DebriefStore {

    private static final String STALE = "debrief.error.stale";

    private final ActiveObjects ao;

    @Inject
    public AoDebriefStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Debrief> find(long incidentId) {
        return row(incidentId).map(AoDebriefStore::toDebrief);
    }

    @Override
    public Debrief save(Incident incident, Debrief debrief, int expectedVersion) {
        Debrief saved = debrief.withVersion(expectedVersion + 1);
        String revision = debrief.incidentId() + ":" + saved.version();
        boolean written = Rows.insertUnlessPresent(() -> ao.executeInTransaction(() -> {
            ao.create(DebriefRevisionEntity.class, new DBParam("REVISION_KEY", revision),
                    new DBParam("INCIDENT_ID", debrief.incidentId()), new DBParam("DEBRIEF_VERSION", saved.version()),
                    new DBParam("SAVED_AT", Rows.millis(saved.updatedAt())),
                    new DBParam("SAVED_BY", Rows.key(saved.updatedBy())));
            DebriefEntity row = expectedVersion == 0 ? newRow(incident, saved) : row(debrief.incidentId())
                    .orElseThrow(() -> new ConflictException(STALE, incident.key(), 0));
            if (row.getDebriefVersion() != expectedVersion && expectedVersion != 0) {
                throw new ConflictException(STALE, incident.key(), row.getDebriefVersion());
            }
            write(row, incident, saved);
            row.save();
            return row;
        }), () -> ao.count(DebriefRevisionEntity.class, "REVISION_KEY = ?", revision) > 0);
        if (!written) {
            // another save of the same version committed first
            throw new ConflictException(STALE, incident.key(),
                    row(debrief.incidentId()).map(DebriefEntity::getDebriefVersion).orElse(0));
        }
        return saved;
    }

    private DebriefEntity newRow(Incident incident, Debrief debrief) {
        return ao.create(DebriefEntity.class, new DBParam("INCIDENT_ID", debrief.incidentId()),
                new DBParam("INCIDENT_KEY", incident.key()), new DBParam("PROJECT_KEY", incident.projectKey()),
                new DBParam("STATUS", debrief.status().name()), new DBParam("DEBRIEF_VERSION", debrief.version()));
    }

    @Override
    public Page<Debrief> held(PageRequest page) {
        return page(Query.select().where("STATUS = ?", DebriefStatus.HELD.name()).order("INCIDENT_ID"), page,
                AoDebriefStore::toDebrief);
    }

    @Override
    public Page<Debrief> published(LibraryFilter filter, PageRequest page) {
        List<String> clauses = new ArrayList<>(List.of("STATUS = ?", "PUBLISHED_AT IS NOT NULL"));
        List<Object> params = new ArrayList<>(List.of(DebriefStatus.PUBLISHED.name()));
        if (!filter.projectKeys().isEmpty()) {
            clauses.add("PROJECT_KEY IN (" + String.join(", ", filter.projectKeys().stream().map(k -> "?").toList())
                    + ")");
            params.addAll(filter.projectKeys().stream().sorted().toList());
        }
        if (filter.severity() != null) {
            clauses.add("SEVERITY = ?");
            params.add(filter.severity().name());
        }
        if (filter.publishedFrom() != null) {
            clauses.add("PUBLISHED_AT >= ?");
            params.add(filter.publishedFrom().toEpochMilli());
        }
        if (filter.publishedBefore() != null) {
            clauses.add("PUBLISHED_AT < ?");
            params.add(filter.publishedBefore().toEpochMilli());
        }
        if (!filter.text().isEmpty()) {
            clauses.add("SEARCH_TEXT LIKE ? ESCAPE '!'");
            params.add("%" + likeLiteral(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        Query query = Query.select().where(String.join(" AND ", clauses), params.toArray())
                .order("PUBLISHED_AT DESC, INCIDENT_ID DESC");
        return page(query, page, AoDebriefStore::toDebrief);
    }

    /** The rows of {@code query} that fall on {@code page}, with the total the query matches. */
    <T> Page<T> page(Query query, PageRequest page, Function<DebriefEntity, T> mapper) {
        int total = ao.count(DebriefEntity.class, Query.select().where(query.getWhereClause(), query.getWhereParams()));
        List<T> items = Arrays.stream(ao.find(DebriefEntity.class, query.limit(page.limit()).offset(page.start())))
                .map(mapper)
                .toList();
        return new Page<>(items, page.start(), total);
    }

    Optional<DebriefEntity> row(long incidentId) {
        DebriefEntity[] rows = ao.find(DebriefEntity.class, "INCIDENT_ID = ?", incidentId);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /** The escape character for LIKE patterns; '!' because a backslash means different things per database. */
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static void write(DebriefEntity row, Incident incident, Debrief debrief) {
        row.setIncidentKey(incident.key());
        row.setProjectKey(incident.projectKey());
        row.setSummary(incident.summary());
        row.setSeverity(incident.severity() == null ? null : incident.severity().name());
        row.setOwnerKey(Rows.key(incident.owner()));
        row.setOwnerName(Rows.name(incident.owner()));
        row.setStatus(debrief.status().name());
        row.setImpactAffected(debrief.impact().affected());
        row.setImpactCount(debrief.impact().affectedCount());
        row.setImpactDuration(debrief.impact().duration());
        row.setImpactCost(debrief.impact().cost());
        row.setAnalysis(debrief.analysis());
        row.setAutoResolved(debrief.autoResolved().name());
        row.setHeldAt(Rows.millis(debrief.heldAt()));
        row.setHeldByKey(Rows.key(debrief.heldBy()));
        row.setHeldByName(Rows.name(debrief.heldBy()));
        row.setPublishedAt(Rows.millis(debrief.publishedAt()));
        row.setPublishedByKey(Rows.key(debrief.publishedBy()));
        row.setPublishedByName(Rows.name(debrief.publishedBy()));
        row.setDebriefVersion(debrief.version());
        row.setUpdatedAt(Rows.millis(debrief.updatedAt()));
        row.setUpdatedByKey(Rows.key(debrief.updatedBy()));
        row.setUpdatedByName(Rows.name(debrief.updatedBy()));
        row.setSearchText(searchable(incident, debrief));
    }

    /** What the library's text search looks in, lower-cased once on write (the same fields as the in-memory fake). */
    static String searchable(Incident incident, Debrief debrief) {
        return (incident.summary() + "\n" + debrief.analysis() + "\n" + debrief.impact().affected())
                .toLowerCase(Locale.ROOT);
    }

    private static Debrief toDebrief(DebriefEntity row) {
        Impact impact = new Impact(row.getImpactAffected(), row.getImpactCount(), row.getImpactDuration(),
                row.getImpactCost());
        return new Debrief(row.getIncidentId(), DebriefStatus.valueOf(row.getStatus()), impact, row.getAnalysis(),
                row.getAutoResolved() == null ? AutoResolved.UNANSWERED : AutoResolved.valueOf(row.getAutoResolved()),
                Rows.instant(row.getHeldAt()), Rows.user(row.getHeldByKey(), row.getHeldByName()),
                Rows.instant(row.getPublishedAt()), Rows.user(row.getPublishedByKey(), row.getPublishedByName()),
                row.getDebriefVersion(), Rows.instant(row.getUpdatedAt()),
                Rows.user(row.getUpdatedByKey(), row.getUpdatedByName()));
    }

    /** The held-debrief view of a row (its incident as stored at the last save, the incident owner as owner). */
    static HeldDebrief toHeld(DebriefEntity row) {
        return new HeldDebrief(new IssueRef(row.getIncidentId(), row.getIncidentKey(), row.getProjectKey()),
                Rows.instant(row.getHeldAt()), Rows.user(row.getOwnerKey(), row.getOwnerName()));
    }

    static Object[] heldOrPublished() {
        return new Object[] {DebriefStatus.HELD.name(), DebriefStatus.PUBLISHED.name()};
    }
}

package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.checkpoint.CheckpointPolicy;
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
import io.debrief.core.debrief.PublishedRecord;
import io.debrief.core.incident.Fact;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.settings.Targets;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.EntrySource;
import io.debrief.core.timeline.TimelineEntry;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * Debriefs in Active Objects, one row per incident (unique INCIDENT_ID) plus one unique revision row per saved version,
 * which is what makes a stale save fail across nodes; the library and the checkpoint job page in SQL.
 * {@link AoHeldDebriefs} reads the same rows for the checkpoint job.
 */
@Component
// published as a service for the wired tests only (it.io.debrief.*)
@ExportAsService(DebriefStore.class)
public class AoDebriefStore implements DebriefStore {

    private static final String STALE = ConflictException.STALE_KEY;

    /** How long this node trusts its list of projects holding published debriefs before reading it again. */
    static final long PROJECTS_FRESH_NANOS = 60_000_000_000L;

    private final ActiveObjects ao;
    /** Null until read; a debrief published on this node adds its project at once, other nodes' within a minute. */
    private volatile Set<String> publishedProjects;

    private volatile long projectsReadAt;

    /** Told the incident's id after each committed save (the insights' incident index); nobody by default. */
    private volatile LongConsumer changed = incidentId -> {};

    @Inject
    public AoDebriefStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Who is told, after a save, whose debrief changed; it must not throw. */
    public void whenChanged(LongConsumer listener) {
        this.changed = listener;
    }

    @Override
    public Optional<Debrief> find(long incidentId) {
        return row(incidentId).map(row -> toDebrief(row, recordedTimelines(List.of(row))));
    }

    @Override
    public Debrief save(Incident incident, Debrief debrief, int expectedVersion) {
        Debrief saved = debrief.withVersion(expectedVersion + 1);
        String revision = debrief.incidentId() + ":" + saved.version();
        boolean written = Rows.insertUnlessPresent(
                () -> ao.executeInTransaction(() -> {
                    ao.create(
                            DebriefRevisionEntity.class,
                            new DBParam("REVISION_KEY", revision),
                            new DBParam("INCIDENT_ID", debrief.incidentId()),
                            new DBParam("DEBRIEF_VERSION", saved.version()),
                            new DBParam("SAVED_AT", Rows.millis(saved.updatedAt())),
                            new DBParam("SAVED_BY", Rows.key(saved.updatedBy())));
                    DebriefEntity row = expectedVersion == 0
                            ? newRow(incident, saved)
                            : row(debrief.incidentId())
                                    .orElseThrow(() -> new ConflictException(STALE, incident.key(), 0));
                    if (row.getDebriefVersion() != expectedVersion && expectedVersion != 0) {
                        throw new ConflictException(STALE, incident.key(), row.getDebriefVersion());
                    }
                    boolean recordIsNew = row.getRecordTakenAt() == null && saved.record() != null;
                    write(row, incident, saved);
                    row.save();
                    if (recordIsNew) {
                        writeTimeline(saved.incidentId(), saved.record().timeline());
                    }
                    return row;
                }),
                () -> ao.count(DebriefRevisionEntity.class, "REVISION_KEY = ?", revision) > 0);
        if (!written) {
            // another save of the same version committed first
            throw new ConflictException(
                    STALE,
                    incident.key(),
                    row(debrief.incidentId())
                            .map(DebriefEntity::getDebriefVersion)
                            .orElse(0));
        }
        Set<String> known = publishedProjects;
        if (known != null && saved.status() == DebriefStatus.PUBLISHED && !known.contains(incident.projectKey())) {
            Set<String> more = new HashSet<>(known);
            more.add(incident.projectKey());
            publishedProjects = Set.copyOf(more);
        }
        changed.accept(debrief.incidentId());
        return saved;
    }

    private DebriefEntity newRow(Incident incident, Debrief debrief) {
        return ao.create(
                DebriefEntity.class,
                new DBParam("INCIDENT_ID", debrief.incidentId()),
                new DBParam("INCIDENT_KEY", incident.key()),
                new DBParam("PROJECT_KEY", incident.projectKey()),
                new DBParam("STATUS", debrief.status().name()),
                new DBParam("DEBRIEF_VERSION", debrief.version()));
    }

    @Override
    public Page<Debrief> held(PageRequest page) {
        return page(
                Query.select().where("STATUS = ?", DebriefStatus.HELD.name()).order("INCIDENT_ID"), page);
    }

    @Override
    public Page<Debrief> published(LibraryFilter filter, PageRequest page) {
        List<String> clauses = new ArrayList<>(List.of("STATUS = ?", "PUBLISHED_AT IS NOT NULL"));
        List<Object> params = new ArrayList<>(List.of(DebriefStatus.PUBLISHED.name()));
        if (!filter.projectKeys().isEmpty()) {
            clauses.add("PROJECT_KEY IN ("
                    + String.join(
                            ", ", filter.projectKeys().stream().map(k -> "?").toList()) + ")");
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
        if (Boolean.TRUE.equals(filter.secured())) {
            clauses.add("(INCIDENT_SECURED IS NULL OR INCIDENT_SECURED = ?)");
            params.add(true);
        } else if (Boolean.FALSE.equals(filter.secured())) {
            clauses.add("INCIDENT_SECURED = ?");
            params.add(false);
        }
        Query query = Query.select()
                .where(String.join(" AND ", clauses), params.toArray())
                .order("PUBLISHED_AT DESC, INCIDENT_ID DESC");
        return page(query, page);
    }

    /**
     * Read from the published rows at most once a minute per node (the library asks on every page when no project is
     * enabled); a project listed that no longer holds a published debrief costs nothing, every query finds no row.
     */
    @Override
    public Set<String> publishedProjects() {
        Set<String> known = publishedProjects;
        if (known == null || System.nanoTime() - projectsReadAt > PROJECTS_FRESH_NANOS) {
            known = Arrays.stream(ao.find(
                            DebriefEntity.class,
                            Query.select("ID, PROJECT_KEY").where("STATUS = ?", DebriefStatus.PUBLISHED.name())))
                    .map(DebriefEntity::getProjectKey)
                    .collect(Collectors.toUnmodifiableSet());
            projectsReadAt = System.nanoTime();
            publishedProjects = known;
        }
        return known;
    }

    @Override
    public boolean markIncidentSecured(long incidentId, boolean secured) {
        Optional<DebriefEntity> found = row(incidentId);
        if (found.isEmpty() || Boolean.valueOf(secured).equals(found.get().getIncidentSecured())) {
            return false;
        }
        found.get().setIncidentSecured(secured);
        found.get().save();
        return true;
    }

    /**
     * The debriefs of {@code query} that fall on {@code page}, with the total the query matches; the recorded
     * timelines of the page are read in one query, not one per debrief.
     */
    Page<Debrief> page(Query query, PageRequest page) {
        int total = ao.count(DebriefEntity.class, Query.select().where(query.getWhereClause(), query.getWhereParams()));
        List<DebriefEntity> rows = Arrays.asList(
                ao.find(DebriefEntity.class, query.limit(page.limit()).offset(page.start())));
        Map<Long, List<TimelineEntry>> timelines = recordedTimelines(rows);
        return new Page<>(rows.stream().map(row -> toDebrief(row, timelines)).toList(), page.start(), total);
    }

    /** The recorded timelines of those rows that have a record, by incident id, each in its recorded order. */
    private Map<Long, List<TimelineEntry>> recordedTimelines(List<DebriefEntity> rows) {
        List<Long> recorded = rows.stream()
                .filter(row -> row.getRecordTakenAt() != null)
                .map(DebriefEntity::getIncidentId)
                .toList();
        Map<Long, List<TimelineEntry>> byIncident = new HashMap<>();
        Rows.inChunks(recorded, (chunk, placeholders) -> {
            for (PublishedEntryEntity entry : ao.find(
                    PublishedEntryEntity.class,
                    Query.select()
                            .where("INCIDENT_ID IN (" + placeholders + ")", chunk.toArray())
                            .order("INCIDENT_ID, POSITION"))) {
                byIncident
                        .computeIfAbsent(entry.getIncidentId(), id -> new ArrayList<>())
                        .add(toEntry(entry));
            }
        });
        return byIncident;
    }

    private void writeTimeline(long incidentId, List<TimelineEntry> timeline) {
        for (int position = 0; position < timeline.size(); position++) {
            TimelineEntry entry = timeline.get(position);
            ao.create(
                    PublishedEntryEntity.class,
                    new DBParam("INCIDENT_ID", incidentId),
                    new DBParam("POSITION", position),
                    new DBParam("ENTRY_ID", entry.id()),
                    new DBParam("KIND", entry.kind().name()),
                    new DBParam("OCCURRED_AT", entry.at().toEpochMilli()),
                    new DBParam("TEXT", entry.text()),
                    new DBParam("LINK", entry.link()),
                    new DBParam("SOURCE", entry.source().name()),
                    new DBParam("SOURCE_REF", entry.sourceRef()),
                    new DBParam("ENTRY_VERSION", entry.version()),
                    new DBParam("AUTHOR_KEY", entry.authorKey()),
                    new DBParam("RECORDED_AT", entry.recordedAt().toEpochMilli()),
                    new DBParam("APPROXIMATE", entry.approximate()));
        }
    }

    private static TimelineEntry toEntry(PublishedEntryEntity row) {
        return new TimelineEntry(
                row.getEntryId(),
                row.getIncidentId(),
                EntryKind.valueOf(row.getKind()),
                Instant.ofEpochMilli(row.getOccurredAt()),
                row.getText(),
                row.getLink(),
                EntrySource.valueOf(row.getSource()),
                row.getSourceRef(),
                row.getEntryVersion(),
                false,
                row.getAuthorKey(),
                Instant.ofEpochMilli(row.getRecordedAt()),
                row.isApproximate());
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
        row.setIncidentSecured(incident.secured());
        row.setOwnerKey(Rows.key(incident.owner()));
        row.setOwnerName(Rows.name(incident.owner()));
        row.setStatus(debrief.status().name());
        row.setImpactAffected(debrief.impact().affected());
        row.setImpactCount(debrief.impact().affectedCount());
        row.setImpactDuration(debrief.impact().duration());
        row.setImpactCost(debrief.impact().cost());
        row.setAnalysis(debrief.analysis());
        row.setAutoResolved(debrief.autoResolved().name());
        scheduleFirstLook(row, debrief);
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
        row.setHoldOverride(debrief.holdOverride());
        row.setHoldLintSeen(debrief.holdLintSeen());
        PublishedRecord record = debrief.record();
        if (record != null) {
            row.setRecordTakenAt(Rows.millis(record.takenAt()));
            row.setJudgedDetectSeconds(record.targets().detect().toSeconds());
            row.setJudgedResolveSeconds(record.targets().resolve().toSeconds());
            row.setFactStartedAt(Rows.millis(record.facts().startedAt()));
            row.setFactDetectedAt(Rows.millis(record.facts().detectedAt()));
            row.setFactMitigatedAt(Rows.millis(record.facts().mitigatedAt()));
            row.setFactResolvedAt(Rows.millis(record.facts().resolvedAt()));
            row.setJudgedAcknowledgeSeconds(seconds(record.targets().acknowledge()));
            row.setJudgedMitigateSeconds(seconds(record.targets().mitigate()));
            row.setFactImpactStartedAt(Rows.millis(record.facts().impactStartedAt()));
            row.setFactAcknowledgedAt(Rows.millis(record.facts().acknowledgedAt()));
            row.setFactDeclaredAt(Rows.millis(record.facts().declaredAt()));
            row.setFactImpactEndedAt(Rows.millis(record.facts().impactEndedAt()));
            row.setFactApproximate(
                    record.facts().approximate().isEmpty()
                            ? null
                            : record.facts().approximate().stream()
                                    .sorted()
                                    .map(Fact::wireName)
                                    .collect(Collectors.joining(",")));
        }
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.toSeconds();
    }

    private static Duration duration(Long seconds) {
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }

    private static Set<Fact> approximateFacts(String wireNames) {
        if (wireNames == null || wireNames.isBlank()) {
            return Set.of();
        }
        Set<String> names = Set.of(wireNames.split(","));
        return Arrays.stream(Fact.values())
                .filter(fact -> names.contains(fact.wireName()))
                .collect(Collectors.toSet());
    }

    /** What the library's text search looks in, lower-cased once on write (the same fields as the in-memory fake). */
    static String searchable(Incident incident, Debrief debrief) {
        return (incident.summary() + "\n" + debrief.analysis() + "\n"
                        + debrief.impact().affected())
                .toLowerCase(Locale.ROOT);
    }

    /** The debrief of a row, with its record when it has one (its timeline from {@code timelines}). */
    private static Debrief toDebrief(DebriefEntity row, Map<Long, List<TimelineEntry>> timelines) {
        PublishedRecord record = null;
        if (row.getRecordTakenAt() != null) {
            record = new PublishedRecord(
                    new Targets(
                            Duration.ofSeconds(row.getJudgedDetectSeconds()),
                            Duration.ofSeconds(row.getJudgedResolveSeconds()),
                            duration(row.getJudgedAcknowledgeSeconds()),
                            duration(row.getJudgedMitigateSeconds())),
                    // records kept before release 1.1 have no impact, acknowledgement or declaration: unknown
                    new IncidentFacts(
                            Rows.instant(row.getFactImpactStartedAt()),
                            Rows.instant(row.getFactStartedAt()),
                            Rows.instant(row.getFactDetectedAt()),
                            Rows.instant(row.getFactAcknowledgedAt()),
                            Rows.instant(row.getFactDeclaredAt()),
                            Rows.instant(row.getFactMitigatedAt()),
                            Rows.instant(row.getFactResolvedAt()),
                            Rows.instant(row.getFactImpactEndedAt()),
                            approximateFacts(row.getFactApproximate())),
                    timelines.getOrDefault(row.getIncidentId(), List.of()),
                    Rows.instant(row.getRecordTakenAt()));
        }
        Impact impact =
                new Impact(row.getImpactAffected(), row.getImpactCount(), row.getImpactDuration(), row.getImpactCost());
        return new Debrief(
                row.getIncidentId(),
                DebriefStatus.valueOf(row.getStatus()),
                impact,
                row.getAnalysis(),
                row.getAutoResolved() == null ? AutoResolved.UNANSWERED : AutoResolved.valueOf(row.getAutoResolved()),
                Rows.instant(row.getHeldAt()),
                Rows.user(row.getHeldByKey(), row.getHeldByName()),
                Rows.instant(row.getPublishedAt()),
                Rows.user(row.getPublishedByKey(), row.getPublishedByName()),
                row.getDebriefVersion(),
                Rows.instant(row.getUpdatedAt()),
                Rows.user(row.getUpdatedByKey(), row.getUpdatedByName()),
                row.getHoldOverride(),
                record,
                row.getHoldLintSeen());
    }

    /** The held-debrief view of a row (its incident as stored at the last save, the incident owner as owner). */
    static HeldDebrief toHeld(DebriefEntity row) {
        return new HeldDebrief(
                new IssueRef(row.getIncidentId(), row.getIncidentKey(), row.getProjectKey()),
                Rows.instant(row.getHeldAt()),
                Rows.user(row.getOwnerKey(), row.getOwnerName()));
    }

    /**
     * Keeps the checkpoint job's next look: none while not held; when a debrief is (again) held, its first look is when
     * any checkpoint of it can first come due, and the job moves it on from there. Call before the held time is set.
     */
    private static void scheduleFirstLook(DebriefEntity row, Debrief debrief) {
        boolean held = debrief.heldAt() != null
                && (debrief.status() == DebriefStatus.HELD || debrief.status() == DebriefStatus.PUBLISHED);
        if (!held) {
            row.setNextLookAt(null);
        } else if (row.getNextLookAt() == null || !Rows.millis(debrief.heldAt()).equals(row.getHeldAt())) {
            row.setNextLookAt(
                    CheckpointPolicy.earliestFirstLook(debrief.heldAt()).toEpochMilli());
            if (row.getLastCheckpoint() == null) {
                row.setLastCheckpoint(0);
            }
        }
    }

    static Object[] heldOrPublished() {
        return new Object[] {DebriefStatus.HELD.name(), DebriefStatus.PUBLISHED.name()};
    }
}

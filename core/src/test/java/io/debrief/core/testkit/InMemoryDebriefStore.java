package io.debrief.core.testkit;

import io.debrief.core.common.ConflictException;
import io.debrief.core.common.Page;
import io.debrief.core.common.PageRequest;
import io.debrief.core.debrief.Debrief;
import io.debrief.core.debrief.DebriefStatus;
import io.debrief.core.debrief.DebriefStore;
import io.debrief.core.debrief.LibraryFilter;
import io.debrief.core.incident.Incident;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The {@link DebriefStore} port over a map, filtering the library the way a database query would. */
public final class InMemoryDebriefStore implements DebriefStore {

    /** {@code secured}: null when not known, as for a row written before the store kept it. */
    private record Row(Incident incident, Debrief debrief, Boolean secured) {}

    private final Map<Long, Row> rows = new TreeMap<>();
    private int writes;

    @Override
    public Optional<Debrief> find(long incidentId) {
        return Optional.ofNullable(rows.get(incidentId)).map(Row::debrief);
    }

    @Override
    public Debrief save(Incident incident, Debrief debrief, int expectedVersion) {
        int stored = find(debrief.incidentId()).map(Debrief::version).orElse(0);
        if (stored != expectedVersion) {
            throw new ConflictException("debrief.error.stale", incident.key(), stored);
        }
        Debrief saved = debrief.withVersion(expectedVersion + 1);
        rows.put(saved.incidentId(), new Row(incident, saved, incident.secured()));
        writes++;
        return saved;
    }

    @Override
    public Page<Debrief> held(PageRequest page) {
        return page(rows.values().stream().filter(row -> row.debrief().status() == DebriefStatus.HELD), page);
    }

    @Override
    public Page<Debrief> published(LibraryFilter filter, PageRequest page) {
        String words = filter.text().toLowerCase(Locale.ROOT);
        return page(
                rows.values().stream()
                        .filter(row -> row.debrief().status() == DebriefStatus.PUBLISHED)
                        .filter(row -> filter.projectKeys().isEmpty()
                                || filter.projectKeys().contains(row.incident().projectKey()))
                        .filter(row -> filter.severity() == null
                                || filter.severity() == row.incident().severity())
                        .filter(row -> filter.coversPublication(row.debrief().publishedAt()))
                        .filter(row -> words.isEmpty() || searchable(row).contains(words))
                        .filter(row -> filter.coversSecurity(row.secured()))
                        .sorted(Comparator.comparing(Row::debrief, LibraryFilter.ORDER)),
                page);
    }

    @Override
    public Set<String> publishedProjects() {
        return rows.values().stream()
                .filter(row -> row.debrief().status() == DebriefStatus.PUBLISHED)
                .map(row -> row.incident().projectKey())
                .collect(Collectors.toSet());
    }

    @Override
    public boolean markIncidentSecured(long incidentId, boolean secured) {
        Row row = rows.get(incidentId);
        if (row == null || Boolean.valueOf(secured).equals(row.secured())) {
            return false;
        }
        rows.put(incidentId, new Row(row.incident(), row.debrief(), secured));
        return true;
    }

    /** Forgets what the store knew of an incident's security, as for a row written by an older release. */
    public void forgetSecurity(long incidentId) {
        Row row = rows.get(incidentId);
        rows.put(incidentId, new Row(row.incident(), row.debrief(), null));
    }

    /** What the store knows of an incident's security (null: not known). */
    public Boolean securedAsKept(long incidentId) {
        return rows.get(incidentId).secured();
    }

    public int writes() {
        return writes;
    }

    private static String searchable(Row row) {
        return (row.incident().summary() + "\n" + row.debrief().analysis() + "\n"
                        + row.debrief().impact().affected())
                .toLowerCase(Locale.ROOT);
    }

    private static Page<Debrief> page(Stream<Row> matching, PageRequest page) {
        List<Debrief> all = matching.map(Row::debrief).toList();
        int from = Math.min(page.start(), all.size());
        int to = Math.min(from + page.limit(), all.size());
        return new Page<>(all.subList(from, to), page.start(), all.size());
    }
}

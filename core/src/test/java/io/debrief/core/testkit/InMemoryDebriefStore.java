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
import java.util.TreeMap;
import java.util.stream.Stream;

/** The {@link DebriefStore} port over a map, filtering the library the way a database query would. */
public final class InMemoryDebriefStore implements DebriefStore {

    private record Row(Incident incident, Debrief debrief) {}

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
        rows.put(saved.incidentId(), new Row(incident, saved));
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
                        .sorted(Comparator.comparing((Row row) -> row.debrief().publishedAt())
                                .reversed()),
                page);
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

package io.debrief.core.review;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.IssueRef;
import io.debrief.core.debrief.ActionItemTally;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The library's action item counts from the item index, in one query for a page of incidents: an unsecured item is
 * visible to whoever may browse its project (as {@link Trends} counts them); an incident with a secured item is left
 * out, so the library asks the tracker, which alone knows who may see that one.
 */
public final class IndexedItemTally implements ActionItemTally {

    private final ItemIndex index;

    public IndexedItemTally(ItemIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    @Override
    public Map<Long, Tally> of(Collection<IssueRef> incidents, Viewer viewer) {
        List<Long> ids = incidents.stream().map(IssueRef::id).distinct().toList();
        Map<Long, List<IndexedItem>> byIncident = index.ofIncidents(ids).stream()
                .filter(row -> row.incident() != null)
                .collect(Collectors.groupingBy(row -> row.incident().id()));
        Map<Long, Tally> counts = new HashMap<>();
        for (long id : ids) {
            List<IndexedItem> rows = byIncident.getOrDefault(id, List.of());
            if (rows.stream().anyMatch(IndexedItem::secured)) {
                continue;
            }
            List<IndexedItem> seen = rows.stream()
                    .filter(row -> viewer.canBrowseProject(row.item().projectKey()))
                    .toList();
            int open = (int) seen.stream().filter(IndexedItem::open).count();
            counts.put(id, new Tally(open, seen.size() - open));
        }
        return counts;
    }
}

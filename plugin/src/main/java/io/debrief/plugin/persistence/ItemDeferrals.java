package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;

/**
 * Keeps ITEM_INDEX.DEFERRED_SORT equal to minus the item's REPLANNED rows in the checkpoint log, so the review's "most
 * deferred" order is an index walk. The checkpoint log calls it in the transaction that writes or deletes outcomes; the
 * item index when it writes a row (so the reconcile job, which writes every item again, puts any drift right). A
 * change sets a new stamp on the projects' kept totals ({@link ItemTotalsEntity}), which count items by deferrals.
 */
final class ItemDeferrals {

    static final String REPLANNED = "REPLANNED";

    private ItemDeferrals() {}

    /** How many times each item was re-planned (items never re-planned are left out), by IN queries on ITEM_ID. */
    static Map<Long, Integer> count(ActiveObjects ao, Collection<Long> itemIds) {
        Map<Long, Integer> counts = new HashMap<>();
        Rows.inChunks(itemIds.stream().distinct().toList(), (chunk, marks) -> {
            List<Object> parameters = new ArrayList<>(chunk.size() + 1);
            parameters.add(REPLANNED);
            parameters.addAll(chunk);
            for (CheckpointOutcomeEntity row : ao.find(
                    CheckpointOutcomeEntity.class,
                    Query.select("ID, ITEM_ID")
                            .where("OUTCOME = ? AND ITEM_ID IN (" + marks + ")", parameters.toArray()))) {
                counts.merge(row.getItemId(), 1, Integer::sum);
            }
        });
        return counts;
    }

    /** Sets the indexed rows of these items (those kept) to their count in the log. */
    static void refresh(ActiveObjects ao, Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return;
        }
        Map<Long, Integer> counts = count(ao, itemIds);
        Set<String> changed = new HashSet<>();
        Rows.inChunks(itemIds.stream().distinct().toList(), (chunk, marks) -> {
            for (ItemIndexEntity row : ao.find(
                    ItemIndexEntity.class,
                    Query.select("ID, ITEM_ID, PROJECT_KEY, DEFERRED_SORT")
                            .where("ITEM_ID IN (" + marks + ")", chunk.toArray()))) {
                int sort = -counts.getOrDefault(row.getItemId(), 0);
                if (row.getDeferredSort() != sort) {
                    row.setDeferredSort(sort);
                    row.save();
                    changed.add(row.getProjectKey());
                }
            }
        });
        // the kept totals hold the open items by deferral count ("most deferred" pages seek by them)
        AoItemIndex.totalsChanged(ao, changed);
    }
}

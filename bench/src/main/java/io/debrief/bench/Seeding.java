package io.debrief.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import net.java.ao.RawEntity;

/** Writes many rows through Active Objects' batch insert, one transaction per batch, into the real tables. */
final class Seeding {

    static final int BATCH = 1_000;

    private Seeding() {}

    /** Inserts {@code count} rows, {@code row(i)} giving the columns of row i; returns the elapsed nanoseconds. */
    static <T extends RawEntity<K>, K> long insert(
            ActiveObjects ao, Class<T> type, int count, IntFunction<Map<String, Object>> row) {
        long started = System.nanoTime();
        for (int from = 0; from < count; from += BATCH) {
            List<Map<String, Object>> rows = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(count, from + BATCH); i++) {
                rows.add(row.apply(i));
            }
            ao.executeInTransaction(() -> {
                ao.create(type, rows);
                return null;
            });
        }
        return System.nanoTime() - started;
    }
}

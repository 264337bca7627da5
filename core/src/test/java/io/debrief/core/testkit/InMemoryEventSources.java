package io.debrief.core.testkit;

import io.debrief.core.intake.EventSource;
import io.debrief.core.intake.EventSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Event sources in memory, by key. */
public final class InMemoryEventSources implements EventSources {

    private final TreeMap<String, EventSource> byKey = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized Optional<EventSource> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public synchronized List<EventSource> all() {
        return new ArrayList<>(byKey.values());
    }

    @Override
    public synchronized Optional<EventSource> create(EventSource source) {
        if (byKey.containsKey(source.key())) {
            return Optional.empty();
        }
        EventSource stored = source.withId(nextId++);
        byKey.put(source.key(), stored);
        return Optional.of(stored);
    }

    @Override
    public synchronized void update(EventSource source) {
        byKey.computeIfPresent(source.key(), (key, old) -> source.withId(old.id()));
    }

    @Override
    public synchronized void delete(String key) {
        byKey.remove(key);
    }
}

package io.debrief.core.intake;

import java.util.List;
import java.util.Optional;

/** The configured event sources (port; Active Objects in the plugin). Keys are unique. */
public interface EventSources {

    Optional<EventSource> byKey(String key);

    /** Every source, by key. */
    List<EventSource> all();

    /** Stores a new source; empty when its key is taken (another admin or node was first). */
    Optional<EventSource> create(EventSource source);

    /** Replaces the stored source of the same key. */
    void update(EventSource source);

    /** Removes the source; its events stay until retention removes them. */
    void delete(String key);
}

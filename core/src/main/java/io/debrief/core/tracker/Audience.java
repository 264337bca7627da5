package io.debrief.core.tracker;

import io.debrief.core.access.Viewer;
import java.util.Objects;

/** On whose behalf the tracker is searched: a person (only what they may browse) or the system itself (everything). */
public sealed interface Audience {

    /** Only issues this viewer may browse. */
    record Person(Viewer viewer) implements Audience {
        public Person {
            Objects.requireNonNull(viewer, "viewer");
        }
    }

    /** Every issue: for the scheduled job and listeners, never for answering a person. */
    record System() implements Audience {}

    static Audience of(Viewer viewer) {
        return new Person(viewer);
    }

    static Audience system() {
        return new System();
    }
}

package io.debrief.core.incident;

import java.util.Optional;

/** The incidents the tracker holds (port; Jira implements it with issues of type Incident). */
public interface Incidents {

    /** Looks an issue up by its key, telling incidents apart from other issues and from nothing. */
    IssueLookup lookup(String issueKey);

    /** Looks an issue up by its id, like {@link #lookup(String)}. */
    IssueLookup lookupById(long issueId);

    /** The incident with this key; empty when there is no such issue or it is not an Incident. */
    default Optional<Incident> byKey(String issueKey) {
        return lookup(issueKey).found();
    }

    /** The incident with this id; empty when there is no such issue or it is not an Incident. */
    default Optional<Incident> byId(long id) {
        return lookupById(id).found();
    }
}

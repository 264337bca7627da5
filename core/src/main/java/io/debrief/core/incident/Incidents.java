package io.debrief.core.incident;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.UserRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /**
     * The incidents the tracker resolved in {@code [from, to)}, oldest resolution first, at most {@code cap}: every one,
     * whoever may see it (callers narrow to the reader). Trends count the debriefs that were never held from these.
     */
    List<Incident> resolvedBetween(Instant from, Instant to, int cap);

    /** The incident with this id; empty when there is no such issue or it is not an Incident. */
    default Optional<Incident> byId(long id) {
        return lookupById(id).found();
    }

    /**
     * The incidents with these ids that {@code viewer} may browse, read in one request as the viewer (Jira: one
     * {@code issue in (...)} search), in no particular order; missing ones, other issues and hidden ones are left out.
     * This default looks them up one by one, for trackers with no bulk read.
     */
    default List<Incident> visible(Collection<Long> ids, Viewer viewer) {
        List<Incident> found = new ArrayList<>();
        for (long id : ids) {
            byId(id).filter(incident -> viewer.canBrowse(incident.ref())).ifPresent(found::add);
        }
        return found;
    }

    /**
     * The incidents with these ids, whoever may see them (callers narrow to the reader), in no particular order;
     * missing ones and other issues are left out. Jira: one {@code issue in (...)} search as the system per thousand.
     * This default looks them up one by one, for trackers with no bulk read.
     */
    default List<Incident> everyById(Collection<Long> ids) {
        List<Incident> found = new ArrayList<>();
        for (long id : ids) {
            byId(id).ifPresent(found::add);
        }
        return found;
    }

    /**
     * The names by which the people on this incident could be written into its debrief: the display names and
     * usernames of its reporter, assignee and commenters, as the tracker knows them. The blameless lint flags them.
     * A tracker that knows no more than the owner answers with the owner's name and key.
     */
    default Set<String> peopleOn(Incident incident) {
        Set<String> names = new LinkedHashSet<>();
        incident.ownerRef().ifPresent(owner -> {
            names.add(owner.displayName());
            names.add(owner.key());
        });
        return names;
    }

    /**
     * The names of the people on this incident as {@code viewer} may know them: {@link #peopleOn(Incident)} and, where
     * the tracker shows them only to some readers, those too when this reader may see them (Jira: the watchers, to
     * readers with View Voters and Watchers), so the lint never tells a writer who watches where they cannot look.
     */
    default Set<String> peopleOn(Incident incident, Viewer viewer) {
        return peopleOn(incident);
    }

    /** The display name and key of a person, for {@link #peopleOn}. */
    static void addNamesOf(UserRef person, Set<String> names) {
        if (person != null) {
            names.add(person.displayName());
            names.add(person.key());
        }
    }
}

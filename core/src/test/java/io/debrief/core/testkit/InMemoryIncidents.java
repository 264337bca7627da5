package io.debrief.core.testkit;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.Incidents;
import io.debrief.core.incident.IssueLookup;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@link Incidents} port over a map: add incidents and other issues, then look them up. */
public final class InMemoryIncidents implements Incidents {

    private final Map<String, IssueLookup> byKey = new LinkedHashMap<>();
    private final Map<Long, IssueLookup> byId = new LinkedHashMap<>();
    private final Map<Long, List<String>> people = new LinkedHashMap<>();
    private final Map<Long, List<String>> watchers = new LinkedHashMap<>();
    private final Set<String> mayViewWatchers = new LinkedHashSet<>();
    private boolean bulk;
    private int lookups;
    private int searches;
    private int materialised;

    /** Reads {@link #visible} in one counted search instead of looking each incident up. */
    public InMemoryIncidents withBulkRead() {
        bulk = true;
        return this;
    }

    @Override
    public List<Incident> visible(java.util.Collection<Long> ids, Viewer viewer) {
        if (!bulk) {
            return Incidents.super.visible(ids, viewer);
        }
        searches++;
        List<Incident> found = ids.stream()
                .map(id -> byId.getOrDefault(id, IssueLookup.missing()).found())
                .flatMap(Optional::stream)
                .filter(incident -> viewer.canBrowse(incident.ref()))
                .toList();
        materialised += found.size();
        return found;
    }

    /** Incidents looked up one by one so far. */
    public int lookups() {
        return lookups;
    }

    /** Bulk reads so far. */
    public int searches() {
        return searches;
    }

    /** Incidents the bulk reads returned so far. */
    public int materialised() {
        return materialised;
    }

    public void resetCounts() {
        lookups = 0;
        searches = 0;
        materialised = 0;
    }

    public InMemoryIncidents with(Incident incident) {
        IssueLookup found = new IssueLookup.Found(incident);
        byKey.put(incident.key(), found);
        byId.put(incident.id(), found);
        return this;
    }

    /** Names of people on an incident besides its owner (reporter, commenters), as the tracker would give them. */
    public InMemoryIncidents withPeople(Incident incident, String... names) {
        people.put(incident.id(), List.of(names));
        return this;
    }

    /**
     * Names of an incident's watchers, which the tracker shows only to readers allowed to see them (Jira: View Voters
     * and Watchers); {@code readerKeys} are the user keys of those readers.
     */
    public InMemoryIncidents withWatchers(Incident incident, List<String> names, String... readerKeys) {
        watchers.put(incident.id(), List.copyOf(names));
        mayViewWatchers.addAll(List.of(readerKeys));
        return this;
    }

    @Override
    public List<Incident> resolvedBetween(Instant from, Instant to, int cap) {
        return byId.values().stream()
                .map(IssueLookup::found)
                .flatMap(Optional::stream)
                .filter(incident -> incident.resolvedAt() != null
                        && !incident.resolvedAt().isBefore(from)
                        && incident.resolvedAt().isBefore(to))
                .sorted(Comparator.comparing(Incident::resolvedAt))
                .limit(cap)
                .toList();
    }

    /** An issue that exists but is not an Incident (a bug, a task). */
    public InMemoryIncidents withOtherIssue(IssueRef issue) {
        IssueLookup other = new IssueLookup.NotAnIncident(issue);
        byKey.put(issue.key(), other);
        byId.put(issue.id(), other);
        return this;
    }

    @Override
    public IssueLookup lookup(String issueKey) {
        return byKey.getOrDefault(issueKey, IssueLookup.missing());
    }

    @Override
    public IssueLookup lookupById(long issueId) {
        lookups++;
        return byId.getOrDefault(issueId, IssueLookup.missing());
    }

    @Override
    public Set<String> peopleOn(Incident incident) {
        Set<String> names = new LinkedHashSet<>(Incidents.super.peopleOn(incident));
        names.addAll(people.getOrDefault(incident.id(), List.of()));
        return names;
    }

    @Override
    public Set<String> peopleOn(Incident incident, Viewer viewer) {
        Set<String> names = peopleOn(incident);
        if (viewer.user().map(UserRef::key).filter(mayViewWatchers::contains).isPresent()) {
            names.addAll(watchers.getOrDefault(incident.id(), List.of()));
        }
        return names;
    }
}

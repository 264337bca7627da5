package io.debrief.core.tracker;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.Page;
import io.debrief.core.common.PageRequest;
import io.debrief.core.common.UserRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The issue tracker as the debrief process sees it: action items, checkpoint sub-tasks, labels and resolutions.
 *
 * <p>Implemented by the plugin's Jira adapter and by the sandbox. Every write acts as the person logged in (the
 * scheduled job, which has none, as the project's lead), after the use case has checked what the viewer may do.
 */
public interface IssueTracker {

    /** Creates the action item, links it to its incident with the "Debrief action item" link type and labels it. */
    IssueRef createActionItem(NewActionItem item, String label);

    /** Creates a "Debrief checkpoint" sub-task under the incident. */
    IssueRef createCheckpointSubTask(NewCheckpointSubTask subTask);

    /** The checkpoint sub-task with that number under the incident, if one was already created (crash repair). */
    Optional<IssueRef> findCheckpointSubTask(IssueRef incident, int number);

    /** Adds the label unless the issue already has it; returns whether it was added. */
    boolean addLabel(IssueRef issue, String label);

    /** The issue with that key as the system sees it, or empty when there is none. */
    Optional<TrackedIssue> find(String key);

    /** One page of debrief items answering the search, as far as the audience may see them. */
    Page<TrackedIssue> debriefItems(ItemSearch search, Audience audience, PageRequest page);

    /** Every debrief item answering the search, read page by page (the tracker caps each request). */
    default List<TrackedIssue> allDebriefItems(ItemSearch search, Audience audience) {
        List<TrackedIssue> found = new ArrayList<>();
        Page.readAll(request -> debriefItems(search, audience, request), 200, Integer.MAX_VALUE, found::add);
        return found;
    }

    /**
     * The issues with these ids that the audience may see, read in one request, in no particular order; missing and
     * hidden ones are left out. Each one's incident is taken from {@code incidents} (by issue id; absent: none), the
     * caller's own record, and is never looked up issue by issue: a person is asked about those incidents in the same
     * request, and an incident they may not see is left out (the item shows none). Whether the person may edit an
     * item is judged on the issue as read (the system may edit everything).
     */
    default List<Read> issues(Map<Long, IssueRef> incidents, Collection<IssueRef> items, Audience audience) {
        List<Read> found = new ArrayList<>();
        for (IssueRef item : items) {
            find(item.key())
                    .filter(issue -> !(audience instanceof Audience.Person person)
                            || person.viewer().canBrowse(issue.ref()))
                    .ifPresent(issue -> found.add(new Read(
                            issue.withIncident(
                                    incidentSeen(incidents.get(issue.ref().id()), audience)),
                            !(audience instanceof Audience.Person person)
                                    || person.viewer().canEdit(issue.ref()))));
        }
        return found;
    }

    /** The incident if the audience may see it, else none: the rule of {@link #issues} for trackers that ask one by one. */
    static IssueRef incidentSeen(IssueRef incident, Audience audience) {
        return incident == null
                        || !(audience instanceof Audience.Person person)
                        || person.viewer().canBrowse(incident)
                ? incident
                : null;
    }

    /**
     * The ids of those of these issues the audience may see, asked in one request; nothing else is read or judged of
     * them (no incident, no field, no edit permission), so asking about many costs one search, not a look at each.
     */
    default Set<Long> visible(Collection<IssueRef> items, Audience audience) {
        Set<Long> ids = new HashSet<>();
        for (Read read : issues(Map.of(), items, audience)) {
            ids.add(read.issue().ref().id());
        }
        return ids;
    }

    /** An issue as {@link #issues} read it, and whether the audience may edit it. */
    record Read(TrackedIssue issue, boolean editable) {
        public Read {
            java.util.Objects.requireNonNull(issue, "issue");
        }
    }

    /**
     * Resolves the issue through its workflow with the named resolution (e.g. "Won't Do") and leaves the reason as a
     * comment (none when null).
     */
    void resolve(IssueRef issue, String resolutionName, String comment);

    /**
     * Whether {@link #resolve} would be accepted now for the acting person: the resolution exists and the issue's
     * workflow offers them a transition to a done status. Asked before the first write of a change that resolves
     * several issues, so a refusal is found before anything is written.
     */
    boolean canResolve(IssueRef issue, String resolutionName);

    /**
     * Whether the user exists and may browse the project (Jira: Browse Projects), so an issue there can be assigned to
     * them: nobody is made responsible for an issue they cannot see.
     */
    boolean mayBrowse(String userKey, String projectKey);

    /**
     * The user with this username when they exist and may create Incident issues in the project, asked as that user
     * (Jira: their Create Issues permission there, and the Incident issue type set up): an event source acts as them
     * when a firing alert opens an incident, so a setting naming anyone else is refused.
     */
    Optional<UserRef> incidentReporter(String username, String projectKey);

    /**
     * Creates an open Incident issue as {@link NewIncident#reporterKey()} in its project, with the alert's title as
     * summary and a description naming its labels, link and source; the tracker's own rules for that user apply and a
     * refusal is an {@link io.debrief.core.common.InvalidInputException} by field, nothing created.
     */
    IssueRef createIncident(NewIncident incident);

    /** Things settings name that the tracker must hold. */
    enum Named {
        /** A project, by key. */
        PROJECT,
        /** A resolution, by name (case-insensitive, as Jira matches it). */
        RESOLUTION,
        /** A priority, by name (case-insensitive). */
        PRIORITY
    }

    /**
     * Whether the tracker holds this project, resolution or priority: settings that name one are refused when it does
     * not, so no later action fails on it.
     */
    boolean has(Named kind, String name);

    /** Sets the issue's priority by its name (e.g. "High"). */
    void setPriority(IssueRef issue, String priorityName);

    /** Sets the issue's due date (a checkpoint re-planned the item); null clears it (a failed re-plan undone). */
    void setDue(IssueRef issue, LocalDate due);

    // ---- repeat incidents: the "Debrief repeat" link between an incident and an earlier one ----

    /**
     * Links {@code incident} as a repeat of {@code earlier} with the "Debrief repeat" link type (outward "repeats",
     * inward "is repeated by"), acting as the person logged in, after the use case checked they may.
     */
    void linkAsRepeat(IssueRef incident, IssueRef earlier);

    /** The earlier incidents {@code incident} is linked as a repeat of, as the system sees the links; none: empty. */
    List<IssueRef> repeatOf(IssueRef incident);
}

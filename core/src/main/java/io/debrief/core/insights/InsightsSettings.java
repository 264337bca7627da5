package io.debrief.core.insights;

/** Where the admin's choice of what a team is is kept (port). */
public interface InsightsSettings {

    /** {@link TeamRule#BY_COMPONENT} until an admin chose otherwise. */
    TeamRule team();

    void saveTeam(TeamRule team);
}

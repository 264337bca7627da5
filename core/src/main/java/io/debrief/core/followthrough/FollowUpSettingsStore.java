package io.debrief.core.followthrough;

/** Where the follow-through settings are kept (port); nothing saved reads as {@link FollowUpSettings#DEFAULTS}. */
public interface FollowUpSettingsStore {

    FollowUpSettings read();

    /** Saves settings {@link FollowUpAdmin} accepted, all at once. */
    void save(FollowUpSettings settings);
}

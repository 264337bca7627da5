package io.debrief.core.debrief;

/**
 * Data upgrade 1 as its upgrade task sees it: record what every debrief published by an earlier release is judged on.
 * The composition root implements it with {@link RecordUnrecordedDebriefs}.
 */
public interface RecordingPublishedDebriefs {

    /** Records every published debrief that has no record yet; a second run records nothing. */
    RecordUnrecordedDebriefs.Outcome recordUnrecorded();
}

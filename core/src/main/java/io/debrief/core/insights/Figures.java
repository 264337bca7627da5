package io.debrief.core.insights;

import java.util.List;
import java.util.Objects;

/**
 * The insights over one set of incidents (a month, a group) and the action items created in it.
 *
 * @param incidents      incidents that began in it
 * @param detectTarget   of the incidents whose time to detect is known, how many met their project's detect target
 * @param resolveTarget  the same for time to resolve
 * @param phases         one per {@link io.debrief.core.incident.Phase} (the one definition of every duration), in its order
 * @param debriefs       of its resolved incidents, by the due-window rule
 * @param items          action items created in it
 * @param repeats        incidents that began while an earlier incident on one of their components had open items
 */
public record Figures(
        int incidents,
        Share detectTarget,
        Share resolveTarget,
        List<PhaseFigures> phases,
        Debriefs debriefs,
        Items items,
        int repeats) {

    public Figures {
        Objects.requireNonNull(detectTarget, "detectTarget");
        Objects.requireNonNull(resolveTarget, "resolveTarget");
        phases = List.copyOf(phases);
        Objects.requireNonNull(debriefs, "debriefs");
        Objects.requireNonNull(items, "items");
    }

    /**
     * @param onTime  held within the due window (by 72 hours after the resolution)
     * @param late    held after the window closed
     * @param missing not held, and the window has closed
     * @param notDue  not held, and the window is still open (not counted either way yet)
     */
    public record Debriefs(int onTime, int late, int missing, int notDue) {}

    /**
     * @param created   created in the period
     * @param doneByDue of those, done on or before their due date (or done without one)
     * @param overdue   of those, still open and past their due date today
     * @param dropped   of those, closed by a review decision "irrelevant", with its reason
     */
    public record Items(int created, int doneByDue, int overdue, int dropped) {}
}

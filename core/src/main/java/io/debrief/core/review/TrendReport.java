package io.debrief.core.review;

import io.debrief.core.settings.Targets;
import java.util.List;
import java.util.Objects;

/**
 * The monthly trends, oldest month first.
 *
 * @param targets   the targets to draw against: the project's when one project was asked for, else the defaults
 *                  (each incident is still judged against its own project's targets)
 * @param truncated true when more debriefs matched than one report reads, so the oldest months may be incomplete
 */
public record TrendReport(List<TrendMonth> months, Targets targets, boolean truncated) {

    public TrendReport {
        months = List.copyOf(months);
        Objects.requireNonNull(targets, "targets");
    }
}

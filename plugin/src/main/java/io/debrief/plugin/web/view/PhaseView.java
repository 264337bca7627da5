package io.debrief.plugin.web.view;

/**
 * One phase of an incident as the incident tabs, a published debrief in the library and their REST answers show it: which phase (wire name, name and
 * definition), between which facts, its duration or why it is unknown, whether it is approximate, and its target
 * and result when the project sets a target for it.
 *
 * @param status       known, no-start, no-end or out-of-order
 * @param seconds      null unless known (never 0 for unknown)
 * @param display      "12 min", "about 12 min" when approximate, or "unknown"
 * @param targetSeconds null when the phase has no target
 * @param result       met, missed, or unknown (known target, unknown duration); null when there is no target
 */
public record PhaseView(
        String phase,
        String name,
        String definition,
        String from,
        String to,
        String status,
        Long seconds,
        String display,
        boolean approximate,
        Long targetSeconds,
        String targetDisplay,
        String result) {}

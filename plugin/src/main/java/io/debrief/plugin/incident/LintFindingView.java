package io.debrief.plugin.incident;

/**
 * One blameless-lint hint, localized, the same for {@code POST /lint} and the Debrief tab: where it is in the text
 * ({@code start}, {@code end}), its {@code family} (wire name and {@code familyText}), the words matched, the reason a
 * facilitator gives and a {@code rewrite} about the system.
 */
public record LintFindingView(
        int start, int end, String family, String familyText, String match, String reason, String rewrite) {}

package io.debrief.core.lint;

import java.util.List;
import java.util.Objects;

/**
 * One passage of text that points at a person rather than the process: what kind of blame it is, why a facilitator
 * would stop it, and a rewrite that moves the subject to the system or the process.
 *
 * @param start index of the first char of the match in the linted text
 * @param end index after the last char (so {@code text.substring(start, end)} is {@code match})
 * @param reasonKey i18n key of the short reason ("debrief.lint.reason.missed")
 * @param rewriteKey i18n key of the rewrite suggestion; its {@code {0}}, {@code {1}}... are {@code rewriteArgs}
 * @param rewriteArgs passages of the linted text the rewrite quotes (the thing that was missed), often none
 */
public record LintFinding(
        int start,
        int end,
        LintFamily family,
        String match,
        String reasonKey,
        String rewriteKey,
        List<String> rewriteArgs) {

    public LintFinding {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(reasonKey, "reasonKey");
        Objects.requireNonNull(rewriteKey, "rewriteKey");
        rewriteArgs = rewriteArgs == null ? List.of() : List.copyOf(rewriteArgs);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }
}

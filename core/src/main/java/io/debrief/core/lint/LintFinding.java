package io.debrief.core.lint;

import java.util.Objects;

/**
 * One passage of text that points at a person rather than the process, with a neutral rewrite suggestion.
 *
 * @param start index of the first char of the match in the linted text
 * @param end index after the last char (so {@code text.substring(start, end)} is {@code match})
 * @param suggestionKey i18n key of the suggestion ("debrief.lint.suggest.human-error")
 */
public record LintFinding(int start, int end, LintRule rule, String match, String suggestionKey) {

    public LintFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(suggestionKey, "suggestionKey");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }
}

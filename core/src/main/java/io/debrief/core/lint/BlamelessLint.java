package io.debrief.core.lint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds blame wording, named people and @mentions in debrief text, so the writer can describe the process instead.
 *
 * <p>Matching is case-insensitive and whole-word: "blame" matches "Blame" but not "blameless", "should have" does
 * not match inside "shouldhave". Runs of whitespace inside a phrase count as one space. It scans without regular
 * expressions, in time linear in the text per phrase, so 32 kB of hostile input is harmless.
 */
public final class BlamelessLint {

    private static final String SUGGEST = "debrief.lint.suggest.";

    /**
     * The most findings one text reports, first ones first: enough to show every pattern a writer repeats, and an
     * answer that stays small (and a check that stays fast) for any input.
     */
    public static final int MAX_FINDINGS = 50;

    /** Each phrase and the neutral suggestion for it. */
    private static final Map<String, String> PHRASES = phrases();

    private final List<String> knownNames;

    /** A lint that also flags these people's names (for example the incident's participants). */
    public BlamelessLint(Collection<String> knownNames) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : knownNames) {
            if (name != null && name.strip().length() >= 2) {
                names.add(name.strip());
            }
        }
        this.knownNames = List.copyOf(names);
    }

    /** A lint for blame wording and @mentions only. */
    public static BlamelessLint withoutNames() {
        return new BlamelessLint(List.of());
    }

    /** The findings in {@code text}, ordered by position: the first {@value #MAX_FINDINGS} of them. */
    public List<LintFinding> check(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Folded folded = Folded.of(text);
        List<LintFinding> findings = new ArrayList<>();
        for (Map.Entry<String, String> phrase : PHRASES.entrySet()) {
            findAll(text, folded, phrase.getKey(), LintRule.BLAME_WORDING, SUGGEST + phrase.getValue(), findings);
        }
        for (String name : knownNames) {
            findAll(text, folded, name, LintRule.NAMED_PERSON, SUGGEST + "named-person", findings);
        }
        findMentions(text, findings);
        findings.sort(Comparator.comparingInt(LintFinding::start)
                .thenComparing(Comparator.comparingInt(LintFinding::end).reversed())
                .thenComparing(LintFinding::rule));
        return withoutNested(findings, MAX_FINDINGS);
    }

    /**
     * Drops a finding lying inside a longer one of the same rule ("Alice" inside "Alice Example"), keeping at most
     * {@code max}. Sorted by start, so the outer finding of each rule that reaches furthest is the only one to compare
     * with: linear in the number of findings.
     */
    private static List<LintFinding> withoutNested(List<LintFinding> sorted, int max) {
        List<LintFinding> kept = new ArrayList<>();
        Map<LintRule, Integer> reach = new EnumMap<>(LintRule.class);
        for (LintFinding finding : sorted) {
            Integer end = reach.get(finding.rule());
            if (end != null && finding.end() <= end) {
                continue;
            }
            reach.put(finding.rule(), finding.end());
            kept.add(finding);
            if (kept.size() == max) {
                break;
            }
        }
        return List.copyOf(kept);
    }

    private static void findAll(String text, Folded folded, String phrase, LintRule rule, String suggestionKey,
            List<LintFinding> out) {
        String needle = Folded.of(phrase.strip()).chars;
        if (needle.isEmpty()) {
            return;
        }
        int from = 0;
        while (true) {
            int at = folded.chars.indexOf(needle, from);
            if (at < 0) {
                return;
            }
            int end = at + needle.length();
            if (!isWordChar(folded.chars, at - 1) && !isWordChar(folded.chars, end)) {
                int start = folded.origin[at];
                int originalEnd = folded.origin[end - 1] + 1;
                out.add(new LintFinding(start, originalEnd, rule, text.substring(start, originalEnd), suggestionKey));
            }
            from = at + 1;
        }
    }

    /** "@name" at the start of a word (an e-mail address is not a mention) and Jira's "[~name]" markup. */
    private static void findMentions(String text, List<LintFinding> out) {
        String key = SUGGEST + "mention";
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@' && !isWordChar(text, i - 1)) {
                int end = i + 1;
                while (end < text.length() && isHandleChar(text.charAt(end))) {
                    end++;
                }
                // "@carol." ends a sentence: the full stop (or dash) is not part of the handle
                while (end > i + 1 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                    end--;
                }
                if (end > i + 1) {
                    out.add(new LintFinding(i, end, LintRule.MENTION, text.substring(i, end), key));
                    i = end - 1;
                }
            } else if (c == '[' && i + 1 < text.length() && text.charAt(i + 1) == '~') {
                int end = i + 2;
                while (end < text.length() && isHandleChar(text.charAt(end))) {
                    end++;
                }
                if (end > i + 2 && end < text.length() && text.charAt(end) == ']') {
                    out.add(new LintFinding(i, end + 1, LintRule.MENTION, text.substring(i, end + 1), key));
                    i = end;
                }
            }
        }
    }

    private static boolean isHandleChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
    }

    private static boolean isWordChar(CharSequence text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static Map<String, String> phrases() {
        Map<String, String> phrases = new LinkedHashMap<>();
        phrases.put("human error", "human-error");
        phrases.put("user error", "human-error");
        phrases.put("operator error", "human-error");
        phrases.put("should have", "should-have");
        phrases.put("should've", "should-have");
        phrases.put("shouldn't have", "should-have");
        phrases.put("should not have", "should-have");
        phrases.put("careless", "careless");
        phrases.put("carelessness", "careless");
        phrases.put("sloppy", "careless");
        phrases.put("his fault", "fault");
        phrases.put("her fault", "fault");
        phrases.put("their fault", "fault");
        phrases.put("my fault", "fault");
        phrases.put("your fault", "fault");
        phrases.put("at fault", "fault");
        phrases.put("negligent", "negligent");
        phrases.put("negligence", "negligent");
        phrases.put("blame", "blame");
        phrases.put("blamed", "blame");
        phrases.put("forgot to", "forgot");
        phrases.put("failed to notice", "forgot");
        phrases.put("incompetent", "incompetent");
        phrases.put("incompetence", "incompetent");
        phrases.put("lazy", "incompetent");
        phrases.put("stupid", "incompetent");
        phrases.put("screwed up", "screwed-up");
        phrases.put("messed up", "screwed-up");
        phrases.put("dropped the ball", "screwed-up");
        return Map.copyOf(phrases);
    }

    /**
     * Text lower-cased char by char (so positions stay comparable) with whitespace runs folded to one space;
     * {@code origin[i]} is the index in the original text of folded char {@code i}.
     */
    private record Folded(String chars, int[] origin) {

        static Folded of(String text) {
            StringBuilder chars = new StringBuilder(text.length());
            int[] origin = new int[text.length()];
            boolean lastWasSpace = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    if (lastWasSpace) {
                        continue;
                    }
                    c = ' ';
                    lastWasSpace = true;
                } else {
                    lastWasSpace = false;
                    c = c == '\u2019' ? '\'' : Character.toLowerCase(c);
                }
                origin[chars.length()] = i;
                chars.append(c);
            }
            return new Folded(chars.toString(), origin);
        }
    }
}

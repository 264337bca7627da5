package io.debrief.core.lint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds blame in debrief text the way a facilitator would stop it, so the writer can describe the process instead:
 * a person as the subject of a failure, hindsight, judging questions, prescriptions about people, character words,
 * and named individuals (the people on the incident, @mentions, {@code [~user]}, {@code name@} handles).
 *
 * <p>The language's patterns come from a {@link RulePack}; names and mentions are the same in every language. Text
 * is cut into tokens once and every rule tries each token with bounded backtracking, so a check is linear in the
 * text and at most {@value #MAX_FINDINGS} findings come back for any input.
 */
public final class BlamelessLint {

    /**
     * The most findings one text reports, first ones first: enough to show every pattern a writer repeats, and an
     * answer that stays small (and a check that stays fast) for any input.
     */
    public static final int MAX_FINDINGS = 50;

    private static final String NAMED = "named-person";
    private static final String MENTION = "mention";

    private final RulePack pack;
    /** Known names as word lists, by their first word (full-name matches start there). */
    private final Map<String, List<List<String>>> namesByFirstWord;
    /** Each word of a name of two or more words (a capitalised part names the person too). */
    private final Set<String> nameParts;

    /** A lint in English that also flags these people's names (display names and usernames). */
    public BlamelessLint(Collection<String> knownNames) {
        this(RulePack.english(), knownNames);
    }

    /** A lint with a language's rules that also flags these people's names (display names and usernames). */
    public BlamelessLint(RulePack pack, Collection<String> knownNames) {
        this.pack = pack;
        Set<List<String>> unique = new LinkedHashSet<>();
        for (String name : knownNames) {
            if (name == null) {
                continue;
            }
            List<String> words = new ArrayList<>();
            Tokens tokens = Tokens.of(name.strip());
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).word()) {
                    words.add(tokens.get(i).lower());
                }
            }
            if (!words.isEmpty() && name.strip().length() >= 2) {
                unique.add(List.copyOf(words));
            }
        }
        Map<String, List<List<String>>> byFirst = new HashMap<>();
        Set<String> parts = new HashSet<>();
        for (List<String> name : unique) {
            byFirst.computeIfAbsent(name.get(0), w -> new ArrayList<>()).add(name);
            if (name.size() > 1) {
                name.stream().filter(part -> part.length() >= 3).forEach(parts::add);
            }
        }
        this.namesByFirstWord = Map.copyOf(byFirst);
        this.nameParts = Set.copyOf(parts);
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
        Tokens tokens = Tokens.of(text);
        List<LintFinding> findings = new ArrayList<>();
        pack.findAll(tokens, findings);
        findNames(tokens, findings);
        findMentions(text, findings);
        findings.sort(Comparator.comparingInt(LintFinding::start)
                .thenComparing(Comparator.comparingInt(LintFinding::end).reversed())
                .thenComparing(LintFinding::family));
        return withoutNested(findings, MAX_FINDINGS);
    }

    /**
     * Drops a finding lying inside a longer one of the same family ("Alice" inside "Alice Example"), keeping at most
     * {@code max}. Sorted by start, so the outer finding of each family that reaches furthest is the only one to
     * compare with: linear in the number of findings.
     */
    private static List<LintFinding> withoutNested(List<LintFinding> sorted, int max) {
        List<LintFinding> kept = new ArrayList<>();
        Map<LintFamily, Integer> reach = new EnumMap<>(LintFamily.class);
        for (LintFinding finding : sorted) {
            Integer end = reach.get(finding.family());
            if (end != null && finding.end() <= end) {
                continue;
            }
            reach.put(finding.family(), finding.end());
            kept.add(finding);
            if (kept.size() == max) {
                break;
            }
        }
        return List.copyOf(kept);
    }

    /**
     * A known person's full name in any case; each part of a longer name ("Bob" of "Bob Brown") when written with a
     * capital and not followed by another capitalised name ("Bob Smith" is someone else); a one-word name (a username) in any case unless it is an everyday word ("will", "admin"), then only
     * capitalised.
     */
    private void findNames(Tokens tokens, List<LintFinding> out) {
        for (int at = 0; at < tokens.size(); at++) {
            Tokens.Token token = tokens.get(at);
            if (!token.word()) {
                continue;
            }
            String bare = withoutPossessive(token.lower());
            boolean full = false;
            for (List<String> name : namesByFirstWord.getOrDefault(bare, List.of())) {
                int length = fullNameAt(tokens, at, name);
                if (length > 0) {
                    add(tokens, at, at + length, out);
                    full = true;
                }
            }
            if (!full
                    && token.capitalized()
                    && nameParts.contains(bare)
                    && !pack.isCommonWord(bare)
                    && !anotherNameFollows(tokens, at)) {
                add(tokens, at, at + 1, out);
            }
        }
    }

    /** "Ines Bergström" is someone else than Ines Berg: a part followed by a capitalised word not of a known name. */
    private boolean anotherNameFollows(Tokens tokens, int at) {
        if (at + 1 >= tokens.size()) {
            return false;
        }
        Tokens.Token next = tokens.get(at + 1);
        return next.word()
                && next.capitalized()
                && !next.sentenceStart()
                && !nameParts.contains(withoutPossessive(next.lower()));
    }

    private int fullNameAt(Tokens tokens, int at, List<String> name) {
        if (at + name.size() > tokens.size()) {
            return 0;
        }
        for (int i = 0; i < name.size(); i++) {
            Tokens.Token token = tokens.get(at + i);
            boolean last = i == name.size() - 1;
            if (!token.word()
                    || !(token.lower().equals(name.get(i)) || last && isPossessive(token.lower(), name.get(i)))) {
                return 0;
            }
        }
        Tokens.Token first = tokens.get(at);
        if (name.size() == 1 && pack.isCommonWord(first.lower()) && !first.capitalized()) {
            return 0;
        }
        String before = at > 0 ? tokens.get(at - 1).lower() : "";
        int after = at + name.size();
        String next = after < tokens.size() ? tokens.get(after).lower() : "";
        // inside an address or a mention ("bob@example.com", "@bob", "[~bob]") it is not a written-out name
        return before.equals("@") || before.equals("~") || next.equals("@") && isTight(tokens, after) ? 0 : name.size();
    }

    /** "carol's" is Carol. */
    private static boolean isPossessive(String word, String name) {
        return word.length() == name.length() + 2 && word.startsWith(name) && word.endsWith("'s");
    }

    private static String withoutPossessive(String word) {
        return word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }

    private static boolean isTight(Tokens tokens, int index) {
        return index + 1 < tokens.size()
                && tokens.get(index + 1).start() == tokens.get(index).end()
                && tokens.get(index + 1).word();
    }

    private static void add(Tokens tokens, int from, int to, List<LintFinding> out) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        out.add(new LintFinding(
                start,
                end,
                LintFamily.NAMED,
                tokens.text().substring(start, end),
                "debrief.lint.reason." + NAMED,
                "debrief.lint.rewrite." + NAMED,
                List.of()));
    }

    /**
     * "@name" at the start of a word (an e-mail address is not a mention), Jira's "[~name]" markup, and a "name@"
     * handle that no domain follows.
     */
    private static void findMentions(String text, List<LintFinding> out) {
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
                    out.add(mention(text, i, end));
                    i = end - 1;
                }
            } else if (c == '@' && isWordChar(text, i - 1) && !isWordChar(text, i + 1)) {
                int start = i;
                while (start > 0 && isHandleChar(text.charAt(start - 1))) {
                    start--;
                }
                while (start < i && !Character.isLetterOrDigit(text.charAt(start))) {
                    start++;
                }
                out.add(mention(text, start, i + 1));
            } else if (c == '[' && i + 1 < text.length() && text.charAt(i + 1) == '~') {
                int end = i + 2;
                while (end < text.length() && isHandleChar(text.charAt(end))) {
                    end++;
                }
                if (end > i + 2 && end < text.length() && text.charAt(end) == ']') {
                    out.add(mention(text, i, end + 1));
                    i = end;
                }
            }
        }
    }

    private static LintFinding mention(String text, int start, int end) {
        return new LintFinding(
                start,
                end,
                LintFamily.NAMED,
                text.substring(start, end),
                "debrief.lint.reason." + MENTION,
                "debrief.lint.rewrite." + MENTION,
                List.of());
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
}

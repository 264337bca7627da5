package io.debrief.core.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The blame patterns of one language, read from a resource ({@code blameless-en.rules}), so that another language is
 * data, not code.
 *
 * <p>A pack has word sets and rules. {@code set NAME = w1 $OTHER ...} defines (or with {@code +=} extends) a set.
 * {@code rule FAMILY ADVICE[/guard,...] : element element ...} is a pattern over the tokens of one sentence; ADVICE
 * names the i18n keys {@code debrief.lint.reason.ADVICE} and {@code debrief.lint.rewrite.ADVICE}. An element is one
 * token: alternatives joined by {@code |}, each a literal word or punctuation char, {@code $SET}, {@code *suffix},
 * {@code prefix*} or {@code _} (any word); {@code !} in front matches any word that is none of them; a trailing
 * {@code ?} or {@code {m,n}} repeats it. Special elements: {@code ^} (sentence start), {@code <} and {@code >} (the
 * reported span, else the whole match), {@code LETTER} (one capital letter or a number: "Engineer A", "Operator 2")
 * and {@code OBJ} (1-4 words up to a word of set {@code STOP}, quoted by the rewrite as {@code {0}}; {@code OBJ} with
 * no words found uses the key {@code debrief.lint.rewrite.ADVICE.plain} instead; write {@code OBJ?} for that).
 * Guards: {@code neg} skips a match that one of the four words before it negates (set {@code NEGATION}); every
 * match between quote marks is skipped ("we avoid the word 'careless'").
 *
 * <p>Matching backtracks only over the few repetitions a rule declares, so a check costs a bounded number of steps
 * per token and rule.
 */
public final class RulePack {

    private static final Map<String, RulePack> LOADED = new ConcurrentHashMap<>();
    private static final int OBJECT_WORDS = 4;
    private static final int NEGATION_REACH = 4;
    private static final Set<String> QUOTES = Set.of("\"", "'", "\u201c", "\u201d", "\u2018", "\u00ab", "\u00bb");

    private final String language;
    private final List<Rule> rules;
    /** Rules whose first token must be one of a few words, by that word: most rules, tried only where they can start. */
    private final Map<String, List<Rule>> rulesByFirstWord;
    /** Rules that can start at any token (a sentence start, "_", a suffix, an optional first element). */
    private final List<Rule> rulesAnywhere;

    private final Set<String> negations;
    private final Set<String> stops;
    private final Set<String> commonWords;

    private RulePack(String language, List<Rule> rules, Map<String, Set<String>> sets) {
        this.language = language;
        this.rules = List.copyOf(rules);
        Map<String, List<Rule>> byWord = new HashMap<>();
        List<Rule> anywhere = new ArrayList<>();
        for (Rule rule : this.rules) {
            Set<String> first = rule.firstWords();
            if (first == null) {
                anywhere.add(rule);
            } else {
                first.forEach(word ->
                        byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(rule));
            }
        }
        byWord.replaceAll((word, list) -> List.copyOf(list));
        this.rulesByFirstWord = Map.copyOf(byWord);
        this.rulesAnywhere = List.copyOf(anywhere);
        this.negations = sets.getOrDefault("NEGATION", Set.of());
        this.stops = sets.getOrDefault("STOP", Set.of());
        this.commonWords = sets.getOrDefault("COMMON", Set.of());
    }

    /** The English pack. */
    public static RulePack english() {
        return forLanguage("en");
    }

    /** The pack of a language ("de", "fr"): {@code blameless-<language>.rules}, else the English one. */
    public static RulePack forLanguage(String language) {
        String lang =
                language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        RulePack cached = LOADED.get(lang);
        if (cached != null) {
            return cached;
        }
        // read outside the map's lock: a missing pack falls back to English, which may itself need loading
        String source = read(lang);
        if (source == null) {
            return lang.equals("en") ? LOADED.computeIfAbsent(lang, l -> parse(l, "")) : english();
        }
        return LOADED.computeIfAbsent(lang, l -> parse(l, source));
    }

    private static String read(String language) {
        String name = "blameless-" + language + ".rules";
        try (InputStream in = RulePack.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    /** A pack from its source text; a line it cannot read fails with the line number. */
    public static RulePack parse(String language, String source) {
        Map<String, Set<String>> sets = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        String[] lines = source.split("\n");
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                if (line.startsWith("set ")) {
                    readSet(line.substring(4), sets);
                } else if (line.startsWith("rule ")) {
                    rules.add(readRule(line.substring(5), sets));
                } else {
                    throw new IllegalArgumentException("expected 'set' or 'rule'");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        "blameless-" + language + ".rules line " + number + ": " + e.getMessage(), e);
            }
        }
        return new RulePack(language, rules, sets);
    }

    public String language() {
        return language;
    }

    /** Every advice a rule names, for checking that each has its reason and rewrite text. */
    public Set<String> adviceIds() {
        Set<String> ids = new LinkedHashSet<>();
        rules.forEach(rule -> ids.add(rule.advice));
        return ids;
    }

    /** The advices whose rules quote a passage, which therefore also need a {@code .plain} rewrite. */
    public Set<String> quotingAdviceIds() {
        Set<String> ids = new LinkedHashSet<>();
        rules.stream().filter(Rule::quotes).forEach(rule -> ids.add(rule.advice));
        return ids;
    }

    /** Whether a single-word name is also an everyday word (so only its capitalised form names someone). */
    boolean isCommonWord(String lower) {
        return commonWords.contains(lower);
    }

    /** Adds the findings of every rule in {@code tokens} to {@code out}. */
    void findAll(Tokens tokens, List<LintFinding> out) {
        int[] marks = new int[4];
        for (int at = 0; at < tokens.size(); at++) {
            tryRules(rulesByFirstWord.getOrDefault(tokens.get(at).lower(), List.of()), tokens, at, marks, out);
            tryRules(rulesAnywhere, tokens, at, marks, out);
        }
    }

    private void tryRules(List<Rule> candidates, Tokens tokens, int at, int[] marks, List<LintFinding> out) {
        for (Rule rule : candidates) {
            marks[0] = -1;
            marks[1] = -1;
            marks[2] = -1;
            marks[3] = -1;
            int end = match(rule, 0, tokens, at, marks);
            if (end < 0) {
                continue;
            }
            int from = marks[0] >= 0 ? marks[0] : at;
            int to = marks[1] >= 0 ? marks[1] : end;
            if (to <= from || skipped(rule, tokens, from, to)) {
                continue;
            }
            String key = "debrief.lint.rewrite." + rule.advice;
            List<String> args = List.of();
            if (rule.quotes()) {
                if (marks[2] >= 0 && marks[3] > marks[2]) {
                    args = List.of(tokens.span(marks[2], marks[3]));
                } else {
                    key += ".plain";
                }
            }
            int start = tokens.get(from).start();
            int stop = tokens.get(to - 1).end();
            out.add(new LintFinding(
                    start,
                    stop,
                    rule.family,
                    tokens.text().substring(start, stop),
                    "debrief.lint.reason." + rule.advice,
                    key,
                    args));
        }
    }

    private boolean skipped(Rule rule, Tokens tokens, int from, int to) {
        if (from > 0
                && to < tokens.size()
                && QUOTES.contains(tokens.get(from - 1).lower())
                && QUOTES.contains(tokens.get(to).lower())) {
            return true;
        }
        if (rule.negatable) {
            for (int i = from - 1, seen = 0; i >= 0 && seen < NEGATION_REACH; i--) {
                Tokens.Token token = tokens.get(i);
                if (!token.word()) {
                    if (token.sentenceStart() || ".?!;:,".contains(token.lower())) {
                        break;
                    }
                    continue;
                }
                if (negations.contains(token.lower())) {
                    return true;
                }
                seen++;
                if (token.sentenceStart()) {
                    break;
                }
            }
        }
        return false;
    }

    /** The token index after a match of elements {@code e..} starting at token {@code at}, or -1. */
    private int match(Rule rule, int e, Tokens tokens, int at, int[] marks) {
        if (e == rule.elements.size()) {
            return at;
        }
        Element element = rule.elements.get(e);
        switch (element.kind) {
            case START:
                return at < tokens.size() && tokens.get(at).sentenceStart()
                        ? match(rule, e + 1, tokens, at, marks)
                        : -1;
            case OPEN:
                marks[0] = at;
                return match(rule, e + 1, tokens, at, marks);
            case CLOSE:
                marks[1] = at;
                return match(rule, e + 1, tokens, at, marks);
            case OBJECT: {
                int end = at;
                while (end < tokens.size()
                        && end - at < OBJECT_WORDS
                        && tokens.get(end).word()
                        && !stops.contains(tokens.get(end).lower())) {
                    end++;
                }
                if (end == at && element.min > 0) {
                    return -1;
                }
                marks[2] = at;
                marks[3] = end;
                return match(rule, e + 1, tokens, end, marks);
            }
            default: {
                int count = 0;
                while (count < element.max && at + count < tokens.size() && element.accepts(tokens.get(at + count))) {
                    count++;
                }
                for (int n = count; n >= element.min; n--) {
                    int end = match(rule, e + 1, tokens, at + n, marks);
                    if (end >= 0) {
                        return end;
                    }
                }
                return -1;
            }
        }
    }

    private static void readSet(String body, Map<String, Set<String>> sets) {
        boolean extend = body.contains("+=");
        String[] parts = body.split(extend ? "\\+=" : "=", 2);
        if (parts.length != 2 || parts[0].isBlank()) {
            throw new IllegalArgumentException("expected 'set NAME = words'");
        }
        String name = parts[0].strip();
        Set<String> words = extend ? new HashSet<>(sets.getOrDefault(name, Set.of())) : new HashSet<>();
        for (String word : parts[1].strip().split("\\s+")) {
            if (word.startsWith("$")) {
                Set<String> other = sets.get(word.substring(1));
                if (other == null) {
                    throw new IllegalArgumentException("unknown set " + word);
                }
                words.addAll(other);
            } else if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        sets.put(name, Set.copyOf(words));
    }

    private static Rule readRule(String body, Map<String, Set<String>> sets) {
        int colon = body.indexOf(" : ");
        if (colon < 0) {
            throw new IllegalArgumentException("expected 'rule FAMILY ADVICE : pattern'");
        }
        String[] head = body.substring(0, colon).strip().split("\\s+");
        if (head.length != 2) {
            throw new IllegalArgumentException("expected a family and an advice before ':'");
        }
        LintFamily family = LintFamily.valueOf(head[0].toUpperCase(Locale.ROOT));
        String[] advice = head[1].split("/", 2);
        boolean negatable = advice.length == 2 && List.of(advice[1].split(",")).contains("neg");
        List<Element> elements = new ArrayList<>();
        for (String text : body.substring(colon + 3).strip().split("\\s+")) {
            elements.add(Element.parse(text, sets));
        }
        if (elements.stream().noneMatch(Element::consumes)) {
            throw new IllegalArgumentException("a pattern must match at least one token");
        }
        return new Rule(family, advice[0], negatable, List.copyOf(elements));
    }

    private record Rule(LintFamily family, String advice, boolean negatable, List<Element> elements) {

        /** The words the first token of a match must be, or null when the rule can start at any token. */
        Set<String> firstWords() {
            for (Element element : elements) {
                if (element.kind == Kind.OPEN || element.kind == Kind.CLOSE || element.kind == Kind.START) {
                    continue;
                }
                boolean plainWords = element.kind == Kind.WORD
                        && element.min > 0
                        && !element.negated
                        && !element.any
                        && element.suffixes.isEmpty()
                        && element.prefixes.isEmpty();
                return plainWords ? element.words : null;
            }
            return null;
        }

        boolean quotes() {
            return elements.stream().anyMatch(element -> element.kind == Kind.OBJECT);
        }
    }

    private enum Kind {
        WORD,
        START,
        OPEN,
        CLOSE,
        OBJECT,
        LETTER
    }

    /** One token of a pattern, with how often it may repeat. */
    private static final class Element {
        final Kind kind;
        final Set<String> words;
        final List<String> suffixes;
        final List<String> prefixes;
        final boolean any;
        final boolean negated;
        final int min;
        final int max;

        private Element(
                Kind kind,
                Set<String> words,
                List<String> suffixes,
                List<String> prefixes,
                boolean any,
                boolean negated,
                int min,
                int max) {
            this.kind = kind;
            this.words = words;
            this.suffixes = suffixes;
            this.prefixes = prefixes;
            this.any = any;
            this.negated = negated;
            this.min = min;
            this.max = max;
        }

        boolean consumes() {
            return (kind == Kind.WORD || kind == Kind.LETTER || kind == Kind.OBJECT) && (min > 0 || max > 0);
        }

        static Element parse(String text, Map<String, Set<String>> sets) {
            switch (text) {
                case "^":
                    return new Element(Kind.START, Set.of(), List.of(), List.of(), false, false, 0, 0);
                case "<":
                    return new Element(Kind.OPEN, Set.of(), List.of(), List.of(), false, false, 0, 0);
                case ">":
                    return new Element(Kind.CLOSE, Set.of(), List.of(), List.of(), false, false, 0, 0);
                case "OBJ":
                    return new Element(Kind.OBJECT, Set.of(), List.of(), List.of(), false, false, 1, 1);
                case "OBJ?":
                    return new Element(Kind.OBJECT, Set.of(), List.of(), List.of(), false, false, 0, 1);
                default:
                    break;
            }
            int min = 1;
            int max = 1;
            String core = text;
            if (core.length() > 1 && core.endsWith("?")) {
                min = 0;
                core = core.substring(0, core.length() - 1);
            } else if (core.endsWith("}") && core.indexOf('{') > 0) {
                int brace = core.indexOf('{');
                String[] range = core.substring(brace + 1, core.length() - 1).split(",");
                min = Integer.parseInt(range[0].strip());
                max = Integer.parseInt(range[range.length - 1].strip());
                if (min < 0 || max < min || max > 6) {
                    throw new IllegalArgumentException("repetition must be {m,n} with 0 <= m <= n <= 6: " + text);
                }
                core = core.substring(0, brace);
            }
            if (core.equals("LETTER")) {
                return new Element(Kind.LETTER, Set.of(), List.of(), List.of(), false, false, min, max);
            }
            boolean negated = core.length() > 1 && core.startsWith("!");
            if (negated) {
                core = core.substring(1);
            }
            Set<String> words = new HashSet<>();
            List<String> suffixes = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            boolean any = false;
            for (String alt : core.split("\\|")) {
                if (alt.equals("_")) {
                    any = true;
                } else if (alt.startsWith("$")) {
                    Set<String> set = sets.get(alt.substring(1));
                    if (set == null) {
                        throw new IllegalArgumentException("unknown set " + alt);
                    }
                    words.addAll(set);
                } else if (alt.length() > 1 && alt.startsWith("*")) {
                    suffixes.add(alt.substring(1).toLowerCase(Locale.ROOT));
                } else if (alt.length() > 1 && alt.endsWith("*")) {
                    prefixes.add(alt.substring(0, alt.length() - 1).toLowerCase(Locale.ROOT));
                } else if (!alt.isEmpty()) {
                    words.add(alt.toLowerCase(Locale.ROOT));
                }
            }
            return new Element(
                    Kind.WORD, Set.copyOf(words), List.copyOf(suffixes), List.copyOf(prefixes), any, negated, min, max);
        }

        boolean accepts(Tokens.Token token) {
            if (kind == Kind.LETTER) {
                String lower = token.lower();
                return token.word()
                        && (lower.length() == 1 && token.capitalized()
                                || lower.length() <= 2 && lower.chars().allMatch(Character::isDigit));
            }
            boolean hit = any && token.word() || words.contains(token.lower());
            for (int i = 0; !hit && i < suffixes.size(); i++) {
                String suffix = suffixes.get(i);
                hit = token.word()
                        && token.lower().length() > suffix.length() + 2
                        && token.lower().endsWith(suffix);
            }
            for (int i = 0; !hit && i < prefixes.size(); i++) {
                hit = token.word() && token.lower().startsWith(prefixes.get(i));
            }
            return negated ? token.word() && !hit : hit;
        }
    }
}

package io.debrief.plugin.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.debrief.Question;
import io.debrief.core.incident.Fact;
import io.debrief.core.incident.FindingKind;
import io.debrief.core.incident.Phase;
import io.debrief.core.lint.LintFamily;
import io.debrief.core.lint.RulePack;
import io.debrief.plugin.rest.json.JsonOutput;
import io.debrief.plugin.web.ClasspathFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The i18n bundles are sound, and every key the code, templates, scripts and descriptor use has a text.
 *
 * <p>Conventions this enforces (tell feature work):
 * <ul>
 *   <li>Java (core and plugin main code): keys are string literals {@code "debrief.x.y"}.</li>
 *   <li>Soy: {@code {getText('debrief.x.y')}} with a literal key (Jira's built-in; the sandbox registers the same
 *       function); extra arguments allowed: {@code {getText('debrief.x', $n)}}.</li>
 *   <li>JS: {@code AJS.I18n.getText('debrief.x.y', args...)} with a literal key; Jira's jsI18n transformer replaces
 *       those calls at build time, so a variable key or a wrapper function would silently show the key.</li>
 *   <li>atlassian-plugin.xml: {@code key="debrief.x.y"} / {@code i18n-name-key="debrief.x.y"}.</li>
 *   <li>A key built at run time ({@code "debrief.lint.reason." + advice}) needs its literal prefix, ending in
 *       {@code .}, in {@link #DYNAMIC_KEY_PREFIXES}; the bundles must hold keys under it.</li>
 * </ul>
 */
class I18nBundlesTest {

    /**
     * Prefixes of keys composed at run time, each ending in a dot. Keep it short: every entry hides its keys from
     * the "used key has a text" check.
     */
    static final Set<String> DYNAMIC_KEY_PREFIXES = Set.of(
            // Debrief.Common.statusLozenge is fed wire names; JS may compose the same keys from them.
            "debrief.common.status.",
            // core builds these from enum and rule names (FindingKind, Question, StandardQuestions, the lint's rule
            // pack: lintRulePackAdviceHasItsTexts checks those)
            "debrief.finding.",
            "debrief.question.",
            "debrief.question.unknown.",
            "debrief.action.draft.",
            "debrief.lint.family.",
            "debrief.lint.reason.",
            "debrief.lint.rewrite.",
            // core.incident.Fact and Phase name their own keys: phasesAndFactsHaveTheirTexts checks those
            "debrief.fact.",
            "debrief.phase.");

    private static final Pattern BUNDLE_FILE = Pattern.compile("debrief(-[a-z0-9]+)*\\.properties");
    private static final Pattern KEY_SHAPE = Pattern.compile("debrief\\.[a-z0-9][a-z0-9.\\-]*[a-z0-9]");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern KEY_IN_TEXT = Pattern.compile("(?<![\\w./-])debrief\\.[a-z0-9][a-z0-9.\\-]*");
    private static final Pattern SOY_GET_TEXT = Pattern.compile("getText\\(\\s*('([^']*)')?");
    private static final Pattern JS_GET_TEXT = Pattern.compile("I18n\\.getText\\(\\s*((['\"])(.*?)\\2)?");
    private static final Pattern XML_KEY = Pattern.compile("(?:\\s|^)(?:key|i18n-name-key)=\"(debrief\\.[^\"]*)\"");

    private static final Path BASE = Path.of(System.getProperty("basedir", "."));
    private static final List<Path> JAVA_SOURCES =
            List.of(BASE.resolve("src/main/java"), BASE.resolve("../core/src/main/java"));
    private static final Path RESOURCES = BASE.resolve("src/main/resources");

    private static final Map<String, List<String>> KEYS_BY_BUNDLE = new TreeMap<>();
    private static final Map<String, String> PATTERNS = new HashMap<>();
    private static final List<String> DUPLICATES_IN_FILE = new ArrayList<>();

    @BeforeAll
    static void loadBundles() throws IOException {
        ClassLoader loader = I18nBundlesTest.class.getClassLoader();
        for (String file : ClasspathFolder.files(loader, I18nBundles.GENERAL + ".properties")) {
            if (!BUNDLE_FILE.matcher(file).matches()) {
                continue;
            }
            Properties bundle = new DuplicateRecordingProperties(file);
            try (InputStream in = loader.getResourceAsStream("i18n/" + file)) {
                bundle.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            }
            List<String> keys = new ArrayList<>(bundle.stringPropertyNames());
            KEYS_BY_BUNDLE.put(file, keys);
            keys.forEach(key -> PATTERNS.put(key, bundle.getProperty(key)));
        }
    }

    @Test
    void lintRulePackAdviceHasItsTexts() {
        RulePack english = RulePack.english();
        for (String advice : english.adviceIds()) {
            assertThat(PATTERNS).containsKeys("debrief.lint.reason." + advice, "debrief.lint.rewrite." + advice);
        }
        for (String advice : english.quotingAdviceIds()) {
            assertThat(PATTERNS).containsKey("debrief.lint.rewrite." + advice + ".plain");
            assertThat(PATTERNS.get("debrief.lint.rewrite." + advice)).contains("{0}");
        }
        for (String names : List.of("named-person", "mention")) {
            assertThat(PATTERNS).containsKeys("debrief.lint.reason." + names, "debrief.lint.rewrite." + names);
        }
        for (LintFamily family : LintFamily.values()) {
            assertThat(PATTERNS).containsKey("debrief.lint.family." + JsonOutput.wireName(family));
        }
    }

    @Test
    void phasesAndFactsHaveTheirTexts() {
        for (Phase phase : Phase.values()) {
            assertThat(PATTERNS).containsKeys(phase.nameKey(), phase.definitionKey());
        }
        for (Fact fact : Fact.values()) {
            assertThat(PATTERNS).containsKey(fact.messageKey());
        }
        for (FindingKind kind : FindingKind.values()) {
            assertThat(PATTERNS).containsKey(kind.messageKey());
        }
        for (Question question : Question.values()) {
            assertThat(PATTERNS).containsKey(question.messageKey());
        }
        assertThat(PATTERNS.get("debrief.phase.about")).contains("{0}");
        assertThat(PATTERNS).containsKey("debrief.phase.unknown");
    }

    @Test
    void theGeneralBundleIsFound() {
        assertThat(KEYS_BY_BUNDLE).containsKey("debrief.properties");
        assertThat(PATTERNS)
                .containsKeys(
                        "debrief.error.login.required",
                        "debrief.error.not.found",
                        "debrief.error.forbidden",
                        "debrief.error.conflict",
                        "debrief.error.not.incident",
                        "debrief.error.internal",
                        "debrief.error.field.instant.invalid");
    }

    @Test
    void noKeyIsDefinedTwiceInABundleOrAcrossBundles() {
        Map<String, List<String>> bundlesByKey = new TreeMap<>();
        KEYS_BY_BUNDLE.forEach((bundle, keys) -> keys.forEach(
                key -> bundlesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(bundle)));

        assertThat(DUPLICATES_IN_FILE).as("keys repeated inside one file").isEmpty();
        assertThat(bundlesByKey)
                .as("keys defined in more than one bundle")
                .allSatisfy((key, bundles) -> assertThat(bundles).as(key).hasSize(1));
    }

    @Test
    void everyKeyIsAFlatLowerCaseDebriefKey() {
        assertThat(PATTERNS.keySet()).allSatisfy(key -> assertThat(key).matches(KEY_SHAPE));
    }

    @Test
    void everyTextIsAWellFormedMessageFormatWithQuotesDoubled() {
        assertThat(PATTERNS).allSatisfy((key, pattern) -> {
            assertThat(pattern).as(key).isNotBlank();
            assertThat(pattern.replace("''", ""))
                    .as(key + ": write '' for an apostrophe")
                    .doesNotContain("'");
            new MessageFormat(pattern);
        });
    }

    @Test
    void everyKeyUsedInJavaHasAText() {
        Set<String> used = new TreeSet<>();
        for (Path root : JAVA_SOURCES) {
            for (Path file : files(root, ".java")) {
                Matcher literal = JAVA_LITERAL.matcher(read(file));
                while (literal.find()) {
                    Matcher key = KEY_IN_TEXT.matcher(literal.group(1));
                    while (key.find()) {
                        used.add(key.group());
                    }
                }
            }
        }

        assertThat(used).as("keys in Java sources").isNotEmpty();
        assertThat(missing(used))
                .as("keys used in Java without a text (or prefix not in DYNAMIC_KEY_PREFIXES)")
                .isEmpty();
    }

    @Test
    void everyKeyUsedInSoyIsALiteralWithAText() {
        Set<String> used = new TreeSet<>();
        List<String> dynamic = new ArrayList<>();
        for (Path file : files(RESOURCES, ".soy")) {
            Matcher call = SOY_GET_TEXT.matcher(read(file));
            while (call.find()) {
                if (call.group(2) == null) {
                    dynamic.add(file.getFileName() + " at " + call.start());
                } else {
                    used.add(call.group(2));
                }
            }
        }

        assertThat(used).as("getText keys in Soy").isNotEmpty();
        assertThat(dynamic).as("getText needs a literal key").isEmpty();
        assertThat(missing(used)).as("keys used in Soy without a text").isEmpty();
    }

    @Test
    void everyKeyUsedInJavaScriptIsALiteralWithAText() {
        Set<String> used = new TreeSet<>();
        List<String> dynamic = new ArrayList<>();
        for (Path file : files(BASE.resolve("src/main/js"), ".js")) {
            // comments may show the convention with example keys
            String code = read(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
            Matcher call = JS_GET_TEXT.matcher(code);
            while (call.find()) {
                if (call.group(3) == null) {
                    dynamic.add(file.getFileName() + " at " + call.start());
                } else {
                    used.add(call.group(3));
                }
            }
        }

        assertThat(dynamic)
                .as("AJS.I18n.getText needs a literal key (jsI18n transformer)")
                .isEmpty();
        assertThat(missing(used)).as("keys used in JavaScript without a text").isEmpty();
    }

    @Test
    void everyKeyUsedInTheDescriptorHasAText() {
        Set<String> used = new TreeSet<>();
        String descriptor = read(RESOURCES.resolve("atlassian-plugin.xml")).replaceAll("(?s)<!--.*?-->", "");
        Matcher key = XML_KEY.matcher(descriptor);
        while (key.find()) {
            used.add(key.group(1));
        }

        assertThat(used).isNotEmpty();
        assertThat(missing(used))
                .as("keys used in atlassian-plugin.xml without a text")
                .isEmpty();
    }

    @Test
    void everyDynamicPrefixEndsInADotAndHasTexts() {
        assertThat(DYNAMIC_KEY_PREFIXES).allSatisfy(prefix -> {
            assertThat(prefix).startsWith("debrief.").endsWith(".");
            assertThat(PATTERNS.keySet()).as("keys under " + prefix).anyMatch(key -> key.startsWith(prefix));
        });
    }

    /** Used keys with no text; a key ending in '.' or '-' is a prefix and must be allowlisted instead. */
    private static Set<String> missing(Set<String> used) {
        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            boolean prefix = key.endsWith(".") || key.endsWith("-");
            boolean allowed = DYNAMIC_KEY_PREFIXES.stream().anyMatch(key::startsWith);
            if (prefix ? !allowed : !PATTERNS.containsKey(key)) {
                missing.add(key);
            }
        }
        return missing;
    }

    private static List<Path> files(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("source folder not found: " + root.toAbsolutePath());
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Properties that remember keys given twice in one file (plain Properties keeps the last silently). */
    private static final class DuplicateRecordingProperties extends Properties {

        private static final long serialVersionUID = 1L;
        private final String file;

        DuplicateRecordingProperties(String file) {
            this.file = file;
        }

        @Override
        public synchronized Object put(Object key, Object value) {
            if (containsKey(key)) {
                DUPLICATES_IN_FILE.add(file + ": " + key);
            }
            return super.put(key, value);
        }
    }
}

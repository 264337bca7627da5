package io.debrief.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the sandbox's own templates and Java code ask for exists in a bundle, as I18nBundlesTest does for the plugin. */
class SandboxTextsTest {

    private static final Pattern SOY_KEY = Pattern.compile("getText\\('([a-z0-9._-]+)'");
    private static final Pattern JAVA_KEY = Pattern.compile("(?:getText|text|ParseError)\\(\"([a-z0-9._-]+)\"");

    @Test
    void every_key_used_by_the_sandbox_has_a_text() throws IOException {
        I18n i18n = I18n.fromClasspath(getClass().getClassLoader());
        Set<String> used = new TreeSet<>();
        used.addAll(keys(Path.of("src/main/resources/sandbox-soy"), ".soy", SOY_KEY));
        used.addAll(keys(Path.of("src/main/java"), ".java", JAVA_KEY));

        assertThat(used).as("keys found (guards against an empty scan)").hasSizeGreaterThan(30);
        List<String> missing =
                used.stream().filter(key -> i18n.getText(key).equals(key)).toList();
        assertThat(missing).as("keys without a text in any i18n/*.properties").isEmpty();
    }

    private static Set<String> keys(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }
}

package io.debrief.platformapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every stand-in must say which real Atlassian type it mirrors and how sure we are, so a reviewer can check it
 * against the source and the atlassian profile can replace it without surprises.
 */
class MirrorsHeaderTest {

    private static final Path SOURCES = Paths.get("src", "main", "java");

    @Test
    void the_stand_in_sources_are_found() throws IOException {
        // guards the other tests: an empty scan would make them pass vacuously
        assertThat(standInSources()).hasSizeGreaterThan(50);
    }

    @Test
    void every_stand_in_starts_with_a_mirrors_line_naming_its_own_type_and_evidence() throws IOException {
        List<String> offenders = standInSources().stream()
                .filter(file -> !hasValidHeader(file))
                .map(Path::toString)
                .toList();

        assertThat(offenders)
                .as("stand-ins without a valid '// Mirrors: <FQN> from ...; source: ...; Evidence: ...' first line")
                .isEmpty();
    }

    @Test
    void no_stand_in_lives_outside_the_atlassian_namespace() throws IOException {
        // OSWorkflow's descriptors are the one exception: Jira's workflow API returns them (Atlassian's fork ships
        // with jira-api)
        List<String> foreign = standInSources().stream()
                .map(file -> SOURCES.relativize(file).toString().replace('\\', '/'))
                .filter(path ->
                        !path.startsWith("com/atlassian/") && !path.startsWith("com/opensymphony/workflow/loader/"))
                .toList();

        assertThat(foreign).isEmpty();
    }

    private static boolean hasValidHeader(Path file) {
        String firstLine = header(file);
        if (!firstLine.startsWith("// Mirrors: ")) {
            return false;
        }
        String fqn = firstLine.substring("// Mirrors: ".length()).split("[\\s<(]", 2)[0];
        String expected = SOURCES.relativize(file)
                .toString()
                .replace('\\', '/')
                .replace('/', '.')
                .replaceAll("\\.java$", "");
        return fqn.equals(expected) && firstLine.contains("source:") && firstLine.contains("Evidence:");
    }

    /**
     * The file's leading {@code //} comment, its lines joined by a space: the formatter wraps a long header over
     * several lines, and the header is still one sentence.
     */
    private static String header(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            List<String> comment =
                    lines.takeWhile(line -> line.startsWith("//")).toList();
            if (comment.isEmpty()) {
                return "";
            }
            StringBuilder joined = new StringBuilder(comment.get(0));
            comment.stream()
                    .skip(1)
                    .forEach(line -> joined.append(' ').append(line.substring(2).strip()));
            return joined.toString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static List<Path> standInSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            // io/debrief/platformapi holds this module's own marker (@Evidence), not a stand-in
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !SOURCES.relativize(f).startsWith(Paths.get("io", "debrief")))
                    .sorted()
                    .toList();
        }
    }
}

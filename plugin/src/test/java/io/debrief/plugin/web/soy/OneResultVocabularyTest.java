package io.debrief.plugin.web.soy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A result (a measure within or over its target, a yes/no answer, not known yet) reads the same everywhere: one
 * vocabulary, one AUI lozenge per result, drawn by Debrief.Common.result (Soy) and Debrief.Dom.result (JS) only.
 */
class OneResultVocabularyTest {

    private static final Path MAIN = Path.of("src/main");
    private static final Path RESOURCES = MAIN.resolve("resources");
    /** Soy templates under resources/, browser modules under js/ (bundled into web/ by build-web.mjs). */
    private static final List<String> DRAWERS = List.of("resources/soy/debrief-common.soy", "js/shared/dom.js");

    private final SoyRendering soy = SoyRendering.pluginTemplatesInEnglish();

    @ParameterizedTest
    @CsvSource({
        "met,     aui-lozenge aui-lozenge-success, Within target",
        "missed,  aui-lozenge aui-lozenge-moved,   Over target",
        "yes,     aui-lozenge aui-lozenge-success, Yes",
        "no,      aui-lozenge aui-lozenge-moved,   No",
        "unknown, aui-lozenge,                     Not known yet",
        "bogus,   aui-lozenge,                     Not known yet"
    })
    void each_result_has_one_lozenge_and_one_name(String result, String classes, String words) {
        String html = soy.render("Debrief.Common.result", Map.of("result", result));

        String shown = "bogus".equals(result) ? "unknown" : result;
        assertThat(html.strip())
                .isEqualTo("<span class=\"" + classes + " debrief-result\" data-result=\"" + shown + "\">" + words
                        + "</span>");
    }

    @Test
    void no_screen_draws_a_result_lozenge_or_names_a_result_by_itself() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".soy") || f.toString().endsWith(".js"))
                    .toList()) {
                String relative = MAIN.relativize(file).toString().replace('\\', '/');
                String text = Files.readString(file);
                if (DRAWERS.contains(relative)) {
                    continue;
                }
                assertThat(text)
                        .as(relative)
                        .doesNotContain("debrief.common.result.")
                        .doesNotContain("aui-lozenge-removed")
                        .doesNotContainPattern("target\\.(met|missed)|library\\.(met|missed)|answer\\.(yes|no)'");
            }
        }
    }

    @Test
    void timeline_facts_debrief_answers_and_the_library_all_use_the_shared_lozenge() throws IOException {
        for (String template :
                List.of("soy/debrief-timeline.soy", "soy/debrief-debrief.soy", "soy/debrief-library.soy")) {
            assertThat(Files.readString(RESOURCES.resolve(template)))
                    .as(template)
                    .contains("{call Debrief.Common.result}");
        }
        assertThat(Files.readString(MAIN.resolve("js/library/library.js")))
                .contains("import * as Dom from '../shared/dom.js';")
                .contains("Dom.result(");
    }
}

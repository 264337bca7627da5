package io.debrief.plugin.web.soy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.plugin.web.i18n.BundleMessages;
import io.debrief.plugin.web.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared Soy partials render with real Google Soy, localize through getText, and escape what they are given. */
class CommonTemplatesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ATTRIBUTE_BREAKOUT = "\"><img src=x onerror=alert(1)>";

    private final Messages messages = BundleMessages.discover(Locale.ENGLISH);
    private final SoyRendering soy = SoyRendering.pluginTemplatesInEnglish();

    @Test
    void compilesEveryPluginTemplate() {
        assertThat(soy.files()).contains("debrief-common.soy");
    }

    @Test
    void lozengeShowsTheLocalizedStatus() {
        String html = soy.render("Debrief.Common.statusLozenge", Map.of("status", "held"));

        assertThat(html).contains("aui-lozenge-moved").contains(">Debrief held</span>");
    }

    @Test
    void errorListShowsTitleAndEachFieldMessage() {
        String html = soy.render(
                "Debrief.Common.errorList",
                Map.of(
                        "errors",
                        List.of(Map.of("field", "at", "message", "Enter a date and time like 2026-11-24T10:15:30Z."))));

        assertThat(html)
                .contains("We couldn&#39;t save your changes")
                .contains("<li data-field=\"at\">Enter a date and time like 2026-11-24T10:15:30Z.</li>");
    }

    @Test
    void errorListEscapesHostileTextInTextAndAttributes() {
        String html = soy.render(
                "Debrief.Common.errorList",
                Map.of(
                        "id",
                        ATTRIBUTE_BREAKOUT,
                        "errors",
                        List.of(Map.of("field", ATTRIBUTE_BREAKOUT, "message", SCRIPT))));

        assertThat(html).doesNotContain("<script", "<img", "\"><img");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void messageEscapesHostileTextAndOnlyAcceptsKnownTypes() {
        String html = soy.render("Debrief.Common.message", Map.of("type", ATTRIBUTE_BREAKOUT, "text", SCRIPT));

        assertThat(html).contains("aui-message-info").doesNotContain("<script", "<img");
        assertThat(html).contains("title=\"&lt;script&gt;alert(1)&lt;/script&gt;\"");
    }

    @Test
    void unknownStatusIsShownEscaped() {
        String html = soy.render("Debrief.Common.statusLozenge", Map.of("status", ATTRIBUTE_BREAKOUT));

        assertThat(html).doesNotContain("<img", "\"><img").contains("data-status=\"&quot;&gt;");
    }

    @Test
    void strictGetTextRefusesAKeyNoBundleKnows() {
        SoyRendering strict = compile(
                "{namespace T}\n/** Uses a missing key. */\n{template .t}{getText('debrief.no.such')}{/template}\n",
                true);

        assertThatThrownBy(() -> strict.render("T.t", Map.of())).hasStackTraceContaining("debrief.no.such");
    }

    @Test
    void lenientGetTextRendersTheKeyAsJiraDoes() {
        SoyRendering lenient = compile(
                "{namespace T}\n/** Uses a missing key. */\n{template .t}{getText('debrief.no.such')}{/template}\n",
                false);

        assertThat(lenient.render("T.t", Map.of())).isEqualTo("debrief.no.such");
    }

    @Test
    void getTextPassesArgumentsToTheMessagePattern() {
        SoyRendering withArgs = compile(
                "{namespace T}\n/**\n * With an argument.\n * @param n a number\n */\n"
                        + "{template .t}{getText('debrief.error.field.too.long', $n)}{/template}\n",
                true);

        assertThat(withArgs.render("T.t", Map.of("n", 80))).isEqualTo("Keep this to 80 characters or fewer.");
    }

    private SoyRendering compile(String source, boolean strict) {
        return SoyRendering.fromSource(messages, strict, source);
    }
}

package io.debrief.plugin.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts come from the general bundle and every feature bundle next to it, in the reader's locale. */
class BundleMessagesTest {

    @TempDir
    Path classpath;

    @Test
    void featureBundlesNextToTheGeneralOneAreFoundGeneralFirst() throws IOException {
        givenBundle("debrief.properties", "debrief.error.not.found=Not found");
        givenBundle("debrief-timeline.properties", "debrief.timeline.title=Timeline");
        givenBundle("debrief-review.properties", "debrief.review.title=Monthly review");
        givenBundle("other.properties", "x.y=z");

        assertThat(I18nBundles.baseNames(loader()))
                .containsExactly("i18n/debrief", "i18n/debrief-review", "i18n/debrief-timeline");
    }

    @Test
    void textComesFromWhicheverBundleDefinesTheKeyWithArguments() throws IOException {
        givenBundle("debrief.properties", "debrief.error.field.too.long=Keep this to {0,number,integer} characters.");
        givenBundle(
                "debrief-timeline.properties", "debrief.timeline.entries=The timeline has {0} entries, ''{1}'' first.");
        Messages messages = english();

        assertThat(messages.text("debrief.error.field.too.long", 1200)).isEqualTo("Keep this to 1,200 characters.");
        assertThat(messages.text("debrief.timeline.entries", 3, "Started"))
                .isEqualTo("The timeline has 3 entries, 'Started' first.");
    }

    @Test
    void unknownKeyAnswersTheKeyItself() throws IOException {
        givenBundle("debrief.properties", "debrief.a=A");
        Messages messages = english();

        assertThat(messages.has("debrief.b")).isFalse();
        assertThat(messages.text("debrief.b")).isEqualTo("debrief.b");
    }

    @Test
    void localeIsAskedOnEveryCall() throws IOException {
        givenBundle("debrief.properties", "debrief.hello=Hello");
        givenBundle("debrief_de.properties", "debrief.hello=Hallo");
        AtomicReference<Locale> locale = new AtomicReference<>(Locale.ENGLISH);
        Messages messages = new BundleMessages(List.of("i18n/debrief"), locale::get, loader());

        String before = messages.text("debrief.hello");
        locale.set(Locale.GERMAN);

        assertThat(before).isEqualTo("Hello");
        assertThat(messages.text("debrief.hello")).isEqualTo("Hallo");
    }

    private Messages english() {
        URLClassLoader loader = loader();
        return new BundleMessages(I18nBundles.baseNames(loader), () -> Locale.ENGLISH, loader);
    }

    private void givenBundle(String file, String content) throws IOException {
        Files.createDirectories(classpath.resolve("i18n"));
        Files.writeString(classpath.resolve("i18n").resolve(file), content + "\n", StandardCharsets.ISO_8859_1);
    }

    private URLClassLoader loader() {
        try {
            return new URLClassLoader(new URL[] {classpath.toUri().toURL()}, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

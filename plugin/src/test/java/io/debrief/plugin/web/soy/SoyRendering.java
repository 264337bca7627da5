package io.debrief.plugin.web.soy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.multibindings.Multibinder;
import com.google.template.soy.SoyFileSet;
import com.google.template.soy.SoyModule;
import com.google.template.soy.shared.restricted.SoyFunction;
import com.google.template.soy.tofu.SoyTofu;
import io.debrief.plugin.web.ClasspathFolder;
import io.debrief.plugin.web.i18n.BundleMessages;
import io.debrief.plugin.web.i18n.Messages;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compiles every plugin template ({@code soy/*.soy} on the classpath) with real Google Soy 2017-06-22 plus the
 * {@code getText} function, and renders templates by full name. For tests and the sandbox host.
 *
 * <pre>{@code
 * SoyRendering soy = SoyRendering.pluginTemplatesInEnglish();
 * String html = soy.render("Debrief.Common.statusLozenge", Map.of("status", "held"));
 * }</pre>
 *
 * <p>Data are Maps, Lists, Strings, numbers and booleans (Soy does not read records).
 */
public final class SoyRendering {

    /** A template every build has; the other templates are found next to it. */
    public static final String ANCHOR = "soy/debrief-common.soy";

    private final SoyTofu tofu;
    private final List<String> files;

    private SoyRendering(SoyTofu tofu, List<String> files) {
        this.tofu = tofu;
        this.files = files;
    }

    /**
     * The plugin's templates with its English bundles, strict: compiled once per test JVM and shared, since neither
     * the templates nor the bundles change during a run (a compile takes about a second; JUnit makes a new test
     * instance, and so used to compile again, for every test method).
     */
    public static SoyRendering pluginTemplatesInEnglish() {
        return English.SHARED;
    }

    /** Holder idiom: compiled on first use, once, thread-safely. */
    private static final class English {
        static final SoyRendering SHARED = pluginTemplates(BundleMessages.discover(Locale.ENGLISH), true);
    }

    /**
     * @param strict true: a {@code getText} key missing from the bundles fails the render (use in tests)
     */
    public static SoyRendering pluginTemplates(Messages messages, boolean strict) {
        ClassLoader loader = SoyRendering.class.getClassLoader();
        List<String> files = ClasspathFolder.files(loader, ANCHOR).stream()
                .filter(f -> f.endsWith(".soy"))
                .toList();
        SoyFileSet.Builder builder = builder(new GetTextSoyFunction(messages, strict));
        for (String file : files) {
            URL url = loader.getResource("soy/" + file);
            builder.add(url, "soy/" + file);
        }
        return new SoyRendering(builder.build().compileToTofu(), files);
    }

    /** Compiles one template source given as text (for tests of the rendering itself). */
    public static SoyRendering fromSource(Messages messages, boolean strict, String source) {
        SoyFileSet.Builder builder = builder(new GetTextSoyFunction(messages, strict));
        builder.add(source, "inline.soy");
        return new SoyRendering(builder.build().compileToTofu(), List.of("inline.soy"));
    }

    /** A Soy builder that knows {@code getText}: Soy finds functions through Guice, not through its API. */
    static SoyFileSet.Builder builder(GetTextSoyFunction getText) {
        return Guice.createInjector(new SoyModule(), new AbstractModule() {
                    @Override
                    protected void configure() {
                        Multibinder.newSetBinder(binder(), SoyFunction.class)
                                .addBinding()
                                .toInstance(getText);
                    }
                })
                .getInstance(SoyFileSet.Builder.class);
    }

    /** Renders {@code template} (e.g. {@code Debrief.Common.errorList}) with {@code data}. */
    public String render(String template, Map<String, ?> data) {
        return tofu.newRenderer(template).setData(data).render();
    }

    /** The template files compiled, by name ({@code debrief-common.soy}, ...). */
    public List<String> files() {
        return files;
    }
}

package io.debrief.sandbox;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.multibindings.Multibinder;
import com.google.template.soy.SoyFileSet;
import com.google.template.soy.SoyModule;
import com.google.template.soy.data.SanitizedContent;
import com.google.template.soy.data.SoyValue;
import com.google.template.soy.data.UnsafeSanitizedContentOrdainer;
import com.google.template.soy.data.restricted.NumberData;
import com.google.template.soy.data.restricted.StringData;
import com.google.template.soy.shared.restricted.SoyFunction;
import com.google.template.soy.shared.restricted.SoyJavaFunction;
import com.google.template.soy.tofu.SoyTofu;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders Soy templates with Google Soy (Tofu), as Jira's soy-template-renderer does: every {@code soy/**.soy} of the
 * plugin and {@code sandbox-soy/**.soy} of the sandbox, compiled once at start. Templates get text with
 * {@code {getText('debrief.key', arg1, ...)}}, the function Jira's Soy provides, backed by {@link I18n}.
 */
public final class SoyRenderer {

    private final SoyTofu tofu;

    private SoyRenderer(SoyTofu tofu) {
        this.tofu = tofu;
    }

    static SoyRenderer compile(ClassLoader loader, I18n i18n) {
        SoyFileSet.Builder builder = Guice.createInjector(new SoyModule(), new AbstractModule() {
                    @Override
                    protected void configure() {
                        Multibinder.newSetBinder(binder(), SoyFunction.class)
                                .addBinding()
                                .toInstance(new GetText(i18n));
                    }
                })
                .getInstance(SoyFileSet.Builder.class);
        for (String folder : List.of("soy/", "sandbox-soy/")) {
            for (String path : ClasspathScanner.list(loader, folder, ".soy")) {
                builder.add(loader.getResource(path));
            }
        }
        return new SoyRenderer(builder.build().compileToTofu());
    }

    /** Renders {@code template} (full name, e.g. {@code debrief.timeline.panel}) with {@code data} as HTML. */
    public String render(String template, Map<String, ?> data) {
        return tofu.newRenderer(template).setData(data).render();
    }

    /** Marks HTML built elsewhere (another template, a module's tab) as safe to print unescaped in a template. */
    public static SanitizedContent trustedHtml(String html) {
        return UnsafeSanitizedContentOrdainer.ordainAsSafe(html, SanitizedContent.ContentKind.HTML);
    }

    /** Marks a script address of the sandbox itself as trusted, so Soy's strict escaping lets it into {@code src}. */
    static SanitizedContent trustedScriptUri(String uri) {
        return UnsafeSanitizedContentOrdainer.ordainAsSafe(uri, SanitizedContent.ContentKind.TRUSTED_RESOURCE_URI);
    }

    /** Jira's {@code getText(key, args...)} Soy function. */
    private static final class GetText implements SoyJavaFunction {
        private final I18n i18n;

        GetText(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        public String getName() {
            return "getText";
        }

        @Override
        public Set<Integer> getValidArgsSizes() {
            return Set.of(1, 2, 3, 4, 5, 6);
        }

        @Override
        public SoyValue computeForJava(List<SoyValue> args) {
            // numbers stay numbers, as in Jira, so patterns like {0,number,integer} format them
            Object[] rest = args.subList(1, args.size()).stream()
                    .map(v -> v instanceof NumberData number ? (Object) number.numberValue() : v.coerceToString())
                    .toArray();
            return StringData.forValue(i18n.getText(args.get(0).coerceToString(), rest));
        }
    }
}

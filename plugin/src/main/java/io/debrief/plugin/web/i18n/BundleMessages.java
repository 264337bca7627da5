package io.debrief.plugin.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * {@link Messages} read from the plugin's {@code i18n/debrief*.properties} bundles, for the sandbox and tests.
 *
 * <p>In Jira the adapter delegates to SAL's I18nResolver over the same bundles instead.
 */
public final class BundleMessages implements Messages {

    private final List<String> baseNames;
    private final Supplier<Locale> locale;
    private final ClassLoader loader;
    /** The reader's locale, then the base bundle: never the server's default locale in between. */
    private final ResourceBundle.Control control =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * @param baseNames bundle base names such as {@code i18n/debrief}, searched in order
     * @param locale the reader's locale, asked on every call so one instance serves every request
     */
    public BundleMessages(List<String> baseNames, Supplier<Locale> locale, ClassLoader loader) {
        this.baseNames = List.copyOf(baseNames);
        this.locale = Objects.requireNonNull(locale, "locale");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** All bundles found next to {@code i18n/debrief.properties}, in a fixed locale. */
    public static BundleMessages discover(Locale locale) {
        ClassLoader loader = BundleMessages.class.getClassLoader();
        return new BundleMessages(I18nBundles.baseNames(loader), () -> locale, loader);
    }

    @Override
    public String text(String key, Object... args) {
        Locale current = locale.get();
        return pattern(key, current)
                .map(pattern -> new MessageFormat(pattern, current).format(args == null ? new Object[0] : args))
                .orElse(key);
    }

    @Override
    public boolean has(String key) {
        return pattern(key, locale.get()).isPresent();
    }

    private Optional<String> pattern(String key, Locale current) {
        if (key == null) {
            return Optional.empty();
        }
        for (String baseName : baseNames) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(baseName, current, loader, control);
            } catch (MissingResourceException noSuchBundle) {
                continue;
            }
            if (bundle.containsKey(key)) {
                return Optional.of(bundle.getString(key));
            }
        }
        return Optional.empty();
    }
}

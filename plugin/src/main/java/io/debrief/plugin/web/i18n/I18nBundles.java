package io.debrief.plugin.web.i18n;

import io.debrief.plugin.web.ClasspathFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the plugin's i18n bundles: {@code i18n/debrief.properties} plus every {@code i18n/debrief-*.properties}
 * (one per feature), so a feature adds text by adding a file, not by editing a shared one.
 */
public final class I18nBundles {

    /** Base name of the general bundle. */
    public static final String GENERAL = "i18n/debrief";

    /** A default-locale bundle file: {@code debrief.properties} or {@code debrief-feature.properties}. */
    private static final Pattern FILE = Pattern.compile("(debrief(?:-[a-z0-9]+)*)\\.properties");

    private I18nBundles() {}

    /** Base names ({@code i18n/debrief}, {@code i18n/debrief-timeline}, ...), the general one first. */
    public static List<String> baseNames(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        names.add(GENERAL);
        for (String file : ClasspathFolder.files(loader, GENERAL + ".properties")) {
            Matcher matcher = FILE.matcher(file);
            if (matcher.matches() && !GENERAL.equals("i18n/" + matcher.group(1))) {
                names.add("i18n/" + matcher.group(1));
            }
        }
        return names;
    }
}

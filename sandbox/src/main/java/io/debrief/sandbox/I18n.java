package io.debrief.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The text of every {@code i18n/*.properties} bundle on the classpath (the plugin's {@code debrief*.properties} and the
 * sandbox's own), looked up like Jira's {@code getText}: unknown keys come back as the key itself, so gaps show.
 */
public final class I18n {

    private final Map<String, String> messages;

    private I18n(Map<String, String> messages) {
        this.messages = Map.copyOf(messages);
    }

    static I18n fromClasspath(ClassLoader loader) {
        Map<String, String> all = new HashMap<>();
        for (String path : ClasspathScanner.list(loader, "i18n/", ".properties")) {
            // locale variants (debrief_de.properties) are not the sandbox's language
            if (path.substring(path.lastIndexOf('/') + 1).contains("_")) {
                continue;
            }
            Properties p = new Properties();
            try (InputStream in = loader.getResourceAsStream(path)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + path, e);
            }
            p.forEach((k, v) -> all.put((String) k, (String) v));
        }
        return new I18n(all);
    }

    /** The message for {@code key} with {@code {0}}-style arguments filled in, as Jira's I18nHelper does. */
    public String getText(String key, Object... args) {
        String pattern = messages.get(key);
        if (pattern == null) {
            return key;
        }
        // always through MessageFormat, as Jira: bundles write a quote as '' even in texts without arguments
        return new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    public Map<String, String> all() {
        return messages;
    }
}

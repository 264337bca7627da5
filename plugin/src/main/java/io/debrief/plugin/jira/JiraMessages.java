package io.debrief.plugin.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import io.debrief.plugin.web.i18n.Messages;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.springframework.stereotype.Component;

/** Messages in the current user's language from the plugin's i18n bundles, through SAL's I18nResolver. */
@Component
class JiraMessages implements Messages {

    private final I18nResolver resolver;

    @Inject
    JiraMessages(@ComponentImport I18nResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public String text(String key, Object... args) {
        try {
            String text = args == null || args.length == 0
                    ? resolver.getText(key)
                    : resolver.getText(key, serializable(args));
            return text == null ? key : text;
        } catch (RuntimeException e) {
            // a broken pattern must not turn an error page into another error
            return key;
        }
    }

    @Override
    public boolean has(String key) {
        // SAL answers the key itself when no bundle defines it
        String text = resolver.getText(key);
        return text != null && !text.equals(key);
    }

    private static Serializable[] serializable(Object[] args) {
        Serializable[] values = new Serializable[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            values[i] = arg == null || arg instanceof Serializable ? (Serializable) arg : String.valueOf(arg);
        }
        return values;
    }
}

package io.debrief.sandbox.debrief;

import io.debrief.plugin.web.i18n.Messages;
import io.debrief.sandbox.I18n;

/** The plugin's {@link Messages} over the sandbox's i18n (every {@code i18n/*.properties} on the class path). */
final class SandboxMessages implements Messages {

    private final I18n i18n;

    SandboxMessages(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public String text(String key, Object... args) {
        return key == null ? "" : i18n.getText(key, args == null ? new Object[0] : args);
    }

    @Override
    public boolean has(String key) {
        return key != null && i18n.all().containsKey(key);
    }
}

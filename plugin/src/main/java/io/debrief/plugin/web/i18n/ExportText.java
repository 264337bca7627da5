package io.debrief.plugin.web.i18n;

import io.debrief.core.export.ExportWording;
import java.time.Duration;
import java.util.Objects;

/** The words of an export from the plugin's i18n bundles, in the reader's language; durations as screens write them. */
public final class ExportText implements ExportWording {

    private final Messages messages;
    private final DurationText durations;

    public ExportText(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.durations = new DurationText(messages);
    }

    @Override
    public String text(String key, Object... args) {
        return messages.text(key, args);
    }

    @Override
    public String duration(Duration duration) {
        return durations.of(duration);
    }
}

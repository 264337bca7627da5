package io.debrief.plugin.web.i18n;

import io.debrief.core.incident.Approximately;
import java.time.Duration;
import java.util.Objects;

/**
 * How every screen writes a duration ("45 s", "12 min", "1 h", "1 h 13 min", "3 d 4 h"): short and exact to the unit
 * shown. The incident tabs, the suggested action items, the library and their REST answers all use this one form.
 */
public final class DurationText {

    private final Messages messages;

    public DurationText(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The duration as text; null stays null. */
    public String of(Duration duration) {
        if (duration == null) {
            return null;
        }
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return messages.text("debrief.incident.duration.seconds", seconds);
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return messages.text("debrief.incident.duration.minutes", minutes);
        }
        long hours = minutes / 60;
        if (hours < 48 && minutes % 60 == 0) {
            return messages.text("debrief.incident.duration.whole-hours", hours);
        }
        if (hours < 48) {
            return messages.text("debrief.incident.duration.hours", hours, minutes % 60);
        }
        return messages.text("debrief.incident.duration.days", hours / 24, hours % 24);
    }

    /** The duration as text, "about 12 min" when it is built on an approximate moment; null stays null. */
    public String of(Duration duration, boolean approximate) {
        String text = of(duration);
        return text != null && approximate ? messages.text("debrief.phase.about", text) : text;
    }

    /**
     * Message arguments as a reader sees them: a {@link Duration} written as above, an {@link Approximately} with
     * "about", anything else as it is.
     */
    public Object[] arguments(java.util.List<?> args) {
        return args.stream()
                .map(arg -> arg instanceof Duration duration
                        ? of(duration)
                        : arg instanceof Approximately approximately ? of(approximately.duration(), true) : arg)
                .toArray();
    }
}

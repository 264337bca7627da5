package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.followthrough.CompletionTargets;
import io.debrief.core.followthrough.FollowUpSettings;
import io.debrief.core.followthrough.FollowUpSettingsStore;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.springframework.stereotype.Component;

/**
 * The follow-through settings as name/value rows of the settings table under their own scope ("followup"), so the
 * other settings' store is left alone. The targets are one value, "Highest=28\nHigh=28"; a missing value reads as its
 * default. One save is one transaction that replaces the scope's rows.
 */
@Component
public class AoFollowUpSettings implements FollowUpSettingsStore {

    static final String SCOPE = "followup";
    private static final String TARGETS = "completionTargets";
    private static final String OTHER_DAYS = "otherDays";
    private static final String REMINDER_DAYS = "reminderDaysBefore";
    private static final String DIGEST_DAY = "digestDay";

    private final ActiveObjects ao;

    @Inject
    public AoFollowUpSettings(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public FollowUpSettings read() {
        Map<String, String> values = new HashMap<>();
        for (SettingEntity row : ao.find(SettingEntity.class, "SCOPE = ?", SCOPE)) {
            values.put(row.getSettingName(), row.getSettingValue() == null ? "" : row.getSettingValue());
        }
        FollowUpSettings defaults = FollowUpSettings.DEFAULTS;
        String targets = values.get(TARGETS);
        return new FollowUpSettings(
                new CompletionTargets(
                        targets == null ? defaults.targets().daysByPriority() : parse(targets),
                        intOr(values.get(OTHER_DAYS), defaults.targets().otherDays())),
                intOr(values.get(REMINDER_DAYS), defaults.reminderDaysBefore()),
                values.containsKey(DIGEST_DAY) ? DayOfWeek.valueOf(values.get(DIGEST_DAY)) : defaults.digestDay());
    }

    @Override
    public void save(FollowUpSettings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(
                TARGETS,
                settings.targets().daysByPriority().entrySet().stream()
                        .map(target -> target.getKey() + "=" + target.getValue())
                        .collect(Collectors.joining("\n")));
        values.put(OTHER_DAYS, Integer.toString(settings.targets().otherDays()));
        values.put(REMINDER_DAYS, Integer.toString(settings.reminderDaysBefore()));
        values.put(DIGEST_DAY, settings.digestDay().name());
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(SettingEntity.class, "SCOPE = ?", SCOPE);
            values.forEach((name, value) -> ao.create(
                    SettingEntity.class,
                    new DBParam("SETTING_KEY", SCOPE + "|" + name),
                    new DBParam("SCOPE", SCOPE),
                    new DBParam("SETTING_NAME", name),
                    new DBParam("SETTING_VALUE", value)));
            return null;
        });
    }

    /** "Highest=28\nHigh=28" as a map; priority names hold no line break (Jira's are one line). */
    private static Map<String, Integer> parse(String stored) {
        Map<String, Integer> days = new LinkedHashMap<>();
        Arrays.stream(stored.split("\n")).filter(line -> line.contains("=")).forEach(line -> {
            int at = line.lastIndexOf('=');
            days.put(line.substring(0, at), Integer.parseInt(line.substring(at + 1)));
        });
        return days;
    }

    private static int intOr(String value, int fallback) {
        return value == null || value.isEmpty() ? fallback : Integer.parseInt(value);
    }
}

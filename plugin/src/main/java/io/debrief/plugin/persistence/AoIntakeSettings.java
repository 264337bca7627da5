package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.intake.IntakeSettings;
import jakarta.inject.Inject;
import java.util.OptionalInt;
import net.java.ao.DBParam;
import org.springframework.stereotype.Component;

/**
 * The intake's settings as rows of the settings table under scope "intake" (beside AoSettings' "global" and
 * "project:KEY"); a missing row reads as unset, so the setting needs no migration.
 */
@Component
public class AoIntakeSettings implements IntakeSettings {

    private static final String SCOPE = "intake";
    private static final String RETENTION_DAYS = "retentionDays";

    private final ActiveObjects ao;

    @Inject
    public AoIntakeSettings(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public OptionalInt retentionDays() {
        SettingEntity[] rows = ao.find(SettingEntity.class, "SETTING_KEY = ?", key());
        if (rows.length == 0 || rows[0].getSettingValue() == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(rows[0].getSettingValue().strip()));
        } catch (NumberFormatException unreadable) {
            return OptionalInt.empty();
        }
    }

    @Override
    public void saveRetentionDays(int days) {
        ao.executeInTransaction(() -> {
            SettingEntity[] rows = ao.find(SettingEntity.class, "SETTING_KEY = ?", key());
            if (rows.length == 0) {
                ao.create(
                        SettingEntity.class,
                        new DBParam("SETTING_KEY", key()),
                        new DBParam("SCOPE", SCOPE),
                        new DBParam("SETTING_NAME", RETENTION_DAYS),
                        new DBParam("SETTING_VALUE", String.valueOf(days)));
            } else {
                rows[0].setSettingValue(String.valueOf(days));
                rows[0].save();
            }
            return null;
        });
    }

    private static String key() {
        return SCOPE + "|" + RETENTION_DAYS;
    }
}

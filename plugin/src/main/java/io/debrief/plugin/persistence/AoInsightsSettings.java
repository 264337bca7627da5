package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.insights.InsightsSettings;
import io.debrief.core.insights.TeamRule;
import jakarta.inject.Inject;
import net.java.ao.DBParam;
import org.springframework.stereotype.Component;

/**
 * The insights' team rule as one row of the settings table under scope "insights": "component", or
 * "label-prefix:PREFIX"; a missing or unreadable row reads as teams by component, so it needs no migration.
 */
@Component
public class AoInsightsSettings implements InsightsSettings {

    private static final String SCOPE = "insights";
    private static final String TEAM = "team";
    private static final String LABEL_PREFIX = TeamRule.Source.LABEL_PREFIX.wireName() + ":";

    private final ActiveObjects ao;

    @Inject
    public AoInsightsSettings(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public TeamRule team() {
        SettingEntity[] rows = ao.find(SettingEntity.class, "SETTING_KEY = ?", key());
        String value = rows.length == 0 || rows[0].getSettingValue() == null ? "" : rows[0].getSettingValue();
        if (value.startsWith(LABEL_PREFIX) && value.length() > LABEL_PREFIX.length()) {
            try {
                return TeamRule.labelPrefix(value.substring(LABEL_PREFIX.length()));
            } catch (IllegalArgumentException unreadable) {
                return TeamRule.BY_COMPONENT;
            }
        }
        return TeamRule.BY_COMPONENT;
    }

    @Override
    public void saveTeam(TeamRule team) {
        String value = team.source() == TeamRule.Source.COMPONENT
                ? TeamRule.Source.COMPONENT.wireName()
                : LABEL_PREFIX + team.labelPrefix();
        ao.executeInTransaction(() -> {
            SettingEntity[] rows = ao.find(SettingEntity.class, "SETTING_KEY = ?", key());
            if (rows.length == 0) {
                ao.create(
                        SettingEntity.class,
                        new DBParam("SETTING_KEY", key()),
                        new DBParam("SCOPE", SCOPE),
                        new DBParam("SETTING_NAME", TEAM),
                        new DBParam("SETTING_VALUE", value));
            } else {
                rows[0].setSettingValue(value);
                rows[0].save();
            }
            return null;
        });
    }

    private static String key() {
        return SCOPE + "|" + TEAM;
    }
}

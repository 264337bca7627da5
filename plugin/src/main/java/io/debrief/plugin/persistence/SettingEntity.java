package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One setting value; SETTING_KEY ("scope|name", scope "global" or "project:KEY") is unique. */
@Preload
@Table("SETTING")
public interface SettingEntity extends Entity {

    @NotNull
    @Unique
    String getSettingKey();

    void setSettingKey(String settingKey);

    @NotNull
    @Indexed
    String getScope();

    void setScope(String scope);

    @NotNull
    String getSettingName();

    void setSettingName(String settingName);

    @StringLength(StringLength.UNLIMITED)
    String getSettingValue();

    void setSettingValue(String settingValue);
}

package io.debrief.sandbox;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A named sandbox setting (the clock offset), kept in the database so it survives restarts. */
@Preload
@Table("SB_SETTING")
public interface SandboxSettingEntity extends Entity {
    @NotNull
    @Unique
    String getName();

    void setName(String name);

    String getText();

    void setText(String text);
}

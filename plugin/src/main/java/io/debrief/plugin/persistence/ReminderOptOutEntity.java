package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A person who turned their debrief reminders off (issue 16), by Jira user key; one row per person at most. */
@Preload
@Table("REMINDER_OPT_OUT")
public interface ReminderOptOutEntity extends Entity {

    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String userKey);
}

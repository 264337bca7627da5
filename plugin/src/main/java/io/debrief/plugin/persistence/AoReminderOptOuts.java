package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.followthrough.ReminderOptOuts;
import jakarta.inject.Inject;
import net.java.ao.DBParam;
import org.springframework.stereotype.Component;

/** Reminder opt-outs in Active Objects: a row per person who turned reminders off, none for everyone else. */
@Component
public class AoReminderOptOuts implements ReminderOptOuts {

    private final ActiveObjects ao;

    @Inject
    public AoReminderOptOuts(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean remindersOff(String userKey) {
        return ao.count(ReminderOptOutEntity.class, "USER_KEY = ?", userKey) > 0;
    }

    @Override
    public void set(String userKey, boolean off) {
        if (!off) {
            ao.deleteWithSQL(ReminderOptOutEntity.class, "USER_KEY = ?", userKey);
        } else if (!remindersOff(userKey)) {
            // a second click racing the first: the unique key keeps one row, and off is off
            Rows.insertUnlessPresent(
                    () -> ao.create(ReminderOptOutEntity.class, new DBParam("USER_KEY", userKey)),
                    () -> remindersOff(userKey));
        }
    }
}

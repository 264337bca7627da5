package io.debrief.core.followthrough;

/** Who turned their reminders off, by user key (port); nobody has by default. */
public interface ReminderOptOuts {

    boolean remindersOff(String userKey);

    /** Turns the person's reminders off ({@code off}) or on again. */
    void set(String userKey, boolean off);
}

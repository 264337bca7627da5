// Mirrors: com.atlassian.scheduler.config.Schedule from atlassian-scheduler-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files
// com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/config/Schedule.java (4.1.0). Evidence:
// C
// Value behaviour with equals/hashCode as in the real class; getIntervalScheduleInfo()/getCronScheduleInfo() are
// omitted (not used).
package com.atlassian.scheduler.config;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Date;
import java.util.Objects;
import java.util.TimeZone;

/** When a job runs: a cron expression, or an interval from a first run time. */
public final class Schedule {
    private final Type type;
    private final long intervalInMillis;
    private final Date firstRunTime;
    private final String cronExpression;
    private final TimeZone timeZone;

    private Schedule(Type type, long intervalInMillis, Date firstRunTime, String cronExpression, TimeZone timeZone) {
        this.type = type;
        this.intervalInMillis = intervalInMillis;
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
        this.cronExpression = cronExpression;
        this.timeZone = timeZone;
    }

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/config/Schedule.java (4.1.0)")
    public static Schedule forCronExpression(String cronExpression) {
        return forCronExpression(cronExpression, null);
    }

    public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
        return new Schedule(
                Type.CRON_EXPRESSION, 0L, null, Objects.requireNonNull(cronExpression, "cronExpression"), timeZone);
    }

    public static Schedule runOnce(Date runTime) {
        return forInterval(0L, runTime);
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        if (intervalInMillis < 0) {
            throw new IllegalArgumentException("intervalInMillis must not be negative");
        }
        return new Schedule(Type.INTERVAL, intervalInMillis, firstRunTime, null, null);
    }

    public Type getType() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof Schedule other
                        && type == other.type
                        && intervalInMillis == other.intervalInMillis
                        && Objects.equals(firstRunTime, other.firstRunTime)
                        && Objects.equals(cronExpression, other.cronExpression)
                        && Objects.equals(timeZone, other.timeZone));
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, intervalInMillis, firstRunTime, cronExpression, timeZone);
    }

    @Override
    public String toString() {
        return type == Type.CRON_EXPRESSION
                ? "Schedule[type=CRON_EXPRESSION,cron=" + cronExpression + ",timeZone="
                        + (timeZone == null ? null : timeZone.getID()) + ']'
                : "Schedule[type=INTERVAL,intervalInMillis=" + intervalInMillis + ",firstRunTime=" + firstRunTime + ']';
    }

    /** The two kinds of schedule. */
    public enum Type {
        CRON_EXPRESSION,
        INTERVAL
    }
}

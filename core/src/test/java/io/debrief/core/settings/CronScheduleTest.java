package io.debrief.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CronScheduleTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0 0 6 * * ?",
                "0 0 6 ? * MON-FRI",
                "0 */15 * * * ?",
                "0 0/30 8-18 ? * 2-6",
                "0 0 6 L * ?",
                "0 0 6 15W * ?",
                "0 0 6 LW * ?",
                "0 0 6 L-3 * ?",
                "0 0 6 ? * 6L",
                "0 0 6 ? * MON#1",
                "0 0 6 1,15 JAN,JUL ?",
                "0 0 6 * * ? 2027",
                "0 0 6 * * ? 2026-2030",
                "  0 0 6 * * ?  ",
                "0 0 6 * * ? *"
            })
    void accepts_what_jiras_scheduler_accepts(String cron) {
        assertThat(CronSchedule.isValid(cron)).as(cron).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "a b c d e f",
                "0 0 6 * *",
                "0 0 6 * * ? 2027 1",
                "0 0 6 * * *",
                "0 0 6 ? * ?",
                "60 0 6 * * ?",
                "0 60 6 * * ?",
                "0 0 24 * * ?",
                "0 0 6 32 * ?",
                "0 0 6 0 * ?",
                "0 0 6 * 13 ?",
                "0 0 6 ? * 8",
                "0 0 6 ? * FUN",
                "0 0 6 * FOO ?",
                "0 */0 * * * ?",
                "0 0 6 * * ? 1969",
                "0 0 6,, * * ?",
                "0 0 6 L-31 * ?",
                "0 0 6 ? * MON#6",
                "0 0 -1 * * ?",
                "0 0 6 * * ? 99999",
                "\u202E0 0 6 * * ?"
            })
    void refuses_the_rest(String cron) {
        assertThat(CronSchedule.isValid(cron)).as(String.valueOf(cron)).isFalse();
    }
}

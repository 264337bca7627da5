package io.debrief.core.common;

import java.time.Clock;

/**
 * The clock the rules run on, for adapters that show times the way the rules count them (an action item's age in
 * days, a checkpoint's due day) or time a run of the checkpoint job. Core itself never reads any other clock.
 */
public interface KeepingTime {

    /** The one clock of the application (the system clock in Jira, the movable one in the sandbox and the tests). */
    Clock clock();
}

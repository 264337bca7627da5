package it.io.debrief.plugin.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import com.atlassian.plugins.osgi.test.AtlassianPluginsTestRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.status.JobDetails;
import io.debrief.plugin.checkpoint.CheckpointJobScheduler;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * After the plugin starts, Jira's scheduler holds the checkpoint job under the plugin's job runner key. (That the
 * runner itself is registered on this node would read {@code SchedulerService.getRegisteredJobRunnerKeys()} or
 * {@code JobDetails.isRunnable()}, which the platform-api stand-ins do not declare yet.)
 * Wired test: runs inside Jira with {@code atlas-integration-test -Patlassian}, and in the default build on the
 * sandbox host (sandbox/pom.xml, execution wired-tests).
 */
@RunWith(AtlassianPluginsTestRunner.class)
public class CheckpointJobWiredTest {

    private final SchedulerService scheduler;

    public CheckpointJobWiredTest(SchedulerService scheduler) {
        this.scheduler = scheduler;
    }

    @Test
    public void theCheckpointJobIsScheduledUnderThePluginsRunnerKey() {
        JobDetails job = scheduler.getJobDetails(CheckpointJobScheduler.JOB_ID);

        assertNotNull("the checkpoint job is scheduled", job);
        assertEquals(CheckpointJobScheduler.RUNNER_KEY, job.getJobRunnerKey());
    }
}

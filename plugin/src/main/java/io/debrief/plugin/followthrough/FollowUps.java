package io.debrief.plugin.followthrough;

import io.debrief.core.checkpoint.HeldDebriefs;
import io.debrief.core.common.KeepingTime;
import io.debrief.core.debrief.DebriefStore;
import io.debrief.core.followthrough.FollowUpAdmin;
import io.debrief.core.followthrough.FollowUpLog;
import io.debrief.core.followthrough.FollowUpSettingsStore;
import io.debrief.core.followthrough.Outbox;
import io.debrief.core.followthrough.ProjectLeads;
import io.debrief.core.followthrough.ReminderOptOuts;
import io.debrief.core.followthrough.SendingFollowUps;
import io.debrief.core.incident.Incidents;
import io.debrief.core.review.ItemIndex;
import io.debrief.core.settings.Settings;
import io.debrief.core.tracker.IssueTracker;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/** The follow-through's use cases, built once from the stores and Jira adapters, for the job and the REST calls. */
@Component
public class FollowUps {

    private final SendingFollowUps sending;
    private final FollowUpAdmin admin;
    private final ReminderOptOuts optOuts;

    @Inject
    public FollowUps(
            ItemIndex index,
            IssueTracker tracker,
            HeldDebriefs held,
            Incidents incidents,
            DebriefStore debriefs,
            Settings settings,
            FollowUpSettingsStore followUp,
            ReminderOptOuts optOuts,
            ProjectLeads leads,
            FollowUpLog log,
            Outbox outbox,
            KeepingTime time) {
        this.sending = new SendingFollowUps(
                index,
                tracker,
                held,
                incidents,
                debriefs,
                settings,
                followUp,
                optOuts,
                leads,
                log,
                outbox,
                time.clock());
        this.admin = new FollowUpAdmin(followUp, tracker);
        this.optOuts = optOuts;
    }

    public SendingFollowUps sending() {
        return sending;
    }

    public FollowUpAdmin admin() {
        return admin;
    }

    public ReminderOptOuts optOuts() {
        return optOuts;
    }
}

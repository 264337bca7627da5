package io.debrief.plugin.followthrough;

import com.atlassian.annotations.security.AdminOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.debrief.core.followthrough.FollowUpForm;
import io.debrief.core.followthrough.FollowUpSettings;
import io.debrief.plugin.web.ViewerProvider;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The follow-through settings for administrators: completion targets by priority, reminder days, digest day. */
@Path("followup/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public class FollowUpSettingsResource {

    private final FollowUps followUps;
    private final ViewerProvider viewers;

    @Inject
    public FollowUpSettingsResource(FollowUps followUps, ViewerProvider viewers) {
        this.followUps = followUps;
        this.viewers = viewers;
    }

    /** Outcomes: anonymous -> 401; not an administrator -> 403; otherwise 200 {@link SettingsView}. */
    @GET
    public SettingsView read() {
        return SettingsView.of(followUps.admin().read(viewers.current()));
    }

    /**
     * Saves the follow-through settings at once. Outcomes: anonymous -> 401; not an administrator -> 403; a bad value
     * -> 400 naming each field (targets[i].priority, targets[i].days, otherDays, reminderDaysBefore, digestDay) and
     * nothing saved; otherwise 200 with the settings now in force.
     */
    @PUT
    public SettingsView save(SettingsRequest body) {
        SettingsRequest in = body == null ? new SettingsRequest(null, null, null, null) : body;
        return SettingsView.of(followUps.admin().save(in.toForm(), viewers.current()));
    }

    /** The settings as sent: numbers as text, so a malformed one is refused by its field. */
    public record SettingsRequest(
            @JsonProperty("targets") List<TargetRequest> targets,
            @JsonProperty("otherDays") String otherDays,
            @JsonProperty("reminderDaysBefore") String reminderDaysBefore,
            @JsonProperty("digestDay") String digestDay) {

        FollowUpForm toForm() {
            return new FollowUpForm(
                    targets == null
                            ? null
                            : targets.stream()
                                    .map(target -> target == null
                                            ? null
                                            : new FollowUpForm.Target(target.priority(), target.days()))
                                    .toList(),
                    otherDays,
                    reminderDaysBefore,
                    digestDay);
        }
    }

    /** One priority's completion target as sent. */
    public record TargetRequest(
            @JsonProperty("priority") String priority,
            @JsonProperty("days") String days) {}

    /** The settings in force. */
    public record SettingsView(
            @JsonProperty("targets") List<TargetView> targets,
            @JsonProperty("otherDays") int otherDays,
            @JsonProperty("reminderDaysBefore") int reminderDaysBefore,
            @JsonProperty("digestDay") String digestDay) {

        static SettingsView of(FollowUpSettings settings) {
            return new SettingsView(
                    settings.targets().daysByPriority().entrySet().stream()
                            .map(target -> new TargetView(target.getKey(), target.getValue()))
                            .toList(),
                    settings.targets().otherDays(),
                    settings.reminderDaysBefore(),
                    settings.digestDay().name());
        }
    }

    /** One priority's completion target in days. */
    public record TargetView(
            @JsonProperty("priority") String priority,
            @JsonProperty("days") int days) {}
}

package io.debrief.plugin.followthrough;

import com.atlassian.annotations.security.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.Validation;
import io.debrief.plugin.web.ViewerProvider;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/** Each person's own switch for debrief reminders: only ever the person asking, never anyone else's. */
@Path("followup/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ReminderSwitchResource {

    /** Argument: the value sent. */
    public static final String NOT_A_SWITCH = "debrief.error.followup.switch.invalid";

    private final FollowUps followUps;
    private final ViewerProvider viewers;

    @Inject
    public ReminderSwitchResource(FollowUps followUps, ViewerProvider viewers) {
        this.followUps = followUps;
        this.viewers = viewers;
    }

    /** Outcomes: anonymous -> 401; otherwise 200 {remindersOff} for the person asking. */
    @GET
    public SwitchView read() {
        return new SwitchView(followUps.optOuts().remindersOff(userKey()));
    }

    /**
     * Turns the asking person's reminders off or on again. Outcomes: anonymous -> 401; {@code remindersOff} missing or
     * not true/false -> 400 naming it and nothing stored; otherwise 200 with the switch as now stored.
     */
    @PUT
    public SwitchView set(SwitchRequest body) {
        String key = userKey();
        String value = body == null || body.remindersOff() == null
                ? ""
                : body.remindersOff().strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw InvalidInputException.of("remindersOff", Validation.REQUIRED);
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw InvalidInputException.of("remindersOff", NOT_A_SWITCH, body.remindersOff());
        }
        followUps.optOuts().set(key, Boolean.parseBoolean(value));
        return new SwitchView(followUps.optOuts().remindersOff(key));
    }

    private String userKey() {
        return viewers.current()
                .user()
                .orElseThrow(NotAuthenticatedException::general)
                .key();
    }

    /** The switch as sent (true or false, as JSON or as text). */
    public record SwitchRequest(
            @JsonProperty("remindersOff") String remindersOff) {}

    /** Whether the person turned their reminders off. */
    public record SwitchView(@JsonProperty("remindersOff") boolean remindersOff) {}
}

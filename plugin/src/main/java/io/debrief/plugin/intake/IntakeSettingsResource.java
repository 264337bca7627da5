package io.debrief.plugin.intake;

import com.atlassian.annotations.security.AdminOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.debrief.core.intake.EventRetention;
import io.debrief.plugin.IntakeApplication;
import io.debrief.plugin.web.ViewerProvider;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The intake's settings for administrators: how many days received events are kept.
 *
 * <p>Who may call it: Jira administrators only. Outcomes: anonymous -> 401; not an administrator -> 403;
 * {@code retentionDays} missing or outside {@value EventRetention#MIN_DAYS}..{@value EventRetention#MAX_DAYS} -> 400
 * on that field, nothing saved; otherwise 200 {@code {retentionDays, minDays, maxDays, defaultDays}}. A shorter value
 * removes older events with the next delivery that stores something.
 */
@Path("intake-settings")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class IntakeSettingsResource {

    /** What an admin sends: the days as a JSON number or text; anything but a whole number is out of bounds. */
    public record Body(@JsonProperty("retentionDays") String retentionDays) {}

    private final IntakeApplication app;
    private final ViewerProvider viewers;

    @Inject
    public IntakeSettingsResource(IntakeApplication app, ViewerProvider viewers) {
        this.app = app;
        this.viewers = viewers;
    }

    @GET
    public Map<String, Object> settings() {
        return json(app.retention().days(viewers.current()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> save(Body body) {
        return json(app.retention().set(body == null ? null : days(body.retentionDays()), viewers.current()));
    }

    /**
     * The days as typed: null when absent, the number when whole and in int range, else a value no bound accepts, so
     * the rule refuses it on {@code retentionDays} after the caller's rights were checked.
     */
    static Integer days(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (!trimmed.matches("[+-]?\\d{1,9}")) {
            return Integer.MIN_VALUE;
        }
        return Integer.parseInt(trimmed);
    }

    private static Map<String, Object> json(int days) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("retentionDays", days);
        json.put("minDays", EventRetention.MIN_DAYS);
        json.put("maxDays", EventRetention.MAX_DAYS);
        json.put("defaultDays", EventRetention.DEFAULT_DAYS);
        return json;
    }
}

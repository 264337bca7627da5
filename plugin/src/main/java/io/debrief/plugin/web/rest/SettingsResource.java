package io.debrief.plugin.web.rest;

import com.atlassian.annotations.security.AdminOnly;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.rest.followup.SettingsJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The debrief settings for administrators: global values and per-project overrides. */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public class SettingsResource {

    private final DebriefApplication app;
    private final ViewerProvider viewers;

    @Inject
    public SettingsResource(DebriefApplication app, ViewerProvider viewers) {
        this.app = app;
        this.viewers = viewers;
    }

    /** Outcomes: anonymous -> 401; not an administrator -> 403; otherwise 200 {@link SettingsJson}. */
    @GET
    public SettingsJson read() {
        return SettingsJson.of(app.settingsAdmin().read(viewers.current()));
    }

    /**
     * Saves every setting at once.
     *
     * <p>Outcomes: anonymous -> 401; not an administrator -> 403; any bad value -> 400 naming each field (label,
     * jobCron, irrelevantResolution, prioritisePriority, enabledProjectKeys,
     * projects[i].projectKey|detect|resolve|checkpointIntervalDays) and nothing saved; otherwise 200 with the settings
     * now in force.
     */
    @PUT
    public SettingsJson save(SettingsJson body) {
        SettingsJson in = body == null ? new SettingsJson(null, null, null, null, null, null, null) : body;
        return SettingsJson.of(app.settingsAdmin().save(in.toForm(), viewers.current()));
    }
}

package io.debrief.plugin.settings;

import com.atlassian.annotations.security.AdminOnly;
import io.debrief.core.settings.AdministeringSettings;
import io.debrief.core.settings.Settings;
import io.debrief.core.settings.SettingsAdmin;
import io.debrief.core.settings.SuggestedFilters;
import io.debrief.plugin.CheckpointSchedule;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The debrief settings for administrators: global values and per-project overrides. */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public class SettingsResource {

    private final AdministeringSettings admin;
    private final Settings settings;
    private final ViewerProvider viewers;
    private final Messages messages;
    private final CheckpointSchedule schedule;

    @Inject
    /** @param settings the settings in force, to tell whether a save changed the job's schedule */
    public SettingsResource(
            AdministeringSettings admin,
            Settings settings,
            ViewerProvider viewers,
            Messages messages,
            CheckpointSchedule schedule) {
        this.admin = admin;
        this.settings = settings;
        this.viewers = viewers;
        this.messages = messages;
        this.schedule = schedule;
    }

    /** Outcomes: anonymous -> 401; not an administrator -> 403; otherwise 200 {@link SettingsJson}. */
    @GET
    public SettingsJson read() {
        return SettingsJson.of(admin.read(viewers.current()));
    }

    /**
     * Saves every setting at once.
     *
     * <p>Outcomes: anonymous -> 401; not an administrator -> 403; any bad value -> 400 naming each field (label,
     * jobCron, irrelevantResolution, prioritisePriority, enabledProjectKeys,
     * projects[i].projectKey|detect|resolve|acknowledge|mitigate|checkpointIntervalDays) and nothing saved; otherwise
     * 200 with the settings now in force, and a changed job schedule re-planned at once.
     */
    @PUT
    public SettingsJson save(SettingsJson body) {
        SettingsJson in = body == null ? new SettingsJson(null, null, null, null, null, null, null) : body;
        String cronBefore = settings.global().jobCron();
        SettingsAdmin.Snapshot saved = admin.save(in.toForm(), viewers.current());
        // a new schedule takes effect now, not at the next plugin start
        if (!saved.global().jobCron().equals(cronBefore)) {
            schedule.reschedule(saved.global().jobCron());
        }
        return SettingsJson.of(saved);
    }

    /**
     * The saved filters offered to the admin (open debrief items; incidents awaiting a debrief) for the label in
     * force. Outcomes: anonymous -> 401; not an administrator -> 403; otherwise 200 {declined, filters: [{name, jql}]}.
     */
    @GET
    @Path("suggested-filters")
    public SuggestedFiltersView suggestedFilters() {
        return SuggestedFiltersView.of(admin.suggestedFilters(viewers.current()), messages);
    }

    /**
     * The admin declines the suggested filters; they are no longer offered (idempotent). Outcomes: anonymous -> 401;
     * not an administrator -> 403 and nothing stored; otherwise 200 with the offer, now declined.
     */
    @POST
    @Path("suggested-filters/decline")
    public SuggestedFiltersView declineSuggestedFilters() {
        return SuggestedFiltersView.of(admin.declineSuggestedFilters(viewers.current()), messages);
    }

    /** The suggested filters as JSON. */
    public record SuggestedFiltersView(boolean declined, List<FilterView> filters) {

        static SuggestedFiltersView of(SuggestedFilters.Offer offer, Messages messages) {
            return new SuggestedFiltersView(
                    offer.declined(),
                    offer.filters().stream()
                            .map(filter -> new FilterView(messages.text(filter.nameKey()), filter.jql()))
                            .toList());
        }
    }

    /** One suggested filter: its name in the reader's language and its JQL. */
    public record FilterView(String name, String jql) {}
}

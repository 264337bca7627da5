package io.debrief.core.intake;

import io.debrief.core.access.AdminAccess;
import io.debrief.core.access.Viewer;
import io.debrief.core.common.ConflictException;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.common.UserRef;
import io.debrief.core.common.Validation;
import io.debrief.core.tracker.IssueTracker;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The admin's event sources: create one (its secret shown once), change its mapping, rotate its secret, remove it.
 * Administrators only (401/403), every value checked before anything is written.
 */
public final class EventSourceAdmin {

    public static final String KEY_INVALID = "debrief.error.intake.source.key";
    public static final String KEY_TAKEN = "debrief.error.intake.source.taken";
    public static final String NOT_FOUND = "debrief.error.intake.source.missing";
    public static final String PROJECT_INVALID = "debrief.error.intake.source.project";
    public static final String SIGNING_REQUIRED = "debrief.error.intake.source.signing";
    public static final String TOO_MANY = "debrief.error.intake.field.too.many";
    /** Opening incidents needs a project, and it must be one the source's mapping routes to. */
    public static final String INCIDENT_PROJECT = "debrief.error.intake.source.incident.project";
    /** Opening incidents needs a user who exists and may create issues in that project. */
    public static final String ACTING_USER = "debrief.error.intake.source.acting.user";
    /** This host has no tracker to open incidents in. */
    public static final String CANNOT_OPEN = "debrief.error.intake.source.cannot.open";

    public static final int MAX_MAPPINGS = 50;

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern PROJECT = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");

    private final EventSources sources;
    private final Clock clock;
    private final IssueTracker tracker;

    /** Sources on a host that cannot open incidents: turning that on is refused. */
    public EventSourceAdmin(EventSources sources, Clock clock) {
        this(sources, clock, null);
    }

    /** @param tracker asked, as the chosen user, whether a source may open incidents in the chosen project */
    public EventSourceAdmin(EventSources sources, Clock clock, IssueTracker tracker) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tracker = tracker;
    }

    /** A source together with its secret, which is never shown again. */
    public record WithSecret(EventSource source, String secret) {}

    public List<EventSource> list(Viewer viewer) {
        AdminAccess.require(viewer);
        return sources.all();
    }

    public WithSecret create(SourceForm form, Viewer viewer) {
        AdminAccess.require(viewer);
        Validation validation = new Validation();
        validation.check(form.key() != null && KEY.matcher(form.key()).matches(), "key", KEY_INVALID);
        check(form, null, validation);
        validation.throwIfInvalid();
        UserRef actingUser = actingUser(form);
        String secret = SourceSecret.generate();
        EventSource source = new EventSource(
                0,
                form.key(),
                name(form),
                form.format(),
                SourceSecret.hash(secret),
                signingSecret(form, null),
                form.mappings(),
                form.mayOpenIncident(),
                form.incidentProject(),
                actingUser == null ? null : actingUser.key(),
                form.actingUser(),
                clock.instant(),
                null);
        EventSource created = sources.create(source).orElseThrow(() -> new ConflictException(KEY_TAKEN, form.key()));
        return new WithSecret(created, secret);
    }

    public EventSource update(String key, SourceForm form, Viewer viewer) {
        AdminAccess.require(viewer);
        EventSource stored = existing(key);
        Validation validation = new Validation();
        check(form, stored, validation);
        validation.throwIfInvalid();
        UserRef actingUser = actingUser(form);
        EventSource updated = new EventSource(
                stored.id(),
                stored.key(),
                name(form),
                form.format(),
                stored.secretHash(),
                signingSecret(form, stored),
                form.mappings(),
                form.mayOpenIncident(),
                form.incidentProject(),
                actingUser == null ? null : actingUser.key(),
                form.actingUser(),
                stored.createdAt(),
                stored.secretRotatedAt());
        sources.update(updated);
        return updated;
    }

    /** A new secret replaces the old one at once; the old one no longer authenticates. */
    public WithSecret rotateSecret(String key, Viewer viewer) {
        AdminAccess.require(viewer);
        EventSource stored = existing(key);
        String secret = SourceSecret.generate();
        EventSource rotated = stored.withSecret(SourceSecret.hash(secret), clock.instant());
        sources.update(rotated);
        return new WithSecret(rotated, secret);
    }

    public void delete(String key, Viewer viewer) {
        AdminAccess.require(viewer);
        existing(key);
        sources.delete(key);
    }

    /**
     * The user the source opens incidents as, asked of the tracker as that user once every other value passed; none
     * while opening is off. Refused (400 by field) when the user does not exist or may not create issues there.
     */
    private UserRef actingUser(SourceForm form) {
        if (!form.mayOpenIncident()) {
            return null;
        }
        if (tracker == null) {
            throw InvalidInputException.of("mayOpenIncident", CANNOT_OPEN);
        }
        return tracker.incidentReporter(form.actingUser(), form.incidentProject())
                .orElseThrow(() ->
                        InvalidInputException.of("actingUser", ACTING_USER, form.actingUser(), form.incidentProject()));
    }

    private EventSource existing(String key) {
        return (key == null || key.length() > 64 ? java.util.Optional.<EventSource>empty() : sources.byKey(key))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private static void check(SourceForm form, EventSource stored, Validation validation) {
        validation.check(form.name() == null || form.name().strip().length() <= 100, "name", Validation.TOO_LONG, 100);
        if (form.format() == null) {
            validation.reject("format", Validation.REQUIRED);
        } else if (form.format().isSigned()) {
            boolean kept = stored != null && stored.signingSecret() != null && stored.format() == form.format();
            boolean given =
                    form.signingSecret() != null && !form.signingSecret().isBlank();
            validation.check(given || kept, "signingSecret", SIGNING_REQUIRED);
        }
        validation.check(
                form.signingSecret() == null || form.signingSecret().length() <= 200,
                "signingSecret",
                Validation.TOO_LONG,
                200);
        validation.check(
                form.actingUser() == null || form.actingUser().length() <= 255, "actingUser", Validation.TOO_LONG, 255);
        if (form.mayOpenIncident()) {
            validation.check(form.actingUser() != null, "actingUser", Validation.REQUIRED);
            validation.check(
                    form.incidentProject() != null
                            && form.mappings().stream()
                                    .anyMatch(mapping -> mapping.projectKey().equals(form.incidentProject())),
                    "incidentProject",
                    INCIDENT_PROJECT);
        } else {
            validation.check(
                    form.incidentProject() == null
                            || PROJECT.matcher(form.incidentProject()).matches(),
                    "incidentProject",
                    PROJECT_INVALID);
        }
        if (form.mappings().size() > MAX_MAPPINGS) {
            validation.reject("mappings", TOO_MANY, MAX_MAPPINGS);
            return;
        }
        for (int i = 0; i < form.mappings().size(); i++) {
            LabelMapping mapping = form.mappings().get(i);
            String at = "mappings[" + i + "].";
            validation.check(
                    !mapping.label().isBlank() && mapping.label().length() <= 100, at + "label", Validation.REQUIRED);
            validation.check(
                    !mapping.value().isBlank() && mapping.value().length() <= 255, at + "value", Validation.REQUIRED);
            validation.check(PROJECT.matcher(mapping.projectKey()).matches(), at + "projectKey", PROJECT_INVALID);
            validation.check(
                    mapping.component() == null || mapping.component().length() <= 255,
                    at + "component",
                    Validation.TOO_LONG,
                    255);
        }
    }

    private static String name(SourceForm form) {
        return form.name() == null || form.name().isBlank()
                ? form.key()
                : form.name().strip();
    }

    private static String signingSecret(SourceForm form, EventSource stored) {
        if (form.format() == null || !form.format().isSigned()) {
            return null;
        }
        if (form.signingSecret() != null && !form.signingSecret().isBlank()) {
            return form.signingSecret().strip();
        }
        return stored == null ? null : stored.signingSecret();
    }
}

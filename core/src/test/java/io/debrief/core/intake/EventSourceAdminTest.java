package io.debrief.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.ConflictException;
import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.common.Validation;
import io.debrief.core.common.ValidationError;
import io.debrief.core.testkit.InMemoryEventSources;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.testkit.TestViewer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Admins configure sources: the secret is shown once and kept hashed, rotatable; every value is checked. */
class EventSourceAdminTest {

    private final TestClock clock = TestClock.at("2026-11-24T10:00:00Z");
    private final InMemoryEventSources sources = new InMemoryEventSources();
    private final EventSourceAdmin admin = new EventSourceAdmin(sources, clock);
    private final TestViewer anAdmin =
            new TestViewer(TestViewer.aViewer("admin").person(), true, true, true);

    private static SourceForm form(String key, EventFormat format) {
        return new SourceForm(
                key, "Prometheus", format, null, List.of(new LabelMapping("service", "checkout", "OPS", null)), false);
    }

    @Test
    void aNewSourceGetsASecretThatIsKeptOnlyAsItsHash() {
        EventSourceAdmin.WithSecret created = admin.create(form("prom", EventFormat.ALERTMANAGER), anAdmin);

        assertThat(created.secret()).startsWith("dbi_").hasSizeGreaterThan(40);
        EventSource stored = sources.byKey("prom").orElseThrow();
        assertThat(stored.secretHash())
                .isEqualTo(SourceSecret.hash(created.secret()))
                .doesNotContain(created.secret());
        assertThat(stored.mayOpenIncident()).isFalse();
        assertThat(stored.mappings()).hasSize(1);
    }

    @Test
    void rotatingReplacesTheSecretAndRecordsWhen() {
        String first =
                admin.create(form("prom", EventFormat.ALERTMANAGER), anAdmin).secret();
        clock.advance(Duration.ofDays(3));

        EventSourceAdmin.WithSecret rotated = admin.rotateSecret("prom", anAdmin);

        assertThat(rotated.secret()).isNotEqualTo(first);
        EventSource stored = sources.byKey("prom").orElseThrow();
        assertThat(SourceSecret.matches(first, stored.secretHash())).isFalse();
        assertThat(SourceSecret.matches(rotated.secret(), stored.secretHash())).isTrue();
        assertThat(stored.secretRotatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aTakenKeyIsAConflict() {
        admin.create(form("prom", EventFormat.ALERTMANAGER), anAdmin);

        assertThatThrownBy(() -> admin.create(form("prom", EventFormat.GRAFANA), anAdmin))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void everyBadValueIsNamedAndNothingIsStored() {
        SourceForm bad = new SourceForm(
                "Not A Key!",
                "x".repeat(101),
                null,
                null,
                List.of(new LabelMapping("", "checkout", "ops", null)),
                false);

        assertThatThrownBy(() -> admin.create(bad, anAdmin))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(ValidationError::field)
                                .containsExactly(
                                        "key", "name", "format", "mappings[0].label", "mappings[0].projectKey"));
        assertThat(sources.all()).isEmpty();
    }

    @Test
    void aPagerDutySourceNeedsItsSigningSecretAndKeepsItOnUpdate() {
        assertThatThrownBy(() -> admin.create(form("pd", EventFormat.PAGERDUTY), anAdmin))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(ValidationError::field)
                                .containsExactly("signingSecret"));

        admin.create(new SourceForm("pd", null, EventFormat.PAGERDUTY, "whsec", List.of(), false), anAdmin);
        EventSource updated = admin.update(
                "pd", new SourceForm(null, "PagerDuty", EventFormat.PAGERDUTY, " ", List.of(), false), anAdmin);

        assertThat(updated.signingSecret()).isEqualTo("whsec");
        assertThat(sources.byKey("pd").orElseThrow().name()).isEqualTo("PagerDuty");
    }

    private final InMemoryIssueTracker tracker =
            new InMemoryIssueTracker(clock).userMayOpenIncidentsIn("oncall-bot", "OPS");
    private final EventSourceAdmin trackerAdmin = new EventSourceAdmin(sources, clock, tracker);

    private static SourceForm opening(String project, String actingUser) {
        return new SourceForm(
                "prom",
                "Prometheus",
                EventFormat.ALERTMANAGER,
                null,
                List.of(
                        new LabelMapping("service", "checkout", "OPS", null),
                        new LabelMapping("service", "search", "WEB", null)),
                true,
                project,
                actingUser);
    }

    @Test
    void a_source_opens_no_incidents_unless_an_admin_turns_it_on() {
        // when
        trackerAdmin.create(form("prom", EventFormat.ALERTMANAGER), anAdmin);

        // then
        EventSource stored = sources.byKey("prom").orElseThrow();
        assertThat(stored.mayOpenIncident()).isFalse();
        assertThat(stored.opensIncidents()).isFalse();
        assertThat(stored.actingUserKey()).isNull();
    }

    @Test
    void turned_on_it_opens_incidents_in_a_mapped_project_as_a_user_the_tracker_lets_create_there() {
        // when
        trackerAdmin.create(opening("OPS", "oncall-bot"), anAdmin);

        // then
        EventSource stored = sources.byKey("prom").orElseThrow();
        assertThat(stored.opensIncidents()).isTrue();
        assertThat(stored.incidentProject()).isEqualTo("OPS");
        assertThat(stored.actingUserKey()).isEqualTo("oncall-bot");
        assertThat(stored.actingUsername()).isEqualTo("oncall-bot");
    }

    @Test
    void turned_on_without_a_mapped_project_or_a_user_each_is_named_and_nothing_is_stored() {
        assertThatThrownBy(() -> trackerAdmin.create(opening("PAY", null), anAdmin))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(ValidationError::field, ValidationError::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("actingUser", Validation.REQUIRED),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "incidentProject", EventSourceAdmin.INCIDENT_PROJECT)));
        assertThat(sources.all()).isEmpty();
    }

    @Test
    void a_user_who_may_not_create_issues_in_the_project_or_does_not_exist_is_refused_by_field() {
        // given
        trackerAdmin.create(form("prom", EventFormat.ALERTMANAGER), anAdmin);

        // when / then
        for (SourceForm refused : List.of(opening("WEB", "oncall-bot"), opening("OPS", "nobody"))) {
            assertThatThrownBy(() -> trackerAdmin.update("prom", refused, anAdmin))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            error -> assertThat(error.errors())
                                    .extracting(ValidationError::field, ValidationError::messageKey)
                                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                            "actingUser", EventSourceAdmin.ACTING_USER)));
        }
        assertThat(sources.byKey("prom").orElseThrow().mayOpenIncident()).isFalse();
    }

    @Test
    void a_host_without_a_tracker_refuses_to_turn_it_on() {
        assertThatThrownBy(() -> admin.create(opening("OPS", "oncall-bot"), anAdmin))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(ValidationError::field)
                                .containsExactly("mayOpenIncident"));
        assertThat(sources.all()).isEmpty();
    }

    @Test
    void onlyAdministratorsMayDoAnythingAndUnknownSourcesAreNotFound() {
        assertThatThrownBy(() -> admin.list(TestViewer.anonymous())).isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> admin.create(form("prom", EventFormat.ALERTMANAGER), TestViewer.aViewer("alice")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> admin.rotateSecret("nope", anAdmin)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> admin.delete("nope", anAdmin)).isInstanceOf(NotFoundException.class);
        assertThat(sources.all()).isEmpty();
    }
}

package io.debrief.core.intake;

import static io.debrief.core.intake.IntakeFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.ValidationError;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each published format, read from its documented example, into normalised events. */
class EventFormatTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-24T10:00:00Z");

    private static List<ExternalEvent> parse(EventFormat format, String fixture) {
        return format.parse(fixture(fixture), RECEIVED);
    }

    @Nested
    class Alertmanager {

        @Test
        void everyFiringAlertOfAGroupIsAnEventAtItsStartWithItsLabels() {
            List<ExternalEvent> events = parse(EventFormat.ALERTMANAGER, "alertmanager-firing.json");

            assertThat(events).hasSize(2);
            ExternalEvent first = events.get(0);
            assertThat(first.kind()).isEqualTo(EventKind.ALERT_FIRING);
            assertThat(first.at()).isEqualTo(Instant.parse("2026-11-24T09:02:30.123456789Z"));
            assertThat(first.title()).isEqualTo("HighErrorRate: 5xx above 2% on checkout");
            assertThat(first.label("service")).isEqualTo("checkout");
            assertThat(first.link()).startsWith("http://prometheus.example.org:9090/graph");
            assertThat(first.eventId()).isEqualTo("am:a1b2c3d4e5f60718:firing:2026-11-24T09:02:30.123456789Z");
            assertThat(events.get(1).mentionedKeys()).containsExactly("OPS-12");
        }

        @Test
        void aResolvedAlertIsAnEventAtItsEndAboutTheSameAlert() {
            ExternalEvent firing =
                    parse(EventFormat.ALERTMANAGER, "alertmanager-firing.json").get(0);
            ExternalEvent resolved = parse(EventFormat.ALERTMANAGER, "alertmanager-resolved.json")
                    .get(0);

            assertThat(resolved.kind()).isEqualTo(EventKind.ALERT_RESOLVED);
            assertThat(resolved.at()).isEqualTo(Instant.parse("2026-11-24T09:41:00Z"));
            assertThat(resolved.subjectKey()).isEqualTo(firing.subjectKey());
            assertThat(resolved.eventId()).isNotEqualTo(firing.eventId());
        }

        @Test
        void the_alerts_key_is_its_fingerprint_so_it_firing_again_later_is_the_same_alert() {
            // given
            String again = IntakeFixtures.fixture("alertmanager-firing.json")
                    .replace("2026-11-24T10:02:30.123456789+01:00", "2026-11-25T14:00:00Z");

            // when
            ExternalEvent first =
                    parse(EventFormat.ALERTMANAGER, "alertmanager-firing.json").get(0);
            ExternalEvent later = EventFormat.ALERTMANAGER
                    .parse(again, Instant.parse("2026-11-25T14:00:05Z"))
                    .get(0);

            // then
            assertThat(first.subjectKey()).isEqualTo("am:a1b2c3d4e5f60718");
            assertThat(later.subjectKey()).isEqualTo(first.subjectKey());
            assertThat(later.eventId()).isNotEqualTo(first.eventId());
        }

        @Test
        void theSameNotificationAgainGivesTheSameEventIds() {
            assertThat(parse(EventFormat.ALERTMANAGER, "alertmanager-firing.json"))
                    .extracting(ExternalEvent::eventId)
                    .isEqualTo(parse(EventFormat.ALERTMANAGER, "alertmanager-firing.json").stream()
                            .map(ExternalEvent::eventId)
                            .toList());
        }

        @Test
        void aPayloadOfAnotherVersionIsRefusedNamingTheField() {
            String v3 = fixture("alertmanager-firing.json").replace("\"version\": \"4\"", "\"version\": \"3\"");

            assertRefused(() -> EventFormat.ALERTMANAGER.parse(v3, RECEIVED), "version");
        }

        @Test
        void anAlertWithoutStartOrWithABadStatusIsRefusedByItsPath() {
            String body = fixture("alertmanager-firing.json")
                    .replace("\"startsAt\": \"2026-11-24T09:03:00Z\",", "")
                    .replaceFirst(
                            "\"status\": \"firing\",\n      \"labels\"", "\"status\": \"on fire\",\n      \"labels\"");

            assertRefused(
                    () -> EventFormat.ALERTMANAGER.parse(body, RECEIVED), "alerts[0].status", "alerts[1].startsAt");
        }

        @Test
        void aResolvedAlertWithoutEndIsRefused() {
            String body = fixture("alertmanager-resolved.json").replace("\"endsAt\": \"2026-11-24T09:41:00Z\",", "");

            assertRefused(() -> EventFormat.ALERTMANAGER.parse(body, RECEIVED), "alerts[0].endsAt");
        }
    }

    @Test
    void grafanaAlertsReadLikeAlertmanagersWithThePanelAsLink() {
        ExternalEvent event = parse(EventFormat.GRAFANA, "grafana-firing.json").get(0);

        assertThat(event.kind()).isEqualTo(EventKind.ALERT_FIRING);
        assertThat(event.label("component")).isEqualTo("Payments");
        assertThat(event.link()).isEqualTo("https://grafana.example.org/d/payments?viewPanel=2");
        assertThat(event.eventId()).startsWith("grafana:c6eadffa33fcdf37:firing:");
    }

    @Nested
    class PagerDuty {

        @Test
        void aTriggeredIncidentIsAFiringAlertOfItsService() {
            ExternalEvent event =
                    parse(EventFormat.PAGERDUTY, "pagerduty-triggered.json").get(0);

            assertThat(event.kind()).isEqualTo(EventKind.ALERT_FIRING);
            assertThat(event.eventId()).isEqualTo("pd:01DEN3HVFW3VY0MYJFVNHSPN5Q");
            assertThat(event.subjectKey()).isEqualTo("pd:PGR0VU2");
            assertThat(event.at()).isEqualTo(Instant.parse("2026-11-24T09:05:12Z"));
            assertThat(event.title()).isEqualTo("Checkout error rate above 2%");
            assertThat(event.label("service")).isEqualTo("checkout");
            assertThat(event.label("priority")).isEqualTo("P1");
        }

        @Test
        void anAnnotationIsANoteAboutTheSameIncident() {
            ExternalEvent note =
                    parse(EventFormat.PAGERDUTY, "pagerduty-annotated.json").get(0);

            assertThat(note.kind()).isEqualTo(EventKind.NOTE);
            assertThat(note.subjectKey()).isEqualTo("pd:PGR0VU2");
            assertThat(note.title()).isEqualTo("Rolled back checkout to 1.4.1");
        }

        @Test
        void otherEventTypesAreAcceptedAndIgnored() {
            String body =
                    fixture("pagerduty-triggered.json").replace("incident.triggered", "incident.priority_updated");

            assertThat(EventFormat.PAGERDUTY.parse(body, RECEIVED)).isEmpty();
        }

        @Test
        void aMissingEventIdIsRefused() {
            String body = fixture("pagerduty-triggered.json").replace("\"id\": \"01DEN3HVFW3VY0MYJFVNHSPN5Q\",", "");

            assertRefused(() -> EventFormat.PAGERDUTY.parse(body, RECEIVED), "event.id");
        }
    }

    @Nested
    class Opsgenie {

        @Test
        void createIsAFiringAlertAtItsCreationInMilliseconds() {
            ExternalEvent event =
                    parse(EventFormat.OPSGENIE, "opsgenie-create.json").get(0);

            assertThat(event.kind()).isEqualTo(EventKind.ALERT_FIRING);
            assertThat(event.at()).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
            assertThat(event.label("entity")).isEqualTo("orders-db");
            assertThat(event.label("service")).isEqualTo("orders");
            assertThat(event.mentionedKeys()).containsExactly("OPS-40");
        }

        @Test
        void closeIsResolvedAtItsUpdateInNanoseconds() {
            ExternalEvent event =
                    parse(EventFormat.OPSGENIE, "opsgenie-close.json").get(0);

            assertThat(event.kind()).isEqualTo(EventKind.ALERT_RESOLVED);
            assertThat(event.at()).isEqualTo(Instant.parse("2026-11-24T09:45:00Z"));
            assertThat(event.subjectKey()).isEqualTo("og:44f717bf-44bd-11c9-44c7-2d0cf1d07b23");
        }

        @Test
        void aCreateWithoutAlertIdIsRefused() {
            String body = fixture("opsgenie-create.json")
                    .replace("\"alertId\": \"44f717bf-44bd-11c9-44c7-2d0cf1d07b23\",", "");

            assertRefused(() -> EventFormat.OPSGENIE.parse(body, RECEIVED), "alert.alertId");
        }
    }

    @Nested
    class CloudEvents {

        @Test
        void aServiceDeployedIsADeployOfThatServiceToItsEnvironment() {
            ExternalEvent event = parse(EventFormat.CLOUDEVENTS, "cdevents-service-deployed.json")
                    .get(0);

            assertThat(event.kind()).isEqualTo(EventKind.DEPLOY);
            assertThat(event.at()).isEqualTo(Instant.parse("2026-11-24T08:31:00Z"));
            assertThat(event.label("service")).isEqualTo("checkout");
            assertThat(event.label("environment")).isEqualTo("production");
            assertThat(event.eventId())
                    .isEqualTo("ce:/event/source/jenkins/checkout-deploy 271069a8-fc18-44f1-b38f-9d70a1695819");
            assertThat(event.title()).startsWith("service.deployed checkout \u2192 production (pkg:oci/checkout@");
        }

        @Test
        void anEnvironmentModifiedIsAConfigurationChange() {
            ExternalEvent event = parse(EventFormat.CLOUDEVENTS, "cdevents-environment-modified.json")
                    .get(0);

            assertThat(event.kind()).isEqualTo(EventKind.CONFIG_CHANGE);
            assertThat(event.label("environment")).isEqualTo("production");
            assertThat(event.link()).isEqualTo("https://argocd.example.org/applications/production");
        }

        @Test
        void aChangeMergedWithoutCloudEventTimeTakesTheCdEventTimestamp() {
            ExternalEvent event = parse(EventFormat.CLOUDEVENTS, "cdevents-change-merged.json")
                    .get(0);

            assertThat(event.kind()).isEqualTo(EventKind.CHANGE_MERGED);
            assertThat(event.at()).isEqualTo(Instant.parse("2026-11-24T08:12:00Z"));
            assertThat(event.label("repository")).isEqualTo("acme/checkout");
        }

        @Test
        void anotherSpecVersionIsRefused() {
            String body = fixture("cdevents-service-deployed.json")
                    .replace("\"specversion\": \"1.0\"", "\"specversion\": \"0.3\"");

            assertRefused(() -> EventFormat.CLOUDEVENTS.parse(body, RECEIVED), "specversion");
        }

        @Test
        void aDeployWithoutEnvironmentIsRefusedByItsPath() {
            String body = fixture("cdevents-service-deployed.json")
                    .replace("\"environment\": {\"id\": \"production\", \"source\": \"/event/source/argo\"},", "");

            assertRefused(() -> EventFormat.CLOUDEVENTS.parse(body, RECEIVED), "data.subject.content.environment");
        }

        @Test
        void typesOtherThanDeploysAndChangesAreIgnored() {
            String body = fixture("cdevents-change-merged.json").replace("change.merged", "build.started");

            assertThat(EventFormat.CLOUDEVENTS.parse(body, RECEIVED)).isEmpty();
        }
    }

    @Nested
    class Statuspage {

        @Test
        void anIncidentNotificationIsAProviderUpdateAtItsNewestUpdate() {
            ExternalEvent event =
                    parse(EventFormat.STATUSPAGE, "statuspage-incident.json").get(0);

            assertThat(event.kind()).isEqualTo(EventKind.PROVIDER_UPDATE);
            assertThat(event.at()).isEqualTo(Instant.parse("2026-11-24T08:47:10.573Z"));
            assertThat(event.title()).isEqualTo("Card authorisations failing (identified)");
            assertThat(event.label("component")).isEqualTo("Card API");
            assertThat(event.eventId()).isEqualTo("sp:jb7j80lkgqvb:z3lct0r596n4:rfh2v5vyc2y7");
            assertThat(event.subjectKey()).isEqualTo("sp:jb7j80lkgqvb:z3lct0r596n4");
        }

        @Test
        void aComponentUpdateIsAProviderUpdateOfThatComponent() {
            ExternalEvent event =
                    parse(EventFormat.STATUSPAGE, "statuspage-component.json").get(0);

            assertThat(event.label("component")).isEqualTo("Card API");
            assertThat(event.label("status")).isEqualTo("major_outage");
            assertThat(event.at()).isEqualTo(Instant.parse("2026-11-24T08:41:00Z"));
        }

        @Test
        void anUnknownIncidentStatusIsRefused() {
            String body = fixture("statuspage-incident.json")
                    .replace(
                            "\"status\": \"identified\",\n    \"updated_at\"",
                            "\"status\": \"on fire\",\n    \"updated_at\"");

            assertRefused(() -> EventFormat.STATUSPAGE.parse(body, RECEIVED), "incident.status");
        }
    }

    @Test
    void unknownMembersAreIgnoredEverywhere() {
        String body = fixture("pagerduty-triggered.json").replaceFirst("\\{", "{\"something_new\": {\"a\": [1, 2]},");

        assertThat(EventFormat.PAGERDUTY.parse(body, RECEIVED)).hasSize(1);
    }

    @Test
    void aWrongTypeIsRefusedNamingTheField() {
        String body =
                fixture("opsgenie-create.json").replace("\"createdAt\": 1795510800000", "\"createdAt\": \"yesterday\"");

        assertRefused(() -> EventFormat.OPSGENIE.parse(body, RECEIVED), "alert.createdAt");
    }

    @Test
    void aRootThatIsNotAnObjectIsRefusedOnBody() {
        assertRefused(() -> EventFormat.GRAFANA.parse("[1, 2]", RECEIVED), "body");
    }

    static void assertRefused(Runnable parse, String... fields) {
        assertThatThrownBy(parse::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(ValidationError::field)
                                .contains(fields));
    }
}

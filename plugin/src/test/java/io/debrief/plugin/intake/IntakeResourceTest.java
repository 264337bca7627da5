package io.debrief.plugin.intake;

import static io.debrief.core.intake.IntakeFixtures.fixture;
import static io.debrief.plugin.web.testkit.Viewers.admin;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.intake.EventFormat;
import io.debrief.core.intake.LabelMapping;
import io.debrief.core.intake.PagerDutySignature;
import io.debrief.core.intake.SourceForm;
import io.debrief.core.testkit.InMemoryAlertIncidents;
import io.debrief.core.testkit.InMemoryEventSources;
import io.debrief.core.testkit.InMemoryExternalEventLog;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.TestClock;
import io.debrief.plugin.IntakeApplication;
import io.debrief.plugin.web.testkit.IntakeWorld;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /intake/{source}: the source's secret (and signature) or 401, its format or 400 by field, stored once. */
class IntakeResourceTest {

    private final InMemoryEventSources sources = new InMemoryEventSources();
    private final InMemoryExternalEventLog events = new InMemoryExternalEventLog();
    private final IntakeApplication app = IntakeWorld.intakeOver(sources, events, TestClock.at("2026-11-24T10:00:00Z"));
    private final RestTestHarness rest = RestTestHarness.with(IntakeResource.class)
            .bind(IntakeApplication.class, app)
            .start();

    private String givenSource(String key, EventFormat format, String signingSecret) {
        return app.sources()
                .create(
                        new SourceForm(
                                key,
                                null,
                                format,
                                signingSecret,
                                List.of(new LabelMapping("service", "checkout", "OPS", null)),
                                false),
                        admin())
                .secret();
    }

    private Reply post(String path, String body, Map<String, String> headers) {
        return rest.as(anonymous()).send("POST", path, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static Map<String, String> token(String secret) {
        return Map.of(IntakeResource.TOKEN_HEADER, secret);
    }

    @Test
    void a_firing_alert_at_a_source_that_opens_incidents_opens_one_and_the_sender_is_told_only_what_was_stored() {
        // given
        TestClock clock = TestClock.at("2026-11-24T10:00:00Z");
        InMemoryIssueTracker tracker = new InMemoryIssueTracker(clock).userMayOpenIncidentsIn("oncall-bot", "OPS");
        InMemoryAlertIncidents links = new InMemoryAlertIncidents();
        IntakeApplication opening = IntakeWorld.openingIntakeOver(sources, events, clock, tracker, links);
        String secret = opening.sources()
                .create(
                        new SourceForm(
                                "prom",
                                "Prometheus",
                                EventFormat.ALERTMANAGER,
                                null,
                                List.of(new LabelMapping("service", "checkout", "OPS", null)),
                                true,
                                "OPS",
                                "oncall-bot"),
                        admin())
                .secret();
        RestTestHarness openingRest = RestTestHarness.with(IntakeResource.class)
                .bind(IntakeApplication.class, opening)
                .start();

        // when
        Reply first = openingRest
                .as(anonymous())
                .send(
                        "POST",
                        "/intake/prom",
                        fixture("alertmanager-firing.json").getBytes(StandardCharsets.UTF_8),
                        token(secret));
        Reply again = openingRest
                .as(anonymous())
                .send(
                        "POST",
                        "/intake/prom",
                        fixture("alertmanager-firing.json").getBytes(StandardCharsets.UTF_8),
                        token(secret));

        // then: two alerts (two fingerprints) of one notification, each its own incident, once
        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(tracker.createdIncidents()).hasSize(2);
        assertThat(first.body()).doesNotContain("OPS-");
        assertThat(links.forAlert("prom", "am:a1b2c3d4e5f60718")).hasSize(1);
    }

    @Test
    void anAlertmanagerDeliveryWithItsSecretIsAcceptedAndStoredOnce() {
        String secret = givenSource("prom", EventFormat.ALERTMANAGER, null);

        Reply first = post("/intake/prom", fixture("alertmanager-firing.json"), token(secret));
        Reply again = post("/intake/prom", fixture("alertmanager-firing.json"), token(secret));

        assertThat(first.status()).isEqualTo(202);
        assertThat(first.json().path("stored").asInt()).isEqualTo(2);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().path("stored").asInt()).isZero();
        assertThat(again.json().path("duplicates").asInt()).isEqualTo(2);
        assertThat(events.all()).hasSize(2);
    }

    @Test
    void theSecretMayComeAsBearerOrAsTokenParameterForSendersWithoutHeaders() {
        String secret = givenSource("status", EventFormat.STATUSPAGE, null);

        assertThat(post("/intake/status?token=" + secret, fixture("statuspage-incident.json"), Map.of())
                        .status())
                .isEqualTo(202);
        assertThat(post(
                                "/intake/status",
                                fixture("statuspage-component.json"),
                                Map.of("Authorization", "Bearer " + secret))
                        .status())
                .isEqualTo(202);
        assertThat(events.all()).hasSize(2);
    }

    @Test
    void everyFormatIsAcceptedFromItsDocumentedExample() {
        Map<EventFormat, String> examples = new LinkedHashMap<>();
        examples.put(EventFormat.ALERTMANAGER, "alertmanager-resolved.json");
        examples.put(EventFormat.GRAFANA, "grafana-firing.json");
        examples.put(EventFormat.OPSGENIE, "opsgenie-create.json");
        examples.put(EventFormat.CLOUDEVENTS, "cdevents-change-merged.json");
        examples.put(EventFormat.STATUSPAGE, "statuspage-incident.json");
        examples.put(EventFormat.PAGERDUTY, "pagerduty-annotated.json");

        examples.forEach((format, example) -> {
            String secret = givenSource(format.wireName(), format, format.isSigned() ? "whsec" : null);
            Map<String, String> headers = new LinkedHashMap<>(token(secret));
            if (format.isSigned()) {
                headers.put("X-PagerDuty-Signature", PagerDutySignature.sign(fixture(example), "whsec"));
            }
            headers.put(
                    "Content-Type",
                    format == EventFormat.CLOUDEVENTS ? "application/cloudevents+json" : "application/json");

            Reply reply = post("/intake/" + format.wireName(), fixture(example), headers);

            assertThat(reply.status()).as(format.wireName()).isEqualTo(202);
            assertThat(reply.json().path("stored").asInt())
                    .as(format.wireName())
                    .isEqualTo(1);
        });
        assertThat(events.all()).hasSize(6);
    }

    @Test
    void theBadInputTableAnswers401Or400AndStoresNothing() {
        String prom = givenSource("prom", EventFormat.ALERTMANAGER, null);
        String pd = givenSource("pd", EventFormat.PAGERDUTY, "whsec");
        String good = fixture("alertmanager-firing.json");
        String pdBody = fixture("pagerduty-triggered.json");

        record Case(String name, String path, String body, Map<String, String> headers, int status, String field) {}
        List<Case> table = List.of(
                new Case("no secret", "/intake/prom", good, Map.of(), 401, null),
                new Case("wrong secret", "/intake/prom", good, token("dbi_wrong"), 401, null),
                new Case("unknown source", "/intake/nope", good, token(prom), 401, null),
                new Case("another source's secret", "/intake/prom", good, token(pd), 401, null),
                new Case("unsigned PagerDuty", "/intake/pd", pdBody, token(pd), 401, null),
                new Case(
                        "badly signed PagerDuty",
                        "/intake/pd",
                        pdBody,
                        Map.of(
                                IntakeResource.TOKEN_HEADER,
                                pd,
                                "X-PagerDuty-Signature",
                                PagerDutySignature.sign(pdBody, "other")),
                        401,
                        null),
                new Case("not JSON", "/intake/prom", "{\"version\": ", token(prom), 400, "body"),
                new Case("empty", "/intake/prom", " ", token(prom), 400, "body"),
                new Case(
                        "wrong version",
                        "/intake/prom",
                        good.replace("\"version\": \"4\"", "\"version\": \"2\""),
                        token(prom),
                        400,
                        "version"),
                new Case(
                        "alert without start",
                        "/intake/prom",
                        good.replace("\"startsAt\": \"2026-11-24T09:03:00Z\",", ""),
                        token(prom),
                        400,
                        "alerts[1].startsAt"),
                new Case(
                        "labels not an object",
                        "/intake/prom",
                        good.replaceFirst(
                                "\"labels\": \\{\"alertname\": \"HighErrorRate\", \"service\": \"checkout\","
                                        + " \"severity\": \"page\", \"instance\": \"web-1\"}",
                                "\"labels\": [1]"),
                        token(prom),
                        400,
                        "alerts[0].labels"),
                new Case(
                        "too large",
                        "/intake/prom",
                        "{\"x\": \"" + "a".repeat(70_000) + "\"}",
                        token(prom),
                        400,
                        "body"));

        for (Case bad : table) {
            Reply reply = post(bad.path(), bad.body(), bad.headers());

            assertThat(reply.status()).as(bad.name()).isEqualTo(bad.status());
            if (bad.field() != null) {
                assertThat(reply.fieldErrors()).as(bad.name()).containsKey(bad.field());
            }
        }
        assertThat(events.all()).isEmpty();
    }
}

package io.debrief.sandbox.debrief;

import io.debrief.core.access.Viewer;
import io.debrief.core.intake.EventFormat;
import io.debrief.core.intake.EventSourceAdmin;
import io.debrief.core.intake.LabelMapping;
import io.debrief.core.intake.SourceForm;
import io.debrief.core.timeline.EntrySource;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.IntakeApplication;
import io.debrief.sandbox.SandboxClock;
import io.debrief.sandbox.SandboxIssue;
import io.debrief.sandbox.SeedContext;
import io.debrief.sandbox.jira.JiraHost;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The event history of the demo (issue 15): two event sources, a CI pipeline sending CDEvents and a Prometheus
 * Alertmanager, and what they sent around the latest seeded incident nobody has written a timeline for yet: a
 * configuration change and a deploy before it was detected (the real-start candidates), the alert that paged, the
 * rollback and the alert resolving. Every delivery goes through the plugin's own intake ({@code EventIntake}) with the
 * source's secret, at the moment the sender would have sent it, so the events are parsed, routed and kept by the
 * plugin's rules; the secrets are not kept (an admin rotates one to send more).
 */
final class DemoEvents {

    /** The CI pipeline's source: CloudEvents with CDEvents, mapped by the deployed service. */
    static final String CI_SOURCE = "ci";
    /** The Alertmanager's source, mapped by the alert's {@code service} label. */
    static final String ALERTS_SOURCE = "prometheus";

    private final SeedContext seed;
    private final SandboxClock clock;
    private final IntakeApplication intake;

    private DemoEvents(SeedContext seed, SandboxClock clock, IntakeApplication intake) {
        this.seed = seed;
        this.clock = clock;
        this.intake = intake;
    }

    /** Seeds the sources and the events; returns the incident the events belong to, if the seed has one. */
    static Optional<SandboxIssue> load(
            SeedContext seed,
            SandboxClock clock,
            DebriefApplication app,
            IntakeApplication intake,
            java.util.function.Function<String, Viewer> viewers) {
        Viewer alice = viewers.apply("alice");
        Optional<SandboxIssue> target = seed.seededIncidents().stream()
                .filter(incident -> incident.resolved() != null && incident.component() != null)
                .filter(incident -> JiraHost.actingAs(
                        "alice",
                        () -> app.timeline().list(incident.key(), false, alice).stream()
                                .noneMatch(entry -> entry.source() == EntrySource.MANUAL
                                        || entry.source() == EntrySource.EXTERNAL)))
                .max(Comparator.comparing(SandboxIssue::resolved));
        if (target.isEmpty()) {
            return target;
        }
        try {
            JiraHost.actingAs(
                    "admin",
                    () -> seed.inTransaction(() -> {
                        new DemoEvents(seed, clock, intake).send(target.get(), viewers.apply("admin"));
                        return null;
                    }));
        } finally {
            clock.seedAt(null);
        }
        return target;
    }

    private void send(SandboxIssue incident, Viewer admin) {
        String service = incident.component();
        Instant detected = incident.created();
        clock.seedAt(detected.minus(Duration.ofDays(7)));
        String environment = service + "-production";
        List<LabelMapping> byService = List.of(
                new LabelMapping("service", service, incident.projectKey(), service),
                new LabelMapping("environment", environment, incident.projectKey(), service));
        EventSourceAdmin sources = intake.sources();
        String ci = sources.create(
                        new SourceForm(CI_SOURCE, "Release pipeline", EventFormat.CLOUDEVENTS, null, byService, false),
                        admin)
                .secret();
        String alerts = sources.create(
                        new SourceForm(
                                ALERTS_SOURCE,
                                "Prometheus Alertmanager",
                                EventFormat.ALERTMANAGER,
                                null,
                                byService,
                                false),
                        admin)
                .secret();

        Instant configChanged = detected.minus(Duration.ofMinutes(52));
        Instant deployed = detected.minus(Duration.ofMinutes(31));
        Instant firing = detected.minus(Duration.ofMinutes(9));
        Instant rolledBack = detected.plus(Duration.ofMinutes(14));
        Instant resolved = incident.resolved().minus(Duration.ofMinutes(4));
        deliver(
                CI_SOURCE,
                ci,
                configChanged,
                cdevent(
                        "environment.modified.0.2.0",
                        "seed-config-" + incident.key(),
                        configChanged,
                        environment,
                        "\"name\": \"" + service + " production settings\""));
        deliver(
                CI_SOURCE,
                ci,
                deployed,
                cdevent(
                        "service.deployed.0.2.0",
                        "seed-deploy-" + incident.key(),
                        deployed,
                        service,
                        "\"environment\": {\"id\": \"production\"}, \"artifactId\": \"pkg:oci/" + service
                                + "@sha256%3A5e1f\""));
        deliver(ALERTS_SOURCE, alerts, firing, alert("firing", service, firing, null));
        deliver(
                CI_SOURCE,
                ci,
                rolledBack,
                cdevent(
                        "service.rolledback.0.2.0",
                        "seed-rollback-" + incident.key(),
                        rolledBack,
                        service,
                        "\"environment\": {\"id\": \"production\"}, \"artifactId\": \"pkg:oci/" + service
                                + "@sha256%3A9a07\""));
        deliver(ALERTS_SOURCE, alerts, resolved, alert("resolved", service, firing, resolved));
    }

    /** One delivery, received half a minute after it happened. */
    private void deliver(String source, String secret, Instant at, String body) {
        clock.seedAt(at.plusSeconds(30));
        intake.intake().receive(source, secret, null, body);
    }

    private static String cdevent(String type, String id, Instant at, String subject, String content) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/pipelines/release", "type": "dev.cdevents.%s",
                 "time": "%s",
                 "data": {"context": {"version": "0.4.1", "id": "%s", "source": "/pipelines/release",
                                      "type": "dev.cdevents.%s", "timestamp": "%s"},
                          "subject": {"id": "%s", "source": "/pipelines/release", "content": {%s}}}}
                """.formatted(id, type, at, id, type, at, subject, content);
    }

    private static String alert(String status, String service, Instant startsAt, Instant endsAt) {
        return """
                {"version": "4", "status": "%s", "receiver": "debrief", "groupKey": "{}:{alertname=\\"HighErrorRate\\"}",
                 "alerts": [{"status": "%s",
                             "labels": {"alertname": "HighErrorRate", "service": "%s", "severity": "page"},
                             "annotations": {"summary": "5xx above 2%% on %s for 3 minutes"},
                             "startsAt": "%s", "endsAt": "%s",
                             "fingerprint": "5eed%s"}]}
                """.formatted(
                        status,
                        status,
                        service,
                        service,
                        startsAt,
                        endsAt == null ? "0001-01-01T00:00:00Z" : endsAt,
                        Integer.toHexString(service.hashCode()));
    }
}

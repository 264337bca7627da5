package io.debrief.core.intake;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CloudEvents 1.0 event in the JSON format (structured mode: {@code specversion, id, source, type, time, subject,
 * data}) carrying a CDEvent: {@code data = {context, subject: {id, source, type, content}}}.
 *
 * <p>Sources: github.com/cloudevents/spec (spec.md and formats/json-format.md: id+source identify an event) and
 * github.com/cdevents/spec (continuous-deployment.md, source-code-version-control.md; CloudEvents binding). Types read:
 * {@code dev.cdevents.service.deployed|upgraded|rolledback.*} (deploy), {@code dev.cdevents.environment.modified.*}
 * (configuration change), {@code dev.cdevents.change.merged.*}; other types are accepted and ignored.
 */
final class CloudEventsFormat implements FormatParser {

    private static final String CDEVENTS = "dev.cdevents.";

    @Override
    public List<ExternalEvent> read(Payload root, Instant receivedAt) {
        root.oneOf("specversion", List.of("1.0"));
        String id = root.text("id", 200);
        String source = root.text("source", 500);
        String type = root.text("type", 200);
        Optional<Instant> time = root.optionalInstant("time");
        Optional<Payload> data = root.optionalObject("data");
        EventKind kind = kindOf(type);
        if (kind == null) {
            return List.of();
        }
        Payload cdevent = data.orElseGet(() -> root.object("data"));
        Instant at = time.orElseGet(() -> cdevent.object("context").instant("timestamp"));
        Payload subject = cdevent.object("subject");
        String subjectId = subject.text("id", 255);
        Payload content = subject.optionalObject("content").orElse(subject.object("content"));
        Map<String, String> labels = new LinkedHashMap<>();
        String title;
        switch (kind) {
            case DEPLOY -> {
                labels.put("service", subjectId);
                String environment = content.object("environment").text("id", 255);
                labels.put("environment", environment);
                content.optionalText("artifactId", 500).ifPresent(artifact -> labels.put("artifact", artifact));
                title = action(type) + " " + subjectId + " \u2192 " + environment
                        + content.optionalText("artifactId", 500)
                                .map(artifact -> " (" + artifact + ")")
                                .orElse("");
            }
            case CONFIG_CHANGE -> {
                labels.put("environment", subjectId);
                content.optionalText("name", 255).ifPresent(name -> labels.put("environment.name", name));
                title = action(type) + " " + subjectId;
            }
            default -> {
                labels.put("change", subjectId);
                content.optionalObject("repository")
                        .flatMap(repository -> repository.optionalText("id", 255))
                        .ifPresent(repository -> labels.put("repository", repository));
                title = action(type) + " " + subjectId;
            }
        }
        root.optionalText("subject", 255).ifPresent(ceSubject -> labels.putIfAbsent("subject", ceSubject));
        if (id == null
                || source == null
                || at == null
                || subjectId == null
                || !root.validation().isValid()) {
            return List.of();
        }
        String link = content.optionalText("url", 2000).orElse(null);
        return List.of(ExternalEvent.of(
                "ce:" + source + " " + id, kind, at, title, link, kind.name() + ":" + subjectId, labels));
    }

    private static EventKind kindOf(String type) {
        if (type == null || !type.startsWith(CDEVENTS)) {
            return null;
        }
        String rest = type.substring(CDEVENTS.length());
        if (rest.startsWith("service.deployed.")
                || rest.startsWith("service.upgraded.")
                || rest.startsWith("service.rolledback.")) {
            return EventKind.DEPLOY;
        }
        if (rest.startsWith("environment.modified.")) {
            return EventKind.CONFIG_CHANGE;
        }
        if (rest.startsWith("change.merged.")) {
            return EventKind.CHANGE_MERGED;
        }
        return null;
    }

    /** "service.deployed" of "dev.cdevents.service.deployed.0.2.0": the CDEvents subject and predicate. */
    private static String action(String type) {
        String[] parts = type.substring(CDEVENTS.length()).split("\\.");
        return parts[0] + "." + parts[1];
    }
}

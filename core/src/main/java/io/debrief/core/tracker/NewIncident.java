package io.debrief.core.tracker;

import java.util.Map;
import java.util.Objects;

/**
 * An Incident issue a firing alert opens on its own (an event source set to open incidents): created in the source's
 * incident project, as the user the source acts as, with the alert's title as summary and a description the tracker
 * writes from the alert's labels, link and source.
 *
 * @param reporterKey the key of the user the issue is created as (the source's acting user)
 * @param link an http(s) URL back to the alert, or null
 * @param labels the alert's labels, in the order given
 */
public record NewIncident(
        String projectKey,
        String reporterKey,
        String summary,
        String sourceName,
        String alertKey,
        String link,
        Map<String, String> labels) {

    /** Jira's limit on a summary; longer alert titles are cut. */
    public static final int MAX_SUMMARY = 255;

    public NewIncident {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(reporterKey, "reporterKey");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(alertKey, "alertKey");
        summary = summary == null || summary.isBlank() ? alertKey : summary.strip();
        summary = summary.length() <= MAX_SUMMARY ? summary : summary.substring(0, MAX_SUMMARY - 1) + "\u2026";
        summary = summary.replaceAll("[\\r\\n]+", " ");
        labels = labels == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
    }
}

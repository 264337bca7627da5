package io.debrief.sandbox;

import io.debrief.core.common.IssueRef;
import java.time.Instant;
import java.util.List;

/** A sandbox issue as the host and feature modules see it (never the AO entity). */
public record SandboxIssue(
        long id,
        String key,
        String projectKey,
        String type,
        String summary,
        String status,
        String statusCategory,
        String assignee,
        String reporter,
        Instant created,
        Instant resolved,
        Instant due,
        String priority,
        Long parentId,
        String component,
        List<String> labels) {

    public static final String INCIDENT = "Incident";
    public static final String TASK = "Task";
    public static final String BUG = "Bug";
    public static final String DEBRIEF_CHECKPOINT = "Debrief checkpoint";

    public IssueRef ref() {
        return new IssueRef(id, key, projectKey);
    }
}

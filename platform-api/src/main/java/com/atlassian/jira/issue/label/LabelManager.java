// Mirrors: com.atlassian.jira.issue.label.LabelManager from jira-api 11.3.1; source: [S4] issue/label/LabelManager.java
// (6.3, User -> ApplicationUser since 7; addLabel(ApplicationUser, ...) seen in Jira 8 scripts). Evidence: C(6.3
// shape); no checked exceptions
package com.atlassian.jira.issue.label;

import com.atlassian.jira.user.ApplicationUser;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Set;

/** Reads and writes the system "labels" field of issues. */
public interface LabelManager {
    Set<Label> getLabels(Long issueId);

    Set<Label> setLabels(
            ApplicationUser remoteUser,
            Long issueId,
            Set<String> labels,
            boolean sendNotification,
            boolean causeChangeNotification);

    @Evidence(
            level = Level.OLDER,
            source =
                    "[S4] issue/label/LabelManager.java (6.3, User -> ApplicationUser since 7, addLabel(ApplicationUser, ...) seen in Jira 8 scripts)")
    Label addLabel(ApplicationUser remoteUser, Long issueId, String label, boolean sendNotification);

    @Evidence(level = Level.OLDER, source = "[S4] issue/label/LabelManager.java (6.3, User -> ApplicationUser since 7)")
    Label addLabel(
            ApplicationUser remoteUser, Long issueId, Long customFieldId, String label, boolean sendNotification);
}

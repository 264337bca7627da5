// Mirrors: com.atlassian.jira.issue.link.IssueLinkTypeManager from jira-api 11.3.1; source: [S3]
// mocks/MockIssueLinkTypeManager.java (8.20). Evidence: C(8.20)
package com.atlassian.jira.issue.link;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Collection;

/** Issue link types ("relates to", "is action item of", ...). */
public interface IssueLinkTypeManager {
    /** style is null for ordinary (non-system) link types. */
    @Evidence(level = Level.OLDER, source = "[S3] mocks/MockIssueLinkTypeManager.java (8.20)")
    void createIssueLinkType(String name, String outward, String inward, String style);

    Collection<IssueLinkType> getIssueLinkTypes();

    @Evidence(level = Level.OLDER, source = "[S3] mocks/MockIssueLinkTypeManager.java (8.20)")
    Collection<IssueLinkType> getIssueLinkTypesByName(String name);

    @Evidence(level = Level.OLDER, source = "[S3] mocks/MockIssueLinkTypeManager.java (8.20)")
    IssueLinkType getIssueLinkType(Long id);

    @Evidence(
            level = Level.OLDER,
            source =
                    "[S3] cures-condec-jira mocks/MockIssueLinkTypeManager.java (8.20, @Override), [S4] issue/link/IssueLinkTypeManager.java (6.3)")
    IssueLinkType getIssueLinkType(Long id, boolean excludeSystemLinks);
}

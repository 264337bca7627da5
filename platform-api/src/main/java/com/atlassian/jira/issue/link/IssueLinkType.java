// Mirrors: com.atlassian.jira.issue.link.IssueLinkType from jira-api 11.3.1; source: [S3] mocks/MockIssueLinkType.java
// (8.20). Evidence: C(8.20)
package com.atlassian.jira.issue.link;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** A kind of issue link with its outward and inward descriptions. */
public interface IssueLinkType extends Comparable<IssueLinkType> {
    @Evidence(level = Level.OLDER, source = "[S3] mocks/MockIssueLinkType.java (8.20)")
    Long getId();

    @Evidence(level = Level.OLDER, source = "[S3] mocks/MockIssueLinkType.java (8.20)")
    String getName();

    String getOutward();

    String getInward();

    String getStyle();

    boolean isSubTaskLinkType();

    boolean isSystemLinkType();
}

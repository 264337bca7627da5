// Mirrors: com.atlassian.jira.issue.comments.Comment from jira-api 11.3.1; source: [S2] (getId/getBody/getCreated/getUpdated), [S4] issue/comments/Comment.java (6.3). Evidence: C11 / C(6.3); getGroupLevel/getRoleLevelId C11 ([S2], JIRA-API-FACTS section 2)
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Date;

/** A comment on an issue. */
public interface Comment {
    Long getId();

    String getAuthorKey();

    ApplicationUser getAuthorApplicationUser();

    String getBody();

    Date getCreated();

    Date getUpdated();

    Issue getIssue();

    /** The group a restricted comment is visible to, or null (C11: [S2] reads it to skip restricted comments). */
    String getGroupLevel();

    /** The project role a restricted comment is visible to, or null (C11: [S2]). */
    Long getRoleLevelId();
}

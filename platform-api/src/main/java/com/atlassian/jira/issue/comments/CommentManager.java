// Mirrors: com.atlassian.jira.issue.comments.CommentManager from jira-api 11.3.1; source: [S1] ScrumPokerAction.java
// (getCommentsForUser), [S3] mocks/MockCommentManager.java (8.20). Evidence: getCommentsForUser C11, rest C(8.20)
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.List;

/** Reads and adds issue comments. */
public interface CommentManager {
    @Evidence(level = Level.OLDER, source = "[S3] mocks/MockCommentManager.java (8.20)")
    List<Comment> getComments(Issue issue);

    List<Comment> getCommentsForUser(Issue issue, ApplicationUser user);

    Comment create(Issue issue, ApplicationUser author, String body, boolean dispatchEvent);
}

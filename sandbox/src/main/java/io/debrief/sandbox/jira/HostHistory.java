package io.debrief.sandbox.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.sandbox.SandboxContext;
import io.debrief.sandbox.SandboxIssues;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An issue's change history (one change group per recorded change, oldest first), its comments (none restricted:
 * the sandbox has no comment visibility) and its watchers. The sandbox has no Watch button: its watchers are the
 * ones Jira's auto-watch (on by default) adds, the reporter when the issue is created and each commenter.
 */
final class HostHistory implements ChangeHistoryManager, CommentManager, WatcherManager {

    private final SandboxContext host;
    private final HostPeople people;
    private final Clock clock;

    HostHistory(SandboxContext host, HostPeople people, Clock clock) {
        this.host = host;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public List<ChangeHistory> getChangeHistories(Issue issue) {
        return host.issues().changes(issue.getId()).stream()
                .map(change -> (ChangeHistory) new Group(change))
                .toList();
    }

    @Override
    public List<ChangeItemBean> getChangeItemsForField(Issue issue, String fieldName) {
        return host.issues().changes(issue.getId()).stream()
                .filter(change -> change.field().equalsIgnoreCase(fieldName))
                .map(HostHistory::item)
                .toList();
    }

    private static ChangeItemBean item(SandboxIssues.Change change) {
        return new ChangeItemBean(ChangeItemBean.STATIC_FIELD, change.field(), null, change.from(), null, change.to());
    }

    /** One change group of one field change. */
    private final class Group extends ChangeHistory {
        private final SandboxIssues.Change change;

        Group(SandboxIssues.Change change) {
            this.change = change;
        }

        @Override
        public Long getId() {
            return change.id();
        }

        @Override
        public String getAuthorKey() {
            return change.author();
        }

        @Override
        public ApplicationUser getAuthorObject() {
            return people.getUserByKey(change.author());
        }

        @Override
        public Timestamp getTimePerformed() {
            return Timestamp.from(change.at());
        }

        @Override
        public List<ChangeItemBean> getChangeItemBeans() {
            return List.of(item(change));
        }

        @Override
        public Long getIssueId() {
            return change.issueId();
        }
    }

    @Override
    public List<Comment> getComments(Issue issue) {
        return host.issues().comments(issue.getId()).stream()
                .map(c -> (Comment) new HostComment(c, issue))
                .toList();
    }

    @Override
    public Collection<ApplicationUser> getWatchersUnsorted(Issue issue) {
        Set<ApplicationUser> watching = new LinkedHashSet<>();
        if (issue.getReporter() != null) {
            watching.add(issue.getReporter());
        }
        for (SandboxIssues.Comment comment : host.issues().comments(issue.getId())) {
            ApplicationUser author = comment.author() == null ? null : people.getUserByKey(comment.author());
            if (author != null) {
                watching.add(author);
            }
        }
        return watching;
    }

    @Override
    public List<Comment> getCommentsForUser(Issue issue, ApplicationUser user) {
        return people.hasPermission(com.atlassian.jira.permission.ProjectPermissions.BROWSE_PROJECTS, issue, user)
                ? getComments(issue)
                : List.of();
    }

    @Override
    public Comment create(Issue issue, ApplicationUser author, String body, boolean dispatchEvent) {
        SandboxIssues.Comment stored =
                host.issues().comment(issue.getId(), author == null ? null : author.getKey(), body, clock.instant());
        return new HostComment(stored, issue);
    }

    private final class HostComment implements Comment {
        private final SandboxIssues.Comment comment;
        private final Issue issue;

        HostComment(SandboxIssues.Comment comment, Issue issue) {
            this.comment = comment;
            this.issue = issue;
        }

        @Override
        public Long getId() {
            return comment.id();
        }

        @Override
        public String getAuthorKey() {
            return comment.author();
        }

        @Override
        public ApplicationUser getAuthorApplicationUser() {
            return people.getUserByKey(comment.author());
        }

        @Override
        public String getBody() {
            return comment.body();
        }

        @Override
        public Date getCreated() {
            return Date.from(comment.created());
        }

        @Override
        public Date getUpdated() {
            return Date.from(comment.created());
        }

        @Override
        public Issue getIssue() {
            return issue;
        }

        @Override
        public String getGroupLevel() {
            return null;
        }

        @Override
        public Long getRoleLevelId() {
            return null;
        }
    }
}

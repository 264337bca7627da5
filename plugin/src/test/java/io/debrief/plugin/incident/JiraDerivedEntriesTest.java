package io.debrief.plugin.incident;

import static io.debrief.plugin.jira.JiraFixtures.anIncident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import io.debrief.core.incident.Incident;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.EntrySource;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.plugin.jira.JiraIncidents;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public class JiraDerivedEntriesTest {

    private final IssueManager issues = mock(IssueManager.class);
    private final ChangeHistoryManager histories = mock(ChangeHistoryManager.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final JiraDerivedEntries derived = new JiraDerivedEntries(issues, histories, comments);

    private final MutableIssue issue = anIncident(10, "OPS-1").build();
    private final Incident incident = JiraIncidents.incident(issue);

    @BeforeEach
    void givenTheIncidentExists() {
        when(issues.getIssueObject(10L)).thenReturn(issue);
        when(histories.getChangeHistories(issue)).thenReturn(List.of());
        when(comments.getComments(issue)).thenReturn(List.of());
    }

    @Test
    void statusChangesBecomeEntriesWithTheirHistoryId() {
        givenHistories(
                history(501, "2026-03-01T10:05:00Z", item("status", "Open", "In Progress"), item("assignee", "a", "b")),
                history(502, "2026-03-01T10:06:00Z", item("assignee", "b", "c")));

        List<TimelineEntry> entries = derived.of(incident);

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(EntryKind.STATUS_CHANGE);
            assertThat(entry.source()).isEqualTo(EntrySource.JIRA_HISTORY);
            assertThat(entry.sourceRef()).isEqualTo("history:501:status");
            assertThat(entry.at()).isEqualTo(Instant.parse("2026-03-01T10:05:00Z"));
            assertThat(entry.text()).contains("Open").contains("In Progress");
        });
    }

    @Test
    void onlyUnrestrictedCommentsReachTheTimeline() {
        givenComments(
                comment(1, "Public note", null, null),
                comment(2, "Admins only", "jira-administrators", null),
                comment(3, "Developers only", null, 10002L));

        List<TimelineEntry> entries = derived.of(incident);

        assertThat(entries).extracting(TimelineEntry::sourceRef).containsExactly("comment:1");
        assertThat(entries.get(0).text()).isEqualTo("Public note");
        assertThat(entries.get(0).kind()).isEqualTo(EntryKind.COMMENT);
    }

    @Test
    void theSameOriginNeverAppearsTwice() {
        givenHistories(
                history(501, "2026-03-01T10:05:00Z", item("status", "Open", "Done")),
                history(501, "2026-03-01T10:05:00Z", item("status", "Open", "Done")));
        givenComments(comment(1, "Note", null, null), comment(1, "Note", null, null));

        assertThat(derived.of(incident))
                .extracting(TimelineEntry::sourceRef)
                .containsExactly("history:501:status", "comment:1");
    }

    @Test
    void longCommentsAreCutAtAWordNearTheLimit() {
        String body = "word ".repeat(300);
        givenComments(comment(1, body, null, null));

        String text = derived.of(incident).get(0).text();

        assertThat(text)
                .hasSizeLessThanOrEqualTo(io.debrief.core.timeline.CommentExcerpt.MAX_CHARS)
                .endsWith("word\u2026");
    }

    @Test
    void aDeletedIssueHasNoDerivedEntries() {
        when(issues.getIssueObject(10L)).thenReturn(null);

        assertThat(derived.of(incident)).isEmpty();
    }

    private void givenHistories(ChangeHistory... changes) {
        when(histories.getChangeHistories(issue)).thenReturn(List.of(changes));
    }

    private void givenComments(Comment... list) {
        when(comments.getComments(issue)).thenReturn(List.of(list));
    }

    static ChangeHistory history(long id, String at, ChangeItemBean... items) {
        ChangeHistory history = mock(ChangeHistory.class);
        when(history.getId()).thenReturn(id);
        when(history.getTimePerformed()).thenReturn(Timestamp.from(Instant.parse(at)));
        when(history.getChangeItemBeans()).thenReturn(List.of(items));
        when(history.getAuthorKey()).thenReturn("alice");
        return history;
    }

    public static ChangeItemBean item(String field, String from, String to) {
        return new ChangeItemBean(ChangeItemBean.STATIC_FIELD, field, from, from, to, to);
    }

    private static Comment comment(long id, String body, String group, Long role) {
        Comment comment = mock(Comment.class);
        when(comment.getId()).thenReturn(id);
        when(comment.getBody()).thenReturn(body);
        when(comment.getCreated()).thenReturn(Date.from(Instant.parse("2026-03-01T10:10:00Z")));
        when(comment.getGroupLevel()).thenReturn(group);
        when(comment.getRoleLevelId()).thenReturn(role);
        when(comment.getAuthorKey()).thenReturn("bob");
        return comment;
    }
}

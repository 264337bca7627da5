package io.debrief.plugin.followthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.debrief.core.common.IssueRef;
import io.debrief.core.followthrough.Digest;
import io.debrief.core.followthrough.Reminder;
import io.debrief.core.followthrough.ReminderKind;
import io.debrief.plugin.web.i18n.BundleMessages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Reminders and digests as mails in Jira's queue: addressed, worded from i18n, escaped, linked (issue 16). */
class JiraOutboxTest {

    private static final IssueRef ITEM = new IssueRef(7001, "OPS-7", "OPS");
    private static final IssueRef INCIDENT = new IssueRef(901, "OPS-1", "OPS");

    private final MailQueue queue = mock(MailQueue.class);
    private final UserManager users = mock(UserManager.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final JiraOutbox outbox =
            new JiraOutbox(queue, users, application, BundleMessages.discover(Locale.ENGLISH));

    @BeforeEach
    void givenTheSiteAndAlice() {
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com/");
        givenUser("alice", "alice@example.com", true);
    }

    private void givenUser(String key, String address, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getEmailAddress()).thenReturn(address);
        when(user.isActive()).thenReturn(active);
        when(users.getUserByKey(key)).thenReturn(user);
    }

    private Email queued() {
        ArgumentCaptor<MailQueueItem> item = ArgumentCaptor.forClass(MailQueueItem.class);
        verify(queue).addItem(item.capture());
        return ((SingleMailQueueItem) item.getValue()).getEmail();
    }

    @Test
    void a_reminder_goes_to_the_assignees_address_escaped_and_linked() {
        // when
        boolean sent = outbox.remind(new Reminder(
                "alice",
                ReminderKind.OVERDUE,
                ITEM,
                "Alert <b>before</b> the queue & disk fill",
                LocalDate.parse("2026-05-01"),
                INCIDENT));

        // then
        assertThat(sent).isTrue();
        Email email = queued();
        assertThat(email.getTo()).isEqualTo("alice@example.com");
        assertThat(email.getSubject())
                .isEqualTo("[Debrief] OPS-7 is overdue: Alert <b>before</b> the queue & disk fill");
        assertThat(email.getMimeType()).isEqualTo("text/html");
        assertThat(email.getEncoding()).isEqualTo("UTF-8");
        assertThat(email.getBody())
                .contains("Alert &lt;b&gt;before&lt;/b&gt; the queue &amp; disk fill")
                .doesNotContain("<b>before")
                .contains("was due on 2026-05-01")
                .contains("<a href=\"https://jira.example.com/browse/OPS-7\">OPS-7</a>")
                .contains("<a href=\"https://jira.example.com/browse/OPS-1\">OPS-1</a>")
                .contains("https://jira.example.com/plugins/servlet/debrief/library#debrief-reminders");
    }

    @Test
    void a_digest_lists_each_part_with_its_count_and_links() {
        // when
        outbox.digest(new Digest(
                "alice",
                "OPS",
                LocalDate.parse("2026-05-04"),
                List.of(new Digest.OverdueItem(ITEM, LocalDate.parse("2026-04-30"), null)),
                List.of(new Digest.CheckpointDue(INCIDENT, Instant.parse("2026-04-28T10:00:00Z"))),
                List.of(new IssueRef(903, "OPS-3", "OPS"))));

        // then
        Email email = queued();
        assertThat(email.getSubject()).isEqualTo("[Debrief] OPS: the week from 2026-05-04");
        assertThat(email.getBody())
                .contains("Overdue action items: 1")
                .contains("Checkpoints coming due: 1")
                .contains("Debriefs overdue: 1")
                .contains("https://jira.example.com/browse/OPS-7")
                .contains("debrief held 2026-04-28")
                .contains("https://jira.example.com/browse/OPS-3");
    }

    @Test
    void nobody_without_an_address_or_deactivated_or_gone_is_written_to() {
        givenUser("bob", " ", true);
        givenUser("carol", "carol@example.com", false);
        Reminder toBob = new Reminder("bob", ReminderKind.DUE_SOON, ITEM, "x", LocalDate.parse("2026-05-01"), null);

        assertThat(outbox.remind(toBob)).isFalse();
        assertThat(outbox.remind(
                        new Reminder("carol", ReminderKind.DUE_SOON, ITEM, "x", LocalDate.parse("2026-05-01"), null)))
                .isFalse();
        assertThat(outbox.remind(
                        new Reminder("gone", ReminderKind.DUE_SOON, ITEM, "x", LocalDate.parse("2026-05-01"), null)))
                .isFalse();
        verify(queue, never()).addItem(any());
    }
}

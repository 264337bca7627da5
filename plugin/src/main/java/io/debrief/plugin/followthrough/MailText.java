package io.debrief.plugin.followthrough;

import io.debrief.core.common.IssueRef;
import io.debrief.core.followthrough.Digest;
import io.debrief.core.followthrough.Reminder;
import io.debrief.core.followthrough.ReminderKind;
import io.debrief.plugin.web.i18n.Messages;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The words of a reminder and of a digest: subject and HTML body from the plugin's i18n keys, every value from Jira
 * (summaries, keys) HTML-escaped, each issue linked at the site's base URL.
 */
final class MailText {

    /** A mail's subject and HTML body. */
    record Mail(String subject, String html) {}

    private final Messages messages;
    private final String baseUrl;

    MailText(Messages messages, String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    Mail reminder(Reminder reminder) {
        boolean overdue = reminder.kind() == ReminderKind.OVERDUE;
        String subject = messages.text(
                overdue ? "debrief.mail.reminder.overdue.subject" : "debrief.mail.reminder.due.subject",
                reminder.item().key(),
                reminder.summary());
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<p>")
                .append(escape(messages.text(
                        overdue ? "debrief.mail.reminder.overdue.body" : "debrief.mail.reminder.due.body",
                        reminder.item().key(),
                        reminder.due().toString())))
                .append("</p><p>")
                .append(link(reminder.item()))
                .append(' ')
                .append(escape(reminder.summary()))
                .append("</p>");
        if (reminder.incident() != null) {
            html.append("<p>")
                    .append(escape(messages.text("debrief.mail.reminder.incident")))
                    .append(' ')
                    .append(link(reminder.incident()))
                    .append("</p>");
        }
        html.append("<p>")
                .append(escape(messages.text("debrief.mail.reminder.optout")))
                .append(" <a href=\"")
                .append(escape(baseUrl + "/plugins/servlet/debrief/library#debrief-reminders"))
                .append("\">")
                .append(escape(messages.text("debrief.mail.reminder.optout.link")))
                .append("</a></p></body></html>");
        return new Mail(subject, html.toString());
    }

    Mail digest(Digest digest) {
        String subject = messages.text(
                "debrief.mail.digest.subject",
                digest.projectKey(),
                digest.week().toString());
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<p>")
                .append(escape(messages.text(
                        "debrief.mail.digest.intro",
                        digest.projectKey(),
                        digest.week().toString())))
                .append("</p>");
        section(html, "debrief.mail.digest.overdue.items", digest.overdueItems().size());
        for (Digest.OverdueItem item : digest.overdueItems()) {
            html.append("<li>")
                    .append(link(item.item()))
                    .append(' ')
                    .append(escape(
                            messages.text("debrief.mail.digest.due", item.due().toString())));
            if (item.incident() != null) {
                html.append(escape(messages.text("debrief.mail.digest.incident")))
                        .append(' ')
                        .append(link(item.incident()));
            }
            html.append("</li>");
        }
        html.append("</ul>");
        section(
                html,
                "debrief.mail.digest.checkpoints.due",
                digest.checkpointsDue().size());
        for (Digest.CheckpointDue due : digest.checkpointsDue()) {
            html.append("<li>")
                    .append(link(due.incident()))
                    .append(' ')
                    .append(escape(messages.text(
                            "debrief.mail.digest.held",
                            DateTimeFormatter.ISO_LOCAL_DATE.format(due.heldAt().atOffset(ZoneOffset.UTC)))))
                    .append("</li>");
        }
        html.append("</ul>");
        section(
                html,
                "debrief.mail.digest.debriefs.overdue",
                digest.debriefsOverdue().size());
        for (IssueRef incident : digest.debriefsOverdue()) {
            html.append("<li>").append(link(incident)).append("</li>");
        }
        html.append("</ul></body></html>");
        return new Mail(subject, html.toString());
    }

    private void section(StringBuilder html, String key, int count) {
        html.append("<h3>").append(escape(messages.text(key, count))).append("</h3><ul>");
    }

    private String link(IssueRef issue) {
        return "<a href=\"" + escape(baseUrl + "/browse/" + issue.key()) + "\">" + escape(issue.key()) + "</a>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}

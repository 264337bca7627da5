package io.debrief.plugin.followthrough;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.debrief.core.followthrough.Digest;
import io.debrief.core.followthrough.Outbox;
import io.debrief.core.followthrough.Reminder;
import io.debrief.plugin.web.i18n.Messages;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/**
 * Reminders and digests handed to Jira's mail queue ({@code MailQueue.addItem(new SingleMailQueueItem(email))}), which
 * sends them through the SMTP server the Jira administrator configured; links use the site's canonical base URL.
 */
@Component
class JiraOutbox implements Outbox {

    private final MailQueue queue;
    private final UserManager users;
    private final ApplicationProperties application;
    private final Messages messages;

    @Inject
    JiraOutbox(
            @ComponentImport MailQueue queue,
            @ComponentImport UserManager users,
            @ComponentImport ApplicationProperties application,
            Messages messages) {
        this.queue = queue;
        this.users = users;
        this.application = application;
        this.messages = messages;
    }

    @Override
    public boolean remind(Reminder reminder) {
        return send(reminder.recipientKey(), text().reminder(reminder));
    }

    @Override
    public boolean digest(Digest digest) {
        return send(digest.recipientKey(), text().digest(digest));
    }

    private MailText text() {
        return new MailText(messages, application.getBaseUrl(UrlMode.CANONICAL));
    }

    /** False when the person is gone, deactivated or has no address. */
    private boolean send(String userKey, MailText.Mail mail) {
        ApplicationUser user = users.getUserByKey(userKey);
        if (user == null
                || !user.isActive()
                || user.getEmailAddress() == null
                || user.getEmailAddress().isBlank()) {
            return false;
        }
        Email email = new Email(user.getEmailAddress())
                .setSubject(mail.subject())
                .setBody(mail.html())
                .setMimeType("text/html")
                .setEncoding("UTF-8");
        queue.addItem(new SingleMailQueueItem(email));
        return true;
    }
}

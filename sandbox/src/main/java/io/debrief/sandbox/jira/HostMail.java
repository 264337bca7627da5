package io.debrief.sandbox.jira;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.debrief.sandbox.SandboxContext;

/**
 * Jira's mail queue and SAL's application properties on the sandbox: a queued email is sent at once over SMTP to the
 * sandbox's mail server (Jira sends its queue every minute through the SMTP server its administrator configured);
 * the base URL is where the sandbox serves.
 */
final class HostMail implements MailQueue, ApplicationProperties {

    private final SandboxContext host;

    HostMail(SandboxContext host) {
        this.host = host;
    }

    @Override
    public void addItem(MailQueueItem item) {
        if (!(item instanceof SingleMailQueueItem single)) {
            throw new UnsupportedOperationException("the sandbox's mail queue sends SingleMailQueueItem only: " + item);
        }
        Email email = single.getEmail();
        host.mail().send(email.getTo(), email.getSubject(), email.getBody(), email.getMimeType(), email.getEncoding());
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return host.baseUrl();
    }

    @Override
    public String getDisplayName() {
        return "Jira (Debrief sandbox)";
    }
}

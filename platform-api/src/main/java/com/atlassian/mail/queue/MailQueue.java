// Mirrors: com.atlassian.mail.queue.MailQueue from atlassian-mail (Jira's mail library); source: [S5]
// ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/queue/MailQueue.java (5.3.0);
// imported as an OSGi service and fed with addItem(new SingleMailQueueItem(email)) by
// the PAT plugin [S5] com.atlassian.pats.pats-plugin-1.4.7/.../config/JiraPersonalTokenConfig.java and
// .../notifications/mail/services/JiraMailService.java. Evidence: C(5.3.0)
// Only addItem is declared; the real interface also has sendBuffer, size, errorSize, getQueue, ... (not used).
package com.atlassian.mail.queue;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Jira's outgoing mail queue: items added are sent by Jira's mail queue job through the configured SMTP server. */
public interface MailQueue {
    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/queue/MailQueue.java (5.3.0); pats-plugin-1.4.7 JiraMailService.sendMail")
    void addItem(MailQueueItem item);
}

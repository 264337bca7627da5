// Mirrors: com.atlassian.mail.queue.SingleMailQueueItem from atlassian-mail (Jira's mail library); source: [S5]
// ngannk-fptu/Decompiled-Files
// com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/queue/SingleMailQueueItem.java (5.3.0); new
// SingleMailQueueItem(email) in the PAT plugin [S5]
// com.atlassian.pats.pats-plugin-1.4.7/.../notifications/mail/services/ProductMailService.java. Evidence: C(5.3.0)
// Value behaviour as in the real class (read in 5.3.0): it holds the email it was made with and getEmail returns it.
// send() (the real one sends through the default SMTP server) is not stood in: the host's queue sends.
package com.atlassian.mail.queue;

import com.atlassian.mail.Email;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** A queue item that sends one email. */
public class SingleMailQueueItem extends AbstractMailQueueItem {
    private final Email email;

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/queue/SingleMailQueueItem.java (5.3.0); pats-plugin-1.4.7 ProductMailService.getQueueItem")
    public SingleMailQueueItem(Email email) {
        this.email = email;
    }

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/queue/SingleMailQueueItem.java (5.3.0)")
    public Email getEmail() {
        return email;
    }
}

// Mirrors: com.atlassian.mail.Email from atlassian-mail (Jira's mail library); source: [S5]
// ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/Email.java (5.3.0); used as
// new Email(to).setSubject/setBody/setMimeType/setEncoding by the PAT plugin
// [S5] com.atlassian.pats.pats-plugin-1.4.7/.../notifications/mail/services/ProductMailService.java. Evidence: C(5.3.0)
// Value behaviour as in the real class (read in 5.3.0): each setter stores its value and returns this; each getter
// returns it. The real class has more fields (cc, bcc, from, headers, multipart) that are not stood in.
package com.atlassian.mail;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** One mail message: recipients, subject, body and its MIME type. */
public class Email {
    private String to;
    private String subject;
    private String body;
    private String mimeType;
    private String encoding;

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/Email.java (5.3.0); pats-plugin-1.4.7 ProductMailService")
    public Email(String to) {
        this.to = to;
    }

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/Email.java (5.3.0); pats-plugin-1.4.7 ProductMailService")
    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/Email.java (5.3.0); pats-plugin-1.4.7 ProductMailService")
    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/Email.java (5.3.0); pats-plugin-1.4.7 ProductMailService")
    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/Email.java (5.3.0); pats-plugin-1.4.7 ProductMailService")
    public Email setEncoding(String encoding) {
        this.encoding = encoding;
        return this;
    }

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/Email.java (5.3.0)")
    public String getTo() {
        return to;
    }

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/Email.java (5.3.0)")
    public String getSubject() {
        return subject;
    }

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/Email.java (5.3.0)")
    public String getBody() {
        return body;
    }

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/Email.java (5.3.0)")
    public String getMimeType() {
        return mimeType;
    }

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/Email.java (5.3.0)")
    public String getEncoding() {
        return encoding;
    }
}

// Mirrors: com.atlassian.mail.queue.AbstractMailQueueItem from atlassian-mail (Jira's mail library); source: [S5]
// ngannk-fptu/Decompiled-Files
// com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/queue/AbstractMailQueueItem.java (5.3.0). Evidence:
// C(5.3.0)
// The superclass of SingleMailQueueItem; none of its members is used, so none is declared.
package com.atlassian.mail.queue;

/** The base of Jira's mail queue items. */
public abstract class AbstractMailQueueItem implements MailQueueItem {}

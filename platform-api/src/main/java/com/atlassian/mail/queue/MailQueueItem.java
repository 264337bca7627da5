// Mirrors: com.atlassian.mail.queue.MailQueueItem from atlassian-mail (Jira's mail library); source: [S5]
// ngannk-fptu/Decompiled-Files com.atlassian.mail_atlassian-mail-5.3.0/com/atlassian/mail/queue/MailQueueItem.java
// (5.3.0). Evidence: C(5.3.0)
// The real interface extends Comparable<MailQueueItem> and declares send, getSubject, getDateQueued, getSendCount and
// hasError; the plugin only passes items to MailQueue.addItem, so none is declared (it never implements this type).
package com.atlassian.mail.queue;

/** Something the mail queue can send. */
public interface MailQueueItem {}

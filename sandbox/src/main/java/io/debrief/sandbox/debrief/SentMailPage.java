package io.debrief.sandbox.debrief;

import io.debrief.sandbox.I18n;
import io.debrief.sandbox.SandboxMail;
import java.util.List;

/**
 * The sandbox's sent-mail page: what its SMTP server received, newest first, each with its recipients, subject, the
 * mail itself and its links. Every value is escaped here; the mail's own HTML is shown only inside a sandboxed frame
 * ({@code srcdoc}, no scripts), as a mail program would show it.
 */
final class SentMailPage {

    private SentMailPage() {}

    static String html(List<SandboxMail.Received> received, I18n i18n) {
        StringBuilder html = new StringBuilder("<section class=\"sandbox-mail\"><h1>")
                .append(escape(i18n.getText("debrief.sandbox.mail.title")))
                .append("</h1>");
        if (received.isEmpty()) {
            return html.append("<p class=\"sandbox-mail-empty\">")
                    .append(escape(i18n.getText("debrief.sandbox.mail.none")))
                    .append("</p></section>")
                    .toString();
        }
        html.append("<table class=\"aui sandbox-mail-list\"><thead><tr><th>")
                .append(escape(i18n.getText("debrief.sandbox.mail.to")))
                .append("</th><th>")
                .append(escape(i18n.getText("debrief.sandbox.mail.subject")))
                .append("</th><th>")
                .append(escape(i18n.getText("debrief.sandbox.mail.body")))
                .append("</th></tr></thead><tbody>");
        for (int i = received.size() - 1; i >= 0; i--) {
            SandboxMail.Received mail = received.get(i);
            html.append("<tr class=\"sandbox-mail-row\"><td>")
                    .append(escape(String.join(", ", mail.to())))
                    .append("</td><td>")
                    .append(escape(mail.subject()))
                    .append("</td><td>")
                    // the mail as a mail program shows it: its own HTML in a sandboxed frame (no scripts), links
                    // opening in the sandbox's window
                    .append("<iframe class=\"sandbox-mail-body\" title=\"")
                    .append(escape(mail.subject()))
                    .append("\" sandbox=\"allow-top-navigation-by-user-activation allow-popups\" srcdoc=\"")
                    .append(escape("<base target=\"_top\">" + mail.body()))
                    .append("\" style=\"width:100%;height:12em;border:1px solid #dfe1e6\"></iframe>")
                    .append("<p class=\"sandbox-mail-links\">");
            for (String link : mail.links().stream().distinct().toList()) {
                html.append("<a href=\"")
                        .append(escape(link))
                        .append("\">")
                        .append(escape(link.substring(link.lastIndexOf('/') + 1)))
                        .append("</a> ");
            }
            html.append("</p></td></tr>");
        }
        return html.append("</tbody></table></section>").toString();
    }

    static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#39;");
    }
}

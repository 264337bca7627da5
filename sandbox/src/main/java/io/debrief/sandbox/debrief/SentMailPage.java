package io.debrief.sandbox.debrief;

import io.debrief.sandbox.I18n;
import io.debrief.sandbox.SandboxMail;
import java.util.List;

/**
 * The sandbox's sent-mail page: what its SMTP server received, newest first, each with its recipients, subject,
 * links and text. Every value is escaped here; the mail's own HTML is shown as text, never rendered.
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
                    .append("</td><td><p>")
                    .append(escape(text(mail.body())))
                    .append("</p><ul>");
            for (String link : mail.links()) {
                html.append("<li><a href=\"")
                        .append(escape(link))
                        .append("\">")
                        .append(escape(link))
                        .append("</a></li>");
            }
            html.append("</ul></td></tr>");
        }
        return html.append("</tbody></table></section>").toString();
    }

    /** The mail's words without its markup, entities read back, whitespace folded. */
    static String text(String body) {
        return body.replaceAll("<[^>]*>", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
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

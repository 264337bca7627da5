package io.debrief.sandbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox's mail: an embedded SMTP server (GreenMail) on a free port of 127.0.0.1, the mail server Jira's mail
 * queue sends to here, and what it received, for the sent-mail page and for tests. Mail is sent to it over SMTP with
 * jakarta.mail, as Jira's queue sends to the SMTP server its administrator configured.
 */
public final class SandboxMail implements AutoCloseable {

    static final String FROM = "jira@sandbox.debrief.io";
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private final GreenMail server;

    private SandboxMail(GreenMail server) {
        this.server = server;
    }

    /** Starts the SMTP server on a free port. */
    public static SandboxMail start() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        return new SandboxMail(server);
    }

    public int smtpPort() {
        return server.getSmtp().getPort();
    }

    /** Sends one message over SMTP to the embedded server; it has arrived when this returns. */
    public void send(String to, String subject, String body, String mimeType, String encoding) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(smtpPort()));
        Session session = Session.getInstance(properties);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(FROM));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, encoding == null ? "UTF-8" : encoding);
            message.setContent(
                    body,
                    (mimeType == null ? "text/plain" : mimeType) + "; charset="
                            + (encoding == null ? "UTF-8" : encoding));
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("the sandbox's SMTP server refused a mail to " + to, e);
        }
    }

    /** Every message the server received, oldest first. */
    public List<Received> received() {
        List<Received> all = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                // decoded (quoted-printable or base64 on the wire) as the reader's mail program shows it
                Object content = message.getContent();
                String body = content instanceof String text ? text : GreenMailUtil.getBody(message);
                List<String> links = new ArrayList<>();
                Matcher href = HREF.matcher(body);
                while (href.find()) {
                    links.add(href.group(1).replace("&amp;", "&"));
                }
                all.add(new Received(
                        Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .map(address -> ((InternetAddress) address).getAddress())
                                .toList(),
                        message.getSubject(),
                        body,
                        links));
            } catch (MessagingException | java.io.IOException e) {
                throw new IllegalStateException("a received mail could not be read", e);
            }
        }
        return all;
    }

    @Override
    public void close() {
        server.stop();
    }

    /** One message as the SMTP server received it: its recipients, subject, body (as sent) and the links in it. */
    public record Received(List<String> to, String subject, String body, List<String> links) {
        public Received {
            to = List.copyOf(to);
            links = List.copyOf(links);
        }
    }
}

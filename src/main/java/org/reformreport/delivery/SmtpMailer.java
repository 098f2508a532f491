package org.reformreport.delivery;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.file.Path;
import java.util.Date;
import java.util.Properties;
import org.reformreport.support.FileHashes;

/**
 * Composes the messages (plain text and HTML, attachments with their Chinese names) and sends a
 * batch of them over one SMTP connection, reconnecting only when the server dropped it.
 */
public class SmtpMailer {

    static {
        MimeSettings.install();
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MailSettings settings;
    private final String password;
    private final Session session;

    /** @param password from the environment ({@value MailSettings#PASSWORD_VARIABLE}); null or blank for none */
    public SmtpMailer(MailSettings settings, String password) {
        this.settings = settings;
        this.password = password == null || password.isEmpty() ? null : password;
        this.session = Session.getInstance(properties(settings));
    }

    private static Properties properties(MailSettings s) {
        Properties p = new Properties();
        String protocol = s.security() == MailSettings.Security.SSL ? "smtps" : "smtp";
        String timeout = Long.toString(s.timeout().toMillis());
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", s.host());
        p.put("mail." + protocol + ".port", Integer.toString(s.port()));
        p.put("mail." + protocol + ".connectiontimeout", timeout);
        p.put("mail." + protocol + ".timeout", timeout);
        p.put("mail." + protocol + ".writetimeout", timeout);
        p.put("mail." + protocol + ".from", s.from());
        if (s.security() == MailSettings.Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (s.security() != MailSettings.Security.NONE) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        if (!s.username().isBlank()) {
            p.put("mail." + protocol + ".auth", "true");
        }
        return p;
    }

    /** What a batch did, message by message. */
    public interface Outcomes {
        void sent(OutboxMessage message);

        void failed(OutboxMessage message, Exception cause);
    }

    /** What the sender needs for one message: the outbox entry and its words. */
    public record Outgoing(OutboxMessage message, MailText.Body body) {}

    /**
     * Sends the messages over one connection. A message the server refuses does not stop the
     * others, nor does one after which the server dropped the connection: the next message opens a
     * new one. A connection that cannot be made (or a refused login) fails every message left.
     */
    public void sendBatch(java.util.List<Outgoing> batch, Path monthFolder, Outcomes outcomes) {
        Transport transport = null;
        try {
            for (int i = 0; i < batch.size(); i++) {
                Outgoing o = batch.get(i);
                MimeMessage mime;
                try {
                    mime = compose(o, monthFolder);
                } catch (IOException | MessagingException e) {
                    outcomes.failed(o.message(), e);
                    continue;
                }
                if (transport == null || !transport.isConnected()) {
                    close(transport);
                    try {
                        transport = session.getTransport();
                        transport.connect(
                                settings.host(),
                                settings.port(),
                                settings.username().isBlank() ? null : settings.username(),
                                password);
                    } catch (MessagingException e) {
                        // no connection to be had: the rest of the batch would fail the same way
                        for (int j = i; j < batch.size(); j++) {
                            outcomes.failed(batch.get(j).message(), e);
                        }
                        return;
                    }
                }
                try {
                    transport.sendMessage(mime, mime.getAllRecipients());
                    outcomes.sent(o.message());
                } catch (MessagingException e) {
                    // refused, or the connection dropped: the next message reconnects if need be
                    outcomes.failed(o.message(), e);
                }
            }
        } finally {
            close(transport);
        }
    }

    /** The message as it goes out: From/Reply-To from the settings, a body in two forms, the attachments. */
    MimeMessage compose(Outgoing o, Path monthFolder) throws MessagingException, IOException {
        OutboxMessage m = o.message();
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(address(settings.from(), settings.fromName()));
        if (!settings.replyTo().isBlank()) {
            mime.setReplyTo(new Address[] {new InternetAddress(settings.replyTo(), true)});
        }
        mime.setRecipient(Message.RecipientType.TO, address(m.key().recipient(), m.recipientName()));
        mime.setSubject(m.subject(), "UTF-8");
        mime.setSentDate(new Date());
        // an automatic report: out-of-office replies should not answer it (RFC 3834)
        mime.setHeader("Auto-Submitted", "auto-generated");
        mime.setHeader("X-Reform-Report", "run " + m.runId() + "; outbox " + m.id());

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(o.body().text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(o.body().html(), "UTF-8", "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        for (PlannedMessage.Attachment a : m.attachments()) {
            Path file = monthFolder.resolve(a.path());
            String sha = FileHashes.sha256(file);
            if (!sha.equals(a.sha256())) {
                throw new IOException("attachment " + a.path() + " changed since the run published it" + " (sha256 "
                        + sha + ", recorded " + a.sha256() + ")");
            }
            MimeBodyPart part = new MimeBodyPart();
            part.attachFile(file.toFile(), a.path().endsWith(".xlsx") ? XLSX : "application/pdf", "base64");
            part.setDisposition(MimePart.ATTACHMENT);
            part.setFileName(a.fileName());
            mixed.addBodyPart(part);
        }
        mime.setContent(mixed);
        mime.saveChanges();
        return mime;
    }

    private static InternetAddress address(String email, String name) throws UnsupportedEncodingException {
        return name == null || name.isBlank()
                ? new InternetAddress(email, null, "UTF-8")
                : new InternetAddress(email, name, "UTF-8");
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is being given up anyway
            }
        }
    }
}

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
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.file.Path;
import java.util.Date;
import org.reformreport.support.FileHashes;

/**
 * Composes the messages (plain text and HTML, attachments with their Chinese names, see {@link
 * Attachments}) and sends a batch of them over one SMTP connection, reconnecting only when the
 * server dropped it.
 */
public class SmtpMailer {

    static {
        MimeSettings.install();
    }

    private final MailSettings settings;
    private final SmtpConnection smtp;
    private final Session session;

    /** @param smtp the server (spring.mail, with its reform.mail aliases), password included */
    public SmtpMailer(MailSettings settings, SmtpConnection smtp) {
        this.settings = settings;
        this.smtp = smtp;
        this.session = Session.getInstance(smtp.sessionProperties());
    }

    /** The Jakarta Mail session the messages are sent through (its properties are the connection's). */
    Session session() {
        return session;
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
                        transport.connect(smtp.host(), smtp.port(), smtp.username(), smtp.password());
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
        mime.setSubject(m.subject(), charset(m.subject()));
        mime.setSentDate(new Date());
        // an automatic report: out-of-office replies should not answer it (RFC 3834)
        mime.setHeader("Auto-Submitted", "auto-generated");
        mime.setHeader("X-Reform-Report", "run " + m.runId() + "; outbox " + m.id());

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(o.body().text(), charset(o.body().text()), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(o.body().html(), charset(o.body().html()), "html");
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
            mixed.addBodyPart(Attachments.part(file, a.fileName()));
        }
        mime.setContent(mixed);
        mime.saveChanges();
        return mime;
    }

    private InternetAddress address(String email, String name) throws UnsupportedEncodingException {
        return name == null || name.isBlank()
                ? new InternetAddress(email, null, "UTF-8")
                : new InternetAddress(email, name, charset(name));
    }

    /** spring.mail.default-encoding where it can write the text, UTF-8 where it cannot (a name in GBK with an emoji). */
    private String charset(String text) {
        return smtp.charset().newEncoder().canEncode(text) ? smtp.charset().name() : "UTF-8";
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

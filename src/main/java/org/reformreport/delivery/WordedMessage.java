package org.reformreport.delivery;

import java.util.List;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.support.ContentFingerprint;

/**
 * A message whose words are decided when it is planned, not when it is sent: the weekly round's
 * receipts, reminders and notices, which say what the intake found at that moment.
 *
 * @param topic     what it is about ({@code file:<id>}, {@code week:<monday>}): each unit is told once per topic
 * @param month     the report month it concerns (the outbox files it under that month)
 * @param noAddress the unit (or the office) has no usable address: recorded so the office sees it, not sent
 */
public record WordedMessage(
        MessageKey key,
        String topic,
        ReportMonth month,
        String recipientName,
        String subject,
        MailText.Body words,
        List<PlannedMessage.Attachment> attachments,
        boolean noAddress) {

    /** What the message says, as the outbox keeps it beside the message. */
    public String fingerprint() {
        ContentFingerprint f =
                new ContentFingerprint().add(key.kind()).add(topic).add(subject).add(words.text());
        attachments.forEach(a -> f.add(a.sha256()));
        return f.hex();
    }
}

package org.reformreport.delivery;

import java.util.List;

/** A recorded message waiting to be sent (or re-sent), as the outbox holds it. */
public record OutboxMessage(
        long id,
        long runId,
        MessageKey key,
        String recipientName,
        String subject,
        boolean correction,
        List<PlannedMessage.Attachment> attachments,
        int attempts) {}

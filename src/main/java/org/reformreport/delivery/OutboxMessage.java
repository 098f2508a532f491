package org.reformreport.delivery;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A recorded message waiting to be sent (or re-sent), as the outbox holds it.
 *
 * @param words the words recorded with it (the weekly round's messages), or null for a month's
 *              message, worded from the month's figures when it is sent
 */
public record OutboxMessage(
        long id,
        long runId,
        MessageKey key,
        String recipientName,
        String subject,
        boolean correction,
        List<PlannedMessage.Attachment> attachments,
        int attempts,
        MailText.@Nullable Body words) {}

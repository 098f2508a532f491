package org.reformreport.delivery;

/** Where a message of the outbox stands. */
public enum OutboxStatus {
    /** Recorded, not yet delivered (also between retries). */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up on in this run (a permanent refusal, or every attempt failed); `resend` tries again. */
    FAILED,
    /** The recipient already received exactly this in an earlier revision: not sent again. */
    UNCHANGED,
    /** A later revision of the month replaced it before it was delivered. */
    SUPERSEDED,
    /** A unit with no usable address: recorded so the office sees who got nothing. */
    NO_ADDRESS
}

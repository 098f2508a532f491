package org.reformreport.delivery;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * Which SMTP failures are worth retrying, and when. A server that cannot be reached, drops the
 * connection (also after DATA, without a reply) or answers 4xx ("try later") is retried with growing pauses; a 5xx answer (no such
 * mailbox, message refused) or a refused login will not change by waiting.
 */
public final class SmtpFailures {

    private SmtpFailures() {}

    public static boolean isTransient(Exception e) {
        if (e instanceof AuthenticationFailedException) {
            return false;
        }
        Integer reply = replyCode(e);
        if (reply != null) {
            // -1: the server closed the connection instead of answering (after DATA, typically): an
            // outage, not a refusal. Retrying may deliver twice what the server did accept: delivery
            // is at least once.
            return reply < 0 || reply >= 400 && reply < 500;
        }
        if (e instanceof MailConnectException) {
            return true;
        }
        if (e instanceof SendFailedException s) {
            // the server refused some recipients: transient only if it said so for each of them
            Exception next = s.getNextException();
            return next != null && next != e && isTransient(next);
        }
        if (e instanceof MessagingException m) {
            // no SMTP reply at all: the connection was refused, reset or timed out
            return causedBy(m, IOException.class);
        }
        return false;
    }

    /** The SMTP reply code an exception carries (-1 when the connection ended instead), or null when none. */
    private static Integer replyCode(Exception e) {
        if (e instanceof SMTPAddressFailedException a) {
            return a.getReturnCode();
        }
        if (e instanceof SMTPSendFailedException s) {
            return s.getReturnCode();
        }
        if (e instanceof SMTPSenderFailedException s) {
            return s.getReturnCode();
        }
        return null;
    }

    /** The pause before retry {@code round} (2, 3, …): the first pause, doubling each round, at most {@code max}. */
    public static Duration pauseBefore(int round, Duration first, Duration max) {
        if (round < 2) {
            return Duration.ZERO;
        }
        Duration pause = first;
        for (int i = 2; i < round && pause.compareTo(max) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(max) > 0 ? max : pause;
    }

    /** One line for the outbox and the log: the SMTP reply or the root cause. */
    public static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (root != e && root.getMessage() != null) {
            message = message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
            if (c instanceof MessagingException m
                    && m.getNextException() != null
                    && m.getNextException() != c
                    && type.isInstance(m.getNextException())) {
                return true;
            }
        }
        return false;
    }
}

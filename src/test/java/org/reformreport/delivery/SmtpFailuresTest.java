package org.reformreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;

class SmtpFailuresTest {

    private static InternetAddress address() throws Exception {
        return new InternetAddress("czjd@pc.example.cn");
    }

    @Test
    void aServerThatCannotBeReachedOrSaysTryLaterIsRetried() throws Exception {
        assertThat(SmtpFailures.isTransient(new MailConnectException(new SocketConnectException(
                        "refused", new ConnectException("Connection refused"), "127.0.0.1", 25, 1000))))
                .isTrue();
        assertThat(SmtpFailures.isTransient(
                        new MessagingException("Exception reading response", new IOException("Connection reset"))))
                .isTrue();
        assertThat(SmtpFailures.isTransient(
                        new SMTPSendFailedException("DATA", 451, "451 4.3.0 try again later", null, null, null, null)))
                .isTrue();
        assertThat(SmtpFailures.isTransient(
                        new SMTPAddressFailedException(address(), "RCPT", 452, "452 4.2.2 mailbox full")))
                .isTrue();
    }

    @Test
    void aServerThatHangsUpInsteadOfAnsweringIsRetried() throws Exception {
        // Angus reports the end of the stream as reply code -1 with the text [EOF]: after the
        // message's final "." (DATA), after MAIL FROM, after RCPT TO
        assertThat(SmtpFailures.isTransient(new SMTPSendFailedException(".", -1, "[EOF]", null, null, null, null)))
                .isTrue();
        assertThat(SmtpFailures.isTransient(new SMTPSenderFailedException(address(), "MAIL FROM", -1, "[EOF]")))
                .isTrue();
        assertThat(SmtpFailures.isTransient(new SendFailedException(
                        "Invalid Addresses", new SMTPAddressFailedException(address(), "RCPT", -1, "[EOF]"))))
                .isTrue();
    }

    @Test
    void theSendersRefusalIsJudgedByItsCode() throws Exception {
        assertThat(SmtpFailures.isTransient(new SMTPSenderFailedException(address(), "MAIL FROM", 451, "451 later")))
                .isTrue();
        assertThat(SmtpFailures.isTransient(new SMTPSenderFailedException(address(), "MAIL FROM", 553, "553 denied")))
                .isFalse();
    }

    @Test
    void aPermanentRefusalOrABadLoginIsNotRetried() throws Exception {
        assertThat(SmtpFailures.isTransient(
                        new SMTPAddressFailedException(address(), "RCPT", 550, "550 5.1.1 no such user")))
                .isFalse();
        assertThat(SmtpFailures.isTransient(
                        new SMTPSendFailedException("DATA", 554, "554 5.7.1 rejected", null, null, null, null)))
                .isFalse();
        AuthenticationFailedException login = new AuthenticationFailedException("535 5.7.8 bad credentials");
        assertThat(SmtpFailures.isTransient(login)).isFalse();
        assertThat(SmtpFailures.isTransient(new MessagingException("bad header")))
                .isFalse();
        // the server refused the recipient: transient only when its reason for that recipient was
        SendFailedException invalid = new SendFailedException(
                "Invalid Addresses", new SMTPAddressFailedException(address(), "RCPT", 550, "550 no such user"));
        assertThat(SmtpFailures.isTransient(invalid)).isFalse();
        SendFailedException later = new SendFailedException(
                "Invalid Addresses", new SMTPAddressFailedException(address(), "RCPT", 450, "450 greylisted"));
        assertThat(SmtpFailures.isTransient(later)).isTrue();
    }

    @Test
    void pausesDoubleUpToTheLimit() {
        Duration first = Duration.ofSeconds(10);
        Duration max = Duration.ofSeconds(60);
        assertThat(SmtpFailures.pauseBefore(1, first, max)).isZero();
        assertThat(SmtpFailures.pauseBefore(2, first, max)).isEqualTo(Duration.ofSeconds(10));
        assertThat(SmtpFailures.pauseBefore(3, first, max)).isEqualTo(Duration.ofSeconds(20));
        assertThat(SmtpFailures.pauseBefore(4, first, max)).isEqualTo(Duration.ofSeconds(40));
        assertThat(SmtpFailures.pauseBefore(5, first, max)).isEqualTo(Duration.ofSeconds(60));
        assertThat(SmtpFailures.pauseBefore(30, first, max)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void theDescriptionNamesTheServersReplyOrTheCause() {
        assertThat(SmtpFailures.describe(
                        new MessagingException("Exception reading response", new IOException("Connection reset"))))
                .isEqualTo("Exception reading response (IOException: Connection reset)");
    }
}

package org.reformreport.delivery;

import java.time.Duration;
import org.reformreport.support.EmailAddresses;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SMTP and sender settings (reform.mail in job-config/settings.yml, or REFORM_MAIL_HOST … in the
 * environment). The password is never read from here: only from the environment variable
 * {@value #PASSWORD_VARIABLE}. A blank host means email is not set up: the run sends nothing.
 */
@ConfigurationProperties("reform.mail")
public record MailSettings(
        @DefaultValue("") String host,
        @DefaultValue("25") int port,
        @DefaultValue("none") Security security,
        @DefaultValue("") String username,
        @DefaultValue("") String from,
        @DefaultValue("") String fromName,
        @DefaultValue("") String replyTo,
        @DefaultValue("50") int messagesPerConnection,
        @DefaultValue("4") int attempts,
        @DefaultValue("10s") Duration firstRetryAfter,
        @DefaultValue("2m") Duration maxRetryAfter,
        @DefaultValue("60s") Duration timeout) {

    public static final String PASSWORD_VARIABLE = "REFORM_MAIL_PASSWORD";

    /** How the connection is protected: plain (a relay inside the office network), STARTTLS, or SSL/TLS from the start. */
    public enum Security {
        NONE,
        STARTTLS,
        SSL
    }

    public MailSettings {
        host = host.strip();
        if (!host.isEmpty()) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("reform.mail.port must be 1..65535, was " + port);
            }
            if (!EmailAddresses.isAddress(from)) {
                throw new IllegalArgumentException("reform.mail.from must be the sender's address, was '" + from + "'");
            }
            if (!replyTo.isBlank() && !EmailAddresses.isAddress(replyTo)) {
                throw new IllegalArgumentException("reform.mail.reply-to is not an address: '" + replyTo + "'");
            }
        }
        if (messagesPerConnection < 1) {
            throw new IllegalArgumentException("reform.mail.messages-per-connection must be at least 1");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("reform.mail.attempts must be at least 1");
        }
    }

    public boolean configured() {
        return !host.isEmpty();
    }
}

package org.reformreport.delivery;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sender and the sending (reform.mail in job-config/settings.yml, or REFORM_MAIL_FROM … in the
 * environment): From, its display name, Reply-To, batches, retries, timeout. The connection itself
 * is Spring Boot's spring.mail (see {@link SmtpConnection}); host, port, security and username
 * here are the older names for it, still read, and the password is never read from here (only
 * from the environment, {@value SmtpConnection#PASSWORD_VARIABLE} or its alias
 * {@value #PASSWORD_VARIABLE}).
 *
 * @param port     null when not set, so that a value given only through spring.mail.port is no conflict
 * @param security null when not set, likewise
 */
@ConfigurationProperties("reform.mail")
public record MailSettings(
        @DefaultValue("") String host,
        @Nullable Integer port,
        @Nullable Security security,
        @DefaultValue("") String username,
        @DefaultValue("") String from,
        @DefaultValue("") String fromName,
        @DefaultValue("") String replyTo,
        @DefaultValue("50") int messagesPerConnection,
        @DefaultValue("4") int attempts,
        @DefaultValue("10s") Duration firstRetryAfter,
        @DefaultValue("2m") Duration maxRetryAfter,
        @DefaultValue("60s") Duration timeout) {

    /** The older name of {@value SmtpConnection#PASSWORD_VARIABLE}, still read. */
    public static final String PASSWORD_VARIABLE = "REFORM_MAIL_PASSWORD";

    /** How the connection is protected: plain (a relay inside the office network), STARTTLS, or SSL/TLS from the start. */
    public enum Security {
        NONE,
        STARTTLS,
        SSL
    }

    public MailSettings {
        host = host.strip();
        username = username.strip();
        if (messagesPerConnection < 1) {
            throw new IllegalArgumentException("reform.mail.messages-per-connection must be at least 1");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("reform.mail.attempts must be at least 1");
        }
    }
}

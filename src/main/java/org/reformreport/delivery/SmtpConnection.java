package org.reformreport.delivery;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.reformreport.support.EmailAddresses;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.ssl.SslBundles;

/**
 * The SMTP server and how to reach it, from Spring Boot's own spring.mail.* (host, port, username,
 * protocol smtp|smtps, ssl.*, default-encoding, properties.*), read as Boot's
 * MailSenderPropertiesConfiguration reads them, with reform.mail.host, port, security and username
 * as older aliases. A value set under both names with two different values is refused: the office
 * would not know which server the job uses. The password comes from the environment only:
 * {@value #PASSWORD_VARIABLE} (Boot's own binding of spring.mail.password) or {@value
 * MailSettings#PASSWORD_VARIABLE}.
 *
 * @param port       -1 when set nowhere: the protocol's own (25 for smtp, 465 for smtps), or
 *                   mail.smtp.port among the properties
 * @param properties the Jakarta Mail session's properties, spring.mail.properties.* last (strings,
 *                   but for the SSL socket factory of spring.mail.ssl.bundle)
 * @param charset    of subjects, bodies and display names (spring.mail.default-encoding, UTF-8 by
 *                   default); attachment names are always UTF-8
 */
public record SmtpConnection(
        String host,
        int port,
        String protocol,
        @Nullable String username,
        @Nullable String password,
        Map<String, Object> properties,
        Charset charset) {

    public static final String PASSWORD_VARIABLE = "SPRING_MAIL_PASSWORD";

    public SmtpConnection {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** A blank host (spring.mail.host and reform.mail.host both unset) turns email off. */
    public boolean configured() {
        return !host.isEmpty();
    }

    public Properties sessionProperties() {
        Properties p = new Properties();
        p.putAll(properties);
        return p;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "SmtpConnection[" + protocol + "://" + (username == null ? "" : username + "@") + host + ":" + port
                + (password == null ? "" : ", password set") + "]";
    }

    /**
     * The connection the settings describe.
     *
     * @param spring         Boot's spring.mail.* (its password bound from {@value #PASSWORD_VARIABLE})
     * @param protocolSet    whether spring.mail.protocol is set at all (Boot defaults it to smtp)
     * @param reform         reform.mail.*: the aliases, the sender, the timeout
     * @param reformPassword {@value MailSettings#PASSWORD_VARIABLE} from the environment
     * @param sslBundles     for spring.mail.ssl.bundle; null when the context has none
     * @throws IllegalArgumentException on a conflict or a value out of range, in one line naming the keys
     */
    public static SmtpConnection resolve(
            MailProperties spring,
            boolean protocolSet,
            MailSettings reform,
            @Nullable String reformPassword,
            @Nullable SslBundles sslBundles) {
        String host = alias("spring.mail.host", blank(spring.getHost()), "reform.mail.host", blank(reform.host()));
        Integer port = alias("spring.mail.port", spring.getPort(), "reform.mail.port", reform.port());
        String username = alias(
                "spring.mail.username", blank(spring.getUsername()), "reform.mail.username", blank(reform.username()));
        String springPassword = empty(spring.getPassword());
        String aliasPassword = empty(reformPassword);
        if (springPassword != null && aliasPassword != null && !springPassword.equals(aliasPassword)) {
            throw new IllegalArgumentException(PASSWORD_VARIABLE + " (spring.mail.password) and "
                    + MailSettings.PASSWORD_VARIABLE + " are both set and differ: set only " + PASSWORD_VARIABLE);
        }
        String password = springPassword != null ? springPassword : aliasPassword;

        String protocol =
                Objects.requireNonNullElse(blank(spring.getProtocol()), "smtp").toLowerCase(Locale.ROOT);
        if (!protocol.equals("smtp") && !protocol.equals("smtps")) {
            throw new IllegalArgumentException("spring.mail.protocol must be smtp or smtps, was '" + protocol + "'");
        }
        MailProperties.Ssl ssl = spring.getSsl();
        String starttlsProperty = spring.getProperties().get("mail.smtp.starttls.enable");
        boolean springStarttls = "true".equalsIgnoreCase(starttlsProperty);
        MailSettings.Security security = reform.security();
        if (security != null) {
            checkSecurity(security, protocol, protocolSet, ssl.isEnabled(), starttlsProperty);
            if (security == MailSettings.Security.SSL && !ssl.isEnabled()) {
                protocol = "smtps";
            }
        }

        if (host != null) {
            if (port != null && (port < 1 || port > 65535)) {
                throw new IllegalArgumentException((spring.getPort() != null ? "spring.mail.port" : "reform.mail.port")
                        + " must be 1..65535, was " + port);
            }
            if (!EmailAddresses.isAddress(reform.from())) {
                throw new IllegalArgumentException(
                        "reform.mail.from must be the sender's address, was '" + reform.from() + "'");
            }
            if (!reform.replyTo().isBlank() && !EmailAddresses.isAddress(reform.replyTo())) {
                throw new IllegalArgumentException(
                        "reform.mail.reply-to is not an address: '" + reform.replyTo() + "'");
            }
        }

        // the job's own defaults first, Boot's ssl settings over them, spring.mail.properties.* last
        Map<String, Object> p = new LinkedHashMap<>();
        String prefix = "mail." + protocol + ".";
        String timeout = Long.toString(reform.timeout().toMillis());
        p.put("mail.transport.protocol", protocol);
        p.put(prefix + "connectiontimeout", timeout);
        p.put(prefix + "timeout", timeout);
        p.put(prefix + "writetimeout", timeout);
        if (!reform.from().isBlank()) {
            p.put(prefix + "from", reform.from().strip());
        }
        if (username != null) {
            p.put(prefix + "auth", "true");
        }
        if (security == MailSettings.Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        boolean tls = protocol.equals("smtps")
                || ssl.isEnabled()
                || ssl.getBundle() != null
                || springStarttls
                || security == MailSettings.Security.STARTTLS;
        if (tls && ssl.isVerifyHostname()) {
            p.put(prefix + "ssl.checkserveridentity", "true");
        }
        if (ssl.isEnabled()) {
            p.put(prefix + "ssl.enable", "true");
        }
        String bundle = blank(ssl.getBundle());
        if (bundle != null) {
            if (sslBundles == null) {
                throw new IllegalArgumentException("spring.mail.ssl.bundle is set to '" + bundle
                        + "' but no SSL bundles are configured (spring.ssl.bundle.*)");
            }
            p.put(
                    prefix + "ssl.socketFactory",
                    sslBundles.getBundle(bundle).createSslContext().getSocketFactory());
        }
        p.putAll(spring.getProperties());
        Charset charset = spring.getDefaultEncoding() != null ? spring.getDefaultEncoding() : StandardCharsets.UTF_8;
        return new SmtpConnection(
                host == null ? "" : host, port == null ? -1 : port, protocol, username, password, p, charset);
    }

    /** A contradiction between reform.mail.security and what spring.mail says, refused. */
    private static void checkSecurity(
            MailSettings.Security security,
            String protocol,
            boolean protocolSet,
            boolean sslEnabled,
            @Nullable String starttlsProperty) {
        boolean starttls = "true".equalsIgnoreCase(starttlsProperty);
        String starttlsKey = "spring.mail.properties.mail.smtp.starttls.enable (" + starttlsProperty + ")";
        String springSsl = protocol.equals("smtps")
                ? "spring.mail.protocol (smtps)"
                : sslEnabled ? "spring.mail.ssl.enabled (true)" : null;
        String said = switch (security) {
            case SSL ->
                springSsl == null && protocolSet
                        ? "spring.mail.protocol (smtp)"
                        : springSsl == null && starttls ? starttlsKey : null;
            case STARTTLS -> springSsl != null ? springSsl : starttlsProperty != null && !starttls ? starttlsKey : null;
            case NONE -> springSsl != null ? springSsl : starttls ? starttlsKey : null;
        };
        if (said != null) {
            throw new IllegalArgumentException(said + " and its alias reform.mail.security ("
                    + security.name().toLowerCase(Locale.ROOT)
                    + ") are both set and differ: set only the spring.mail one");
        }
    }

    private static <T> @Nullable T alias(String key, @Nullable T value, String aliasKey, @Nullable T aliasValue) {
        if (value != null && aliasValue != null && !value.equals(aliasValue)) {
            throw new IllegalArgumentException(key + " (" + value + ") and its alias " + aliasKey + " (" + aliasValue
                    + ") are both set and differ: set only " + key);
        }
        return value != null ? value : aliasValue;
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable String empty(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}

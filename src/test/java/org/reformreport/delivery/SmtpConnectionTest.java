package org.reformreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * spring.mail.* read as Spring Boot reads it, reform.mail.* as its older aliases: what reaches the
 * Jakarta Mail session and the SMTP login, and the conflicts refused at start-up.
 */
class SmtpConnectionTest {

    static {
        MimeSettings.install();
    }

    private static MailSettings reform(
            String host, @Nullable Integer port, MailSettings.@Nullable Security security, String username) {
        return new MailSettings(
                host,
                port,
                security,
                username,
                "gaigeban@pc.example.cn",
                "",
                "",
                50,
                1,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                Duration.ofSeconds(7));
    }

    private static MailSettings noAlias() {
        return reform("", null, null, "");
    }

    private static MailProperties spring(String host) {
        MailProperties p = new MailProperties();
        p.setHost(host);
        return p;
    }

    @Test
    void springMailAloneDescribesTheServerAsInEveryBootApplication() {
        MailProperties spring = spring("smtp.pingchuan.gov.cn");
        spring.setPort(465);
        spring.setUsername("gaigeban");
        spring.setPassword("from-SPRING_MAIL_PASSWORD");
        spring.setProtocol("smtps");
        SmtpConnection c = SmtpConnection.resolve(spring, true, noAlias(), null, null);
        assertThat(c.configured()).isTrue();
        assertThat(c.host()).isEqualTo("smtp.pingchuan.gov.cn");
        assertThat(c.port()).isEqualTo(465);
        assertThat(c.protocol()).isEqualTo("smtps");
        assertThat(c.username()).isEqualTo("gaigeban");
        assertThat(c.password()).isEqualTo("from-SPRING_MAIL_PASSWORD");
        assertThat(c.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(c.properties())
                .containsEntry("mail.transport.protocol", "smtps")
                .containsEntry("mail.smtps.auth", "true")
                .containsEntry("mail.smtps.ssl.checkserveridentity", "true")
                .containsEntry("mail.smtps.from", "gaigeban@pc.example.cn")
                .containsEntry("mail.smtps.timeout", "7000")
                .doesNotContainKey("mail.smtp.starttls.enable");
        assertThat(c.toString()).doesNotContain("from-SPRING_MAIL_PASSWORD");
    }

    @Test
    void sslEnabledSetsSslEnableForTheProtocolAndVerifyHostnameCanBeTurnedOff() {
        MailProperties spring = spring("smtp.pingchuan.gov.cn");
        spring.getSsl().setEnabled(true);
        SmtpConnection c = SmtpConnection.resolve(spring, false, noAlias(), null, null);
        assertThat(c.protocol()).isEqualTo("smtp");
        assertThat(c.port()).isEqualTo(-1); // set nowhere: the protocol's own
        assertThat(c.properties())
                .containsEntry("mail.smtp.ssl.enable", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true");
        spring.getSsl().setVerifyHostname(false);
        assertThat(SmtpConnection.resolve(spring, false, noAlias(), null, null).properties())
                .containsEntry("mail.smtp.ssl.enable", "true")
                .doesNotContainKey("mail.smtp.ssl.checkserveridentity");
    }

    @Test
    void thePropertiesMapGoesOnTopAndReachesTheSession() {
        MailProperties spring = spring("smtp.pingchuan.gov.cn");
        spring.setPort(587);
        spring.getProperties().put("mail.smtp.starttls.enable", "true");
        spring.getProperties().put("mail.smtp.starttls.required", "true");
        spring.getProperties().put("mail.smtp.timeout", "1234");
        spring.getProperties().put("mail.smtp.localhost", "reform.pingchuan.gov.cn");
        SmtpConnection c = SmtpConnection.resolve(spring, false, noAlias(), null, null);
        Properties session = new SmtpMailer(noAlias(), c).session().getProperties();
        assertThat(session.getProperty("mail.smtp.starttls.enable")).isEqualTo("true");
        assertThat(session.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(session.getProperty("mail.smtp.timeout")).isEqualTo("1234"); // over reform.mail.timeout
        assertThat(session.getProperty("mail.smtp.connectiontimeout")).isEqualTo("7000");
        assertThat(session.getProperty("mail.smtp.localhost")).isEqualTo("reform.pingchuan.gov.cn");
        assertThat(session.getProperty("mail.smtp.ssl.checkserveridentity")).isEqualTo("true");
    }

    @Test
    void theReformMailAliasesStillWork() {
        SmtpConnection c = SmtpConnection.resolve(
                new MailProperties(),
                false,
                reform("relay.pingchuan.gov.cn", 587, MailSettings.Security.STARTTLS, "gaigeban"),
                "from-REFORM_MAIL_PASSWORD",
                null);
        assertThat(c.host()).isEqualTo("relay.pingchuan.gov.cn");
        assertThat(c.port()).isEqualTo(587);
        assertThat(c.protocol()).isEqualTo("smtp");
        assertThat(c.username()).isEqualTo("gaigeban");
        assertThat(c.password()).isEqualTo("from-REFORM_MAIL_PASSWORD");
        assertThat(c.properties())
                .containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.auth", "true");

        SmtpConnection ssl = SmtpConnection.resolve(
                new MailProperties(),
                false,
                reform("relay.pingchuan.gov.cn", 465, MailSettings.Security.SSL, ""),
                null,
                null);
        assertThat(ssl.protocol()).isEqualTo("smtps");
        assertThat(ssl.username()).isNull();
        assertThat(ssl.properties())
                .containsEntry("mail.transport.protocol", "smtps")
                .containsEntry("mail.smtps.ssl.checkserveridentity", "true")
                .doesNotContainKey("mail.smtps.auth");

        // the same value under both names is no conflict
        MailProperties spring = spring("relay.pingchuan.gov.cn");
        spring.setPort(465);
        spring.setProtocol("smtps");
        spring.setPassword("same");
        SmtpConnection both = SmtpConnection.resolve(
                spring, true, reform("relay.pingchuan.gov.cn", 465, MailSettings.Security.SSL, ""), "same", null);
        assertThat(both.protocol()).isEqualTo("smtps");
        assertThat(both.password()).isEqualTo("same");
    }

    @Test
    void aValueSetUnderBothNamesWithTwoValuesIsRefusedInOneLineNamingBothKeys() {
        MailProperties host = spring("smtp.a.gov.cn");
        assertThatThrownBy(
                        () -> SmtpConnection.resolve(host, false, reform("smtp.b.gov.cn", null, null, ""), null, null))
                .hasMessage("spring.mail.host (smtp.a.gov.cn) and its alias reform.mail.host (smtp.b.gov.cn) are both"
                        + " set and differ: set only spring.mail.host");

        MailProperties port = spring("smtp.a.gov.cn");
        port.setPort(587);
        assertThatThrownBy(() -> SmtpConnection.resolve(port, false, reform("", 25, null, ""), null, null))
                .hasMessage("spring.mail.port (587) and its alias reform.mail.port (25) are both set and differ:"
                        + " set only spring.mail.port");

        MailProperties user = spring("smtp.a.gov.cn");
        user.setUsername("a");
        assertThatThrownBy(() -> SmtpConnection.resolve(user, false, reform("", null, null, "b"), null, null))
                .hasMessageStartingWith("spring.mail.username (a) and its alias reform.mail.username (b)");

        MailProperties password = spring("smtp.a.gov.cn");
        password.setPassword("secret-one");
        assertThatThrownBy(() -> SmtpConnection.resolve(password, false, noAlias(), "secret-two", null))
                .hasMessage("SPRING_MAIL_PASSWORD (spring.mail.password) and REFORM_MAIL_PASSWORD are both set and"
                        + " differ: set only SPRING_MAIL_PASSWORD")
                .message()
                .doesNotContain("secret");
    }

    @Test
    void securityThatContradictsSpringMailIsRefused() {
        MailProperties smtp = spring("smtp.a.gov.cn");
        smtp.setProtocol("smtp");
        assertThatThrownBy(() ->
                        SmtpConnection.resolve(smtp, true, reform("", null, MailSettings.Security.SSL, ""), null, null))
                .hasMessage("spring.mail.protocol (smtp) and its alias reform.mail.security (ssl) are both set and"
                        + " differ: set only the spring.mail one");
        // protocol not set at all (Boot's default smtp): reform.mail.security=ssl is simply used
        assertThat(SmtpConnection.resolve(smtp, false, reform("", null, MailSettings.Security.SSL, ""), null, null)
                        .protocol())
                .isEqualTo("smtps");

        MailProperties smtps = spring("smtp.a.gov.cn");
        smtps.setProtocol("smtps");
        assertThatThrownBy(() -> SmtpConnection.resolve(
                        smtps, true, reform("", null, MailSettings.Security.NONE, ""), null, null))
                .hasMessageStartingWith("spring.mail.protocol (smtps) and its alias reform.mail.security (none)");
        MailProperties sslEnabled = spring("smtp.a.gov.cn");
        sslEnabled.getSsl().setEnabled(true);
        assertThatThrownBy(() -> SmtpConnection.resolve(
                        sslEnabled, false, reform("", null, MailSettings.Security.STARTTLS, ""), null, null))
                .hasMessageStartingWith("spring.mail.ssl.enabled (true) and its alias reform.mail.security (starttls)");
        MailProperties starttls = spring("smtp.a.gov.cn");
        starttls.getProperties().put("mail.smtp.starttls.enable", "true");
        assertThatThrownBy(() -> SmtpConnection.resolve(
                        starttls, false, reform("", null, MailSettings.Security.NONE, ""), null, null))
                .hasMessageStartingWith("spring.mail.properties.mail.smtp.starttls.enable (true) and its alias"
                        + " reform.mail.security (none)");
        assertThat(SmtpConnection.resolve(
                                starttls, false, reform("", null, MailSettings.Security.STARTTLS, ""), null, null)
                        .properties())
                .containsEntry("mail.smtp.starttls.required", "true");
        starttls.getProperties().put("mail.smtp.starttls.enable", "false");
        assertThatThrownBy(() -> SmtpConnection.resolve(
                        starttls, false, reform("", null, MailSettings.Security.STARTTLS, ""), null, null))
                .hasMessageStartingWith("spring.mail.properties.mail.smtp.starttls.enable (false) and its alias"
                        + " reform.mail.security (starttls)");
    }

    @Test
    void whatCannotWorkIsRefusedAndABlankHostTurnsEmailOff() {
        MailProperties imap = spring("smtp.a.gov.cn");
        imap.setProtocol("imap");
        assertThatThrownBy(() -> SmtpConnection.resolve(imap, true, noAlias(), null, null))
                .hasMessage("spring.mail.protocol must be smtp or smtps, was 'imap'");
        MailProperties port = spring("smtp.a.gov.cn");
        port.setPort(70000);
        assertThatThrownBy(() -> SmtpConnection.resolve(port, false, noAlias(), null, null))
                .hasMessage("spring.mail.port must be 1..65535, was 70000");
        MailSettings noFrom = new MailSettings(
                "",
                null,
                null,
                "",
                "",
                "",
                "",
                50,
                1,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        assertThatThrownBy(() -> SmtpConnection.resolve(spring("smtp.a.gov.cn"), false, noFrom, null, null))
                .hasMessage("reform.mail.from must be the sender's address, was ''");

        SmtpConnection off = SmtpConnection.resolve(spring("  "), false, noFrom, null, null);
        assertThat(off.configured()).isFalse();
        assertThat(SmtpConnection.resolve(new MailProperties(), false, noFrom, null, null)
                        .configured())
                .isFalse();
    }

    @Test
    void defaultEncodingWritesSubjectAndBodyUnlessItCannotHoldTheText() throws Exception {
        MailProperties spring = spring("smtp.a.gov.cn");
        spring.setDefaultEncoding(Charset.forName("GB18030"));
        SmtpMailer mailer = new SmtpMailer(noAlias(), SmtpConnection.resolve(spring, false, noAlias(), null, null));
        MimeMessage m = mailer.compose(
                new SmtpMailer.Outgoing(message("平川区2026年10月改革工作月报"), new MailText.Body("正文", "<p>正文</p>")),
                Path.of("."));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        String raw = out.toString(StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("Subject: =?GB18030?").contains("charset=GB18030");
        assertThat(m.getSubject()).isEqualTo("平川区2026年10月改革工作月报");
        Multipart alternative =
                (Multipart) ((Multipart) m.getContent()).getBodyPart(0).getContent();
        assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("正文");

        spring.setDefaultEncoding(StandardCharsets.US_ASCII);
        MimeMessage ascii = new SmtpMailer(noAlias(), SmtpConnection.resolve(spring, false, noAlias(), null, null))
                .compose(new SmtpMailer.Outgoing(message("月报"), new MailText.Body("正文", "<p>正文</p>")), Path.of("."));
        assertThat(ascii.getSubject()).isEqualTo("月报"); // US-ASCII cannot: UTF-8 instead
        assertThat(ascii.getHeader("Subject")[0]).startsWith("=?UTF-8?");
    }

    @Test
    void theUsernameAndPasswordLogIn() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(
                        GreenMailConfiguration.aConfig().withUser("gaigeban@pc.example.cn", "gaigeban", "s3cret"));
        smtp.start();
        try {
            int port = smtp.getSmtp().getPort();
            MailProperties spring = spring("127.0.0.1");
            spring.setPort(port);
            spring.setUsername("gaigeban");
            spring.setPassword("s3cret");
            assertThat(send(SmtpConnection.resolve(spring, false, noAlias(), null, null)))
                    .containsExactly("sent");
            assertThat(smtp.getReceivedMessages()).hasSize(1);

            spring.setPassword(null);
            SmtpConnection wrong = SmtpConnection.resolve(spring, false, noAlias(), "wrong", null);
            assertThat(send(wrong))
                    .singleElement()
                    .asString()
                    .contains("failed")
                    .containsIgnoringCase("auth");
            SmtpConnection alias = SmtpConnection.resolve(spring, false, noAlias(), "s3cret", null);
            assertThat(send(alias)).containsExactly("sent");
            assertThat(smtp.getReceivedMessages()).hasSize(2);
        } finally {
            smtp.stop();
        }
    }

    /** The repo's own settings hold no mail password: it comes from the environment only. */
    @Test
    void theRepositorysSettingsHoldNoMailPassword() throws Exception {
        for (String file : List.of("job-config/settings.yml", "src/main/resources/application.yml")) {
            for (PropertySource<?> source :
                    new YamlPropertySourceLoader().load(file, new FileSystemResource(Path.of(file)))) {
                assertThat(((EnumerablePropertySource<?>) source).getPropertyNames())
                        .as(file)
                        .isNotEmpty()
                        .noneMatch(k -> k.startsWith("spring.mail.password") || k.startsWith("reform.mail.password"));
            }
        }
    }

    /** The shipped settings.yml leaves email off and takes either name on the command line without a conflict. */
    @Test
    void theShippedSettingsTakeEitherName() throws Exception {
        List<PropertySource<?>> shipped = new YamlPropertySourceLoader()
                .load("settings", new FileSystemResource(Path.of("job-config/settings.yml")));
        assertThat(bindAndResolve(shipped, Map.of()).configured()).isFalse();
        SmtpConnection spring =
                bindAndResolve(shipped, Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", "3025"));
        SmtpConnection alias =
                bindAndResolve(shipped, Map.of("reform.mail.host", "127.0.0.1", "reform.mail.port", "3025"));
        for (SmtpConnection c : List.of(spring, alias)) {
            assertThat(c.host()).isEqualTo("127.0.0.1");
            assertThat(c.port()).isEqualTo(3025);
            assertThat(c.protocol()).isEqualTo("smtp");
            assertThat(c.properties()).containsEntry("mail.smtp.from", "gaigeban@pingchuan.example.cn");
        }
    }

    private static SmtpConnection bindAndResolve(List<PropertySource<?>> shipped, Map<String, String> commandLine) {
        List<ConfigurationPropertySource> sources = new ArrayList<>();
        sources.add(new MapConfigurationPropertySource(commandLine));
        ConfigurationPropertySources.from(shipped).forEach(sources::add);
        Binder binder = new Binder(sources);
        MailProperties spring = binder.bindOrCreate("spring.mail", MailProperties.class);
        MailSettings reform = binder.bindOrCreate("reform.mail", MailSettings.class);
        boolean protocolSet = binder.bind("spring.mail.protocol", String.class).isBound();
        return SmtpConnection.resolve(spring, protocolSet, reform, null, null);
    }

    private static OutboxMessage message(String subject) {
        return new OutboxMessage(
                1,
                1,
                new MessageKey("czjd@pc.example.cn", MessageKey.Kind.UNIT, "CZJD"),
                "张敏",
                subject,
                false,
                List.of(),
                0,
                null);
    }

    private static List<String> send(SmtpConnection connection) {
        List<String> outcomes = new ArrayList<>();
        new SmtpMailer(noAlias(), connection)
                .sendBatch(
                        List.of(new SmtpMailer.Outgoing(message("月报"), new MailText.Body("正文", "<p>正文</p>"))),
                        Path.of("."),
                        new SmtpMailer.Outcomes() {
                            @Override
                            public void sent(OutboxMessage message) {
                                outcomes.add("sent");
                            }

                            @Override
                            public void failed(OutboxMessage message, Exception cause) {
                                outcomes.add("failed: " + cause.getMessage());
                            }
                        });
        return outcomes;
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

package org.reformreport.delivery;

/**
 * Jakarta Mail reads its mail.mime.* system properties once, when its classes load: they are set
 * here before anything touches Jakarta Mail (first thing in main, and by the delivery classes).
 * Attachment names are written by {@link Attachments} itself (RFC 2047 name= and filename=, with an
 * RFC 2231 filename* beside them); no parameter is ever split into numbered filename*0* parts, which
 * Outlook, Foxmail and Coremail do not join. The pom's surefire systemPropertyVariables repeat these.
 */
public final class MimeSettings {

    private static final String[][] PROPERTIES = {
        {"mail.mime.encodeparameters", "true"},
        {"mail.mime.decodeparameters", "true"},
        {"mail.mime.splitlongparameters", "false"},
        {"mail.mime.encodefilename", "false"},
        {"mail.mime.decodefilename", "false"},
        {"mail.mime.charset", "UTF-8"},
    };

    static {
        install();
    }

    private MimeSettings() {}

    public static void install() {
        for (String[] p : PROPERTIES) {
            System.setProperty(p[0], p[1]);
        }
    }

    /** The properties set, in order: what the pom's surefire configuration must repeat. */
    static java.util.Map<String, String> properties() {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String[] p : PROPERTIES) {
            map.put(p[0], p[1]);
        }
        return map;
    }
}

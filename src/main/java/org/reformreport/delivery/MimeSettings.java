package org.reformreport.delivery;

/**
 * Jakarta Mail reads its mail.mime.* system properties once, when its classes load: they are set
 * here before anything touches Jakarta Mail (first thing in main, and by the delivery classes).
 * Attachment names are written as RFC 2231 parameters (filename*=UTF-8''%E6%94%B9…), split into
 * numbered parts when long, which is what keeps Chinese names intact in common mail clients.
 */
public final class MimeSettings {

    private static final String[][] PROPERTIES = {
        {"mail.mime.encodeparameters", "true"},
        {"mail.mime.decodeparameters", "true"},
        {"mail.mime.splitlongparameters", "true"},
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
}

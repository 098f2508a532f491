package org.reformreport.intake.read;

/**
 * A file went over one of its {@link ReadLimits} while being read. Unchecked, so it passes through
 * the SAX callbacks and input streams that find it; the readers turn it into an
 * {@link UnreadableFileException} with the same reason.
 */
final class ReadLimitException extends RuntimeException {

    ReadLimitException(String reason) {
        super(reason, null, false, false);
    }

    /** The limit found anywhere in a cause chain (parsers may wrap what a stream or handler threw). */
    static ReadLimitException in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ReadLimitException limit) {
                return limit;
            }
            if (t instanceof org.xml.sax.SAXException sax && sax.getException() instanceof ReadLimitException limit) {
                return limit;
            }
        }
        return null;
    }
}

package org.reformreport.intake.read;

/** The whole file cannot be read as a form; the reason is written for the liaison who sent it. */
public final class UnreadableFileException extends Exception {

    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public String reason() {
        return getMessage();
    }
}

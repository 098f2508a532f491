package org.reformreport.intake;

/** One field of one row breaks a rule; the message is the reason a liaison reads. */
final class FieldException extends RuntimeException {

    public FieldException(String reason) {
        super(reason, null, false, false);
    }

    public String reason() {
        return getMessage();
    }
}

package org.reformreport.cli;

/**
 * The process's exit status: the one list of them (the help prints it, README's table follows it).
 * Cron and scripts act on these.
 */
public enum ExitCode {
    OK(0, "done (a line says so when there were data problems)"),
    /** A run failed or was stopped; for check: a form that the intake would not take whole. */
    FAILED(1, "failed, or stopped on request (the same command resumes it); check: a form has problems"),
    USAGE_ERROR(2, "wrong command"),
    /** Another run holds the lock: nothing was done. */
    REFUSED(3, "refused because another run is in progress"),
    /** The month is published, but some email could not be delivered: `resend` later. */
    DELIVERY_FAILURES(4, "done, but some email was not delivered (resend later)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}

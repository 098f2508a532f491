package org.reformreport.cli;

/** The command line is wrong: its message says what to write instead (exit status 2). */
public class UsageException extends IllegalArgumentException {

    public UsageException(String message) {
        super(message);
    }
}

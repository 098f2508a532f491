package org.reformreport.intake;

/** What reading one form file came to, before anything is stored of it. */
public enum ReadOutcome {
    /** Read through: each of its rows is blank, rejected or valid. */
    READ,
    /** Could not be read at all (not a spreadsheet, encrypted, too large, over a read limit …). */
    UNREADABLE,
    /** Readable, but holds no tally or progress form. */
    NO_FORM
}

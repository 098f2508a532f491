package org.reformreport.intake;

/**
 * Where an inbox file stands, stored by name: in intake_file for the content, and in
 * run_input_file for each name a run saw (IMPORTED when the name's rows count, else what became of
 * the name).
 */
public enum FileStatus {
    /** Being read: a run took it and has not finished it. */
    IMPORTING,
    /** Read, its rows stored. */
    IMPORTED,
    /** Imported by a run that was abandoned since: the next run reads it again. */
    READ_AGAIN,
    /** A second name for content this run already counted under another name. */
    DUPLICATE,
    /** Could not be read at all. */
    UNREADABLE,
    /** Readable, but holds no tally or progress form. */
    NO_FORM;

    /** Refused as a whole: nothing of it is stored, so it may be read again (limits or readers may have changed). */
    public boolean refused() {
        return this == UNREADABLE || this == NO_FORM;
    }

    static FileStatus ofStored(String name) {
        return name == null ? null : valueOf(name);
    }
}

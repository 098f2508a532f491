package org.reformreport.summary;

/** How a unit's tally for a week of the month stands: 按时, 迟报 or 缺报. */
public enum WeekSubmission {
    ON_TIME("按时"),
    LATE("迟报"),
    MISSING("缺报");

    private final String label;

    WeekSubmission(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

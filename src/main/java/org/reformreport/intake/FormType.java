package org.reformreport.intake;

/** The two forms liaisons send, told apart by their header row. */
public enum FormType {
    TALLY("宣传报道周报表"),
    PROGRESS("改革任务进展表");

    private final String label;

    FormType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

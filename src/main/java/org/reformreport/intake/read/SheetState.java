package org.reformreport.intake.read;

/** Whether a sheet shows in Excel: hidden sheets can be unhidden from the tab menu, very hidden ones only from VBA. */
public enum SheetState {
    VISIBLE,
    HIDDEN,
    VERY_HIDDEN;

    /** The state attribute of a workbook.xml sheet entry (absent = visible). */
    static SheetState of(String attribute) {
        if ("hidden".equals(attribute)) {
            return HIDDEN;
        }
        return "veryHidden".equals(attribute) ? VERY_HIDDEN : VISIBLE;
    }
}

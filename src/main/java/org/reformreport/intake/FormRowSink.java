package org.reformreport.intake;

import java.util.List;

/** Receives the data rows found under a form header, and sheets that hold no recognisable header. */
interface FormRowSink {

    /** A sheet's header row was found and shows this form. */
    void headerFound(int sheetIndex, String sheetName, FormType type);

    /**
     * @param type the form the header shows
     * @param missingRequired required headers the sheet lacks (its rows cannot be accepted)
     */
    void dataRow(FormType type, List<String> missingRequired, RawRow row);

    /** Something about a whole sheet: no header, not a form, missing optional columns. */
    void sheetWarning(int sheetIndex, String sheetName, String message);
}

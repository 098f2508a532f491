package org.reformreport.intake;

import java.util.List;

/** Receives the data rows found under a form header, and sheets that hold no recognisable header. */
public interface FormRowSink {

    /** A sheet's header row was found; {@code type} is null when it shows neither form. */
    void headerFound(int sheetIndex, String sheetName, FormType type);

    /**
     * @param type the form the header shows, or null when it is neither
     * @param missingRequired required headers the sheet lacks (its rows cannot be accepted)
     */
    void dataRow(FormType type, List<String> missingRequired, RawRow row);

    void sheetWithoutHeader(int sheetIndex, String sheetName, int nonBlankRows);
}

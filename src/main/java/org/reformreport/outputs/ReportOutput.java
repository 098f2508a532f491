package org.reformreport.outputs;

/**
 * A document of the month as delivery sees it: where it is (relative to the month's folder), whose
 * it is, and the fingerprint of what it says.
 */
public record ReportOutput(String path, Kind kind, String unitCode, String fingerprint) {

    public enum Kind {
        /** The month's workbook, for leaders. */
        WORKBOOK,
        /** The district report, for leaders. */
        DISTRICT,
        /** The district report as a Word document an office can edit; for leaders when settings say so. */
        DISTRICT_WORD,
        /** The ranking notice (情况通报), for leaders, when reform.notice.enabled. */
        NOTICE,
        /** The ranking notice as a Word document; for leaders when settings say so. */
        NOTICE_WORD,
        /** One unit's report, for that unit only. */
        UNIT;

        /** A Word document that says what its PDF says (same fingerprint): sending it is no new content. */
        public boolean isWordVersion() {
            return this == DISTRICT_WORD || this == NOTICE_WORD;
        }
    }

    public ReportOutput {
        unitCode = unitCode == null ? "" : unitCode;
    }
}

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
        /** The ranking notice (情况通报), for leaders, when reform.notice.enabled. */
        NOTICE,
        /** One unit's report, for that unit only. */
        UNIT
    }

    public ReportOutput {
        unitCode = unitCode == null ? "" : unitCode;
    }
}

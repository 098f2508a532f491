package org.reformreport.intake;

import java.util.List;

/**
 * The verdict on one row: the accepted record (with warnings), or the reasons it was rejected.
 * {@code unitCode} and {@code targetMonth} are kept for listing, even when the row is rejected;
 * {@code registryDependent} marks a rejection a registry change could lift (an unknown unit or task).
 */
record RowOutcome<T>(
        T record,
        List<String> rejections,
        List<String> warnings,
        String unitCode,
        String targetMonth,
        boolean registryDependent) {

    public boolean accepted() {
        return rejections.isEmpty();
    }

    public String rejectionReason() {
        return String.join("；", rejections);
    }
}

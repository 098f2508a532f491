package org.reformreport.summary;

/** A counted tally of the month as the workbook lists it: the counts, the unit's name and where the row was read. */
public record TallyLine(
        CountedTally tally,
        String unitName,
        boolean filledDateAssumed,
        String fileName,
        String sheetName,
        int rowNumber) {}

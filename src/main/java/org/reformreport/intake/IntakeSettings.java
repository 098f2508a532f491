package org.reformreport.intake;

import org.reformreport.intake.read.ReadLimits;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one inbox file may cost to read (see {@link ReadLimits}): a file over any of these is
 * refused as a whole with the reason, and the month goes on. Sizes in MB. {@code maxWeeklyCount}:
 * a tally count above it (in any of the ten count columns, for one week) rejects the row, a
 * liaison's typo, not a week's work.
 */
public record IntakeSettings(
        @DefaultValue("50") int maxFileMb,

        @DefaultValue("" + IntakeLimits.DEFAULT_MAX_WEEKLY_COUNT)
        int maxWeeklyCount,

        @DefaultValue("1024") int maxUnpackedMb,
        @DefaultValue("100") int maxSharedStringsMb,
        @DefaultValue("1000000") int maxSharedStrings,
        @DefaultValue("20") int maxStylesMb,
        @DefaultValue("32767") int maxCellChars,
        @DefaultValue("200") int maxSheets,
        @DefaultValue("500000") int maxRowsPerSheet,
        @DefaultValue("1000000") long maxRowsPerFile,
        @DefaultValue("10000000") long maxCellsPerSheet,
        @DefaultValue("20000000") long maxCellsPerFile) {
    public IntakeSettings {
        if (maxWeeklyCount < 1 || maxWeeklyCount > IntakeLimits.HIGHEST_MAX_WEEKLY_COUNT) {
            throw new IllegalArgumentException("reform.intake.max-weekly-count must be 1.."
                    + IntakeLimits.HIGHEST_MAX_WEEKLY_COUNT + ", was " + maxWeeklyCount);
        }
        readLimits(
                maxFileMb,
                maxUnpackedMb,
                maxSharedStringsMb,
                maxSharedStrings,
                maxStylesMb,
                maxCellChars,
                maxSheets,
                maxRowsPerSheet,
                maxRowsPerFile,
                maxCellsPerSheet,
                maxCellsPerFile); // checks each
    }

    /** What rows are checked against on {@code today} (the office's date): the weekly count limit, no future dates. */
    public IntakeLimits limits(java.time.LocalDate today) {
        return new IntakeLimits(maxWeeklyCount, today);
    }

    public ReadLimits readLimits() {
        return readLimits(
                maxFileMb,
                maxUnpackedMb,
                maxSharedStringsMb,
                maxSharedStrings,
                maxStylesMb,
                maxCellChars,
                maxSheets,
                maxRowsPerSheet,
                maxRowsPerFile,
                maxCellsPerSheet,
                maxCellsPerFile);
    }

    private static final long MB = 1024L * 1024L;

    private static ReadLimits readLimits(
            int fileMb,
            int unpackedMb,
            int sharedStringsMb,
            int sharedStrings,
            int stylesMb,
            int cellChars,
            int sheets,
            int rowsPerSheet,
            long rowsPerFile,
            long cellsPerSheet,
            long cellsPerFile) {
        return new ReadLimits(
                fileMb * MB,
                unpackedMb * MB,
                sharedStringsMb * MB,
                sharedStrings,
                stylesMb * MB,
                cellChars,
                sheets,
                rowsPerSheet,
                rowsPerFile,
                cellsPerSheet,
                cellsPerFile);
    }
}

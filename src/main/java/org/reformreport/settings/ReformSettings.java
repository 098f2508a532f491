package org.reformreport.settings;

import java.time.ZoneId;
import org.reformreport.calendar.SubmissionDeadline;
import org.reformreport.intake.IntakeLimits;
import org.reformreport.intake.read.ReadLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The office's settings from job-config/settings.yml, checked at start-up. */
@ConfigurationProperties("reform")
public record ReformSettings(
        @DefaultValue("平川区") String region,
        @DefaultValue("") String authority,
        @DefaultValue("Asia/Shanghai") String timeZone,
        @DefaultValue("1") int submissionGraceDays,
        @DefaultValue("./templates") String templatesDir,
        @DefaultValue("0") int documentThreads,
        @DefaultValue("12") int keepRevisions,
        @DefaultValue Intake intake,
        @DefaultValue Fonts fonts) {

    public ReformSettings {
        try {
            ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("reform.time-zone is not a time zone: " + timeZone);
        }
        if (keepRevisions < 0) {
            throw new IllegalArgumentException("reform.keep-revisions must be 0 or more, was " + keepRevisions);
        }
        if (submissionGraceDays < 0 || submissionGraceDays > 31) {
            throw new IllegalArgumentException("reform.submission-grace-days must be 0..31, was " + submissionGraceDays);
        }
    }

    /** Unit reports rendered at once: reform.document-threads, or one per processor when 0. */
    public int documentThreads() {
        return documentThreads > 0 ? documentThreads : Runtime.getRuntime().availableProcessors();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public SubmissionDeadline deadline() {
        return new SubmissionDeadline(submissionGraceDays);
    }

    /** Font files an office has (方正小标宋, 仿宋_GB2312 …), by role; blank = open faces found on the machine. */
    public record Fonts(String title, String body, String heading1, String heading2, String numbers) {
        public java.util.Map<org.reformreport.document.FontRole, java.nio.file.Path> configured() {
            java.util.Map<org.reformreport.document.FontRole, java.nio.file.Path> files =
                    new java.util.EnumMap<>(org.reformreport.document.FontRole.class);
            put(files, org.reformreport.document.FontRole.TITLE, title);
            put(files, org.reformreport.document.FontRole.BODY, body);
            put(files, org.reformreport.document.FontRole.HEADING1, heading1);
            put(files, org.reformreport.document.FontRole.HEADING2, heading2);
            put(files, org.reformreport.document.FontRole.NUMBERS, numbers);
            return files;
        }

        private static void put(java.util.Map<org.reformreport.document.FontRole, java.nio.file.Path> files,
                                org.reformreport.document.FontRole role, String file) {
            if (file != null && !file.isBlank()) {
                files.put(role, java.nio.file.Path.of(file));
            }
        }
    }

    /**
     * What one inbox file may cost to read (see {@link ReadLimits}): a file over any of these is
     * refused as a whole with the reason, and the month goes on. Sizes in MB. {@code maxWeeklyCount}:
     * a tally count above it (in any of the ten count columns, for one week) rejects the row, a
     * liaison's typo, not a week's work.
     */
    public record Intake(@DefaultValue("50") int maxFileMb,
                         @DefaultValue("" + IntakeLimits.DEFAULT_MAX_WEEKLY_COUNT) int maxWeeklyCount,
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
        public Intake {
            if (maxWeeklyCount < 1 || maxWeeklyCount > IntakeLimits.HIGHEST_MAX_WEEKLY_COUNT) {
                throw new IllegalArgumentException("reform.intake.max-weekly-count must be 1.."
                        + IntakeLimits.HIGHEST_MAX_WEEKLY_COUNT + ", was " + maxWeeklyCount);
            }
            readLimits(maxFileMb, maxUnpackedMb, maxSharedStringsMb, maxSharedStrings, maxStylesMb, maxCellChars,
                    maxSheets, maxRowsPerSheet, maxRowsPerFile, maxCellsPerSheet, maxCellsPerFile); // checks each
        }

        public ReadLimits readLimits() {
            return readLimits(maxFileMb, maxUnpackedMb, maxSharedStringsMb, maxSharedStrings, maxStylesMb, maxCellChars,
                    maxSheets, maxRowsPerSheet, maxRowsPerFile, maxCellsPerSheet, maxCellsPerFile);
        }

        private static final long MB = 1024L * 1024L;

        private static ReadLimits readLimits(int fileMb, int unpackedMb, int sharedStringsMb, int sharedStrings,
                                             int stylesMb, int cellChars, int sheets, int rowsPerSheet,
                                             long rowsPerFile, long cellsPerSheet, long cellsPerFile) {
            return new ReadLimits(fileMb * MB, unpackedMb * MB, sharedStringsMb * MB, sharedStrings, stylesMb * MB,
                    cellChars, sheets, rowsPerSheet, rowsPerFile, cellsPerSheet, cellsPerFile);
        }
    }
}

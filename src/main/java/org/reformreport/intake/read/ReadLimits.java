package org.reformreport.intake.read;

/**
 * What one form file may cost to read (reform.intake.* in settings.yml). A file over any limit is
 * refused as a whole, with the limit named in the reason, and the month goes on. The defaults hold a
 * 200,000-row weekly form several times over and keep one file far below what a 1 GB heap holds:
 * only the shared strings and the styles are held in memory; sheets are streamed.
 *
 * @param maxFileBytes         the file on disk
 * @param maxUnpackedBytes     everything inflated from one xlsx (counted as it inflates: declared sizes may lie)
 * @param maxSharedStringBytes the shared-strings part, inflated
 * @param maxSharedStrings     distinct strings in it (each costs an object besides its text)
 * @param maxStylesBytes       the styles part, inflated (parsed into an object tree)
 * @param maxCellChars         characters in one cell (Excel itself holds at most 32,767)
 * @param maxSheets            sheets in one workbook
 * @param maxRowsPerSheet      rows of one sheet, blank ones included
 * @param maxRowsPerFile       rows of all sheets together (a CSV's records)
 * @param maxCellsPerSheet     cells of one sheet
 * @param maxCellsPerFile      cells of all sheets together
 */
public record ReadLimits(
        long maxFileBytes,
        long maxUnpackedBytes,
        long maxSharedStringBytes,
        int maxSharedStrings,
        long maxStylesBytes,
        int maxCellChars,
        int maxSheets,
        int maxRowsPerSheet,
        long maxRowsPerFile,
        long maxCellsPerSheet,
        long maxCellsPerFile) {

    /** Excel's own maximum of characters in a cell. */
    public static final int EXCEL_MAX_CELL_CHARS = 32_767;
    /** Excel's own maximum of columns (XFD). */
    public static final int EXCEL_MAX_COLUMNS = 16_384;

    private static final long MB = 1024L * 1024L;

    public ReadLimits {
        positive("max-file-mb", maxFileBytes);
        positive("max-unpacked-mb", maxUnpackedBytes);
        positive("max-shared-strings-mb", maxSharedStringBytes);
        positive("max-shared-strings", maxSharedStrings);
        positive("max-styles-mb", maxStylesBytes);
        positive("max-cell-chars", maxCellChars);
        positive("max-sheets", maxSheets);
        positive("max-rows-per-sheet", maxRowsPerSheet);
        positive("max-rows-per-file", maxRowsPerFile);
        positive("max-cells-per-sheet", maxCellsPerSheet);
        positive("max-cells-per-file", maxCellsPerFile);
    }

    /** The same defaults as settings.yml's reform.intake block. */
    public static ReadLimits defaults() {
        return new ReadLimits(
                50 * MB,
                1024 * MB,
                100 * MB,
                1_000_000,
                20 * MB,
                EXCEL_MAX_CELL_CHARS,
                200,
                500_000,
                1_000_000,
                10_000_000,
                20_000_000);
    }

    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(
                bytes,
                maxUnpackedBytes,
                maxSharedStringBytes,
                maxSharedStrings,
                maxStylesBytes,
                maxCellChars,
                maxSheets,
                maxRowsPerSheet,
                maxRowsPerFile,
                maxCellsPerSheet,
                maxCellsPerFile);
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException("reform.intake." + name + " must be at least 1, was " + value);
        }
    }

    /** A size as a reason gives it: "100 MB", "1.5 MB", "48 KB". */
    static String size(long bytes) {
        if (bytes < MB) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return (bytes % MB == 0
                        ? Long.toString(bytes / MB)
                        : String.format(java.util.Locale.ROOT, "%.1f", bytes / (double) MB))
                + " MB";
    }
}

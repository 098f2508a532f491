package org.reformreport.intake.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * What reading one file has cost so far, against its {@link ReadLimits}: bytes inflated (counted as
 * they come out of the inflater, whatever the zip entry declares), rows and cells. Every breach
 * throws {@link ReadLimitException} with the reason the liaison reads.
 */
final class ReadBudget {

    /**
     * The longest stretch of XML without a '<' that a real workbook can hold: a cell's 32,767
     * characters, each escaped as a 10-byte character reference, fit four times over. A longer stretch
     * is one huge text or attribute, which the XML parser would hold whole before any limit sees it.
     */
    static final int MAX_BYTES_BETWEEN_TAGS = 1 << 20;

    private final ReadLimits limits;
    private long unpacked;
    private long rows;
    private long cells;

    ReadBudget(ReadLimits limits) {
        this.limits = limits;
    }

    ReadLimits limits() {
        return limits;
    }

    /**
     * A part's inflated bytes, counted into the file's total and against the part's own limit.
     *
     * @param partLimit  the part's own limit in bytes (Long.MAX_VALUE for none but the total)
     * @param overPart   the reason when the part alone goes over its limit
     */
    InputStream meter(InputStream in, long partLimit, String overPart) {
        return new Metered(in, partLimit, overPart);
    }

    /** Refuses a part up front when its declared size (where the zip gives one) is already over. */
    void declared(long size, long partLimit, String overPart) {
        if (size > partLimit) {
            throw new ReadLimitException(overPart);
        }
        if (size > 0 && unpacked + size > limits.maxUnpackedBytes()) {
            throw new ReadLimitException(overTotal());
        }
    }

    /** One more row (of the given sheet, which has had rowsInSheet so far counting this one). */
    void row(String sheet, long rowsInSheet) {
        if (rowsInSheet > limits.maxRowsPerSheet()) {
            throw new ReadLimitException(
                    sheetLabel(sheet) + "超过" + limits.maxRowsPerSheet() + "行（上限），已拒绝读取整个文件，请拆分后重新报送");
        }
        if (++rows > limits.maxRowsPerFile()) {
            throw new ReadLimitException("文件超过" + limits.maxRowsPerFile() + "行（上限），已拒绝读取，请拆分后重新报送");
        }
    }

    /** More cells (of the given sheet, which has had cellsInSheet so far counting these). */
    void cells(String sheet, long cellsInSheet, int added) {
        if (cellsInSheet > limits.maxCellsPerSheet()) {
            throw new ReadLimitException(
                    sheetLabel(sheet) + "超过" + limits.maxCellsPerSheet() + "个单元格（上限），已拒绝读取整个文件，请拆分后重新报送");
        }
        cells += added;
        if (cells > limits.maxCellsPerFile()) {
            throw new ReadLimitException("文件超过" + limits.maxCellsPerFile() + "个单元格（上限），已拒绝读取，请拆分后重新报送");
        }
    }

    private String overTotal() {
        return "文件解压后超过" + ReadLimits.size(limits.maxUnpackedBytes()) + "（上限），已拒绝读取，请拆分后重新报送";
    }

    static String sheetLabel(String sheet) {
        return sheet.isEmpty() ? "文件" : "工作表“" + sheet + "”";
    }

    private final class Metered extends FilterInputStream {
        private final long partLimit;
        private final String overPart;
        private long part;
        private int sinceTag;

        Metered(InputStream in, long partLimit, String overPart) {
            super(in);
            this.partLimit = partLimit;
            this.overPart = overPart;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                see((byte) b);
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            for (int i = off; i < off + n; i++) {
                see(b[i]);
            }
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Parsers do not skip; counting what is skipped keeps the budget honest if one does.
            long skipped = super.skip(n);
            add(skipped);
            return skipped;
        }

        private void see(byte b) {
            sinceTag = b == '<' ? 0 : sinceTag + 1;
            if (sinceTag > MAX_BYTES_BETWEEN_TAGS) {
                throw new ReadLimitException("文件含异常超长的内容（一段文字或属性超过1 MB），不是正常的Excel表格，已拒绝读取");
            }
        }

        private void add(long bytes) {
            part += bytes;
            unpacked += bytes;
            if (part > partLimit) {
                throw new ReadLimitException(overPart);
            }
            if (unpacked > limits.maxUnpackedBytes()) {
                throw new ReadLimitException(overTotal());
            }
        }
    }
}

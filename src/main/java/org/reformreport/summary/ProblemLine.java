package org.reformreport.summary;

/**
 * A row or file to list on 数据问题, with what is wrong in the liaison's words.
 *
 * @param row where in the file, null when the whole file is meant
 */
public record ProblemLine(Kind kind, String fileName, Row row, String reason) {

    /** What kind of problem it is, as the sheet names it. */
    public enum Kind {
        REJECTED("退回"),
        SUPERSEDED("已被更正"),
        WARNING("提示"),
        DUPLICATE_FILE("重复文件"),
        UNREADABLE_FILE("无法读取");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A place in a file; the row number is null for a problem of a whole sheet. */
    public record Row(String sheetName, Integer rowNumber, String unitCode) {}

    public String sheetName() {
        return row == null ? null : row.sheetName();
    }

    public Integer rowNumber() {
        return row == null ? null : row.rowNumber();
    }

    public String unitCode() {
        return row == null ? null : row.unitCode();
    }
}

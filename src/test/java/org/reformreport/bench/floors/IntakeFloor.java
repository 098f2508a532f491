package org.reformreport.bench.floors;

import java.io.File;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Floor for the intake stage: bare POI streaming (SAX) read of a large xlsx form, every data row
 * inserted into H2 with plain JDBC batches. No project code.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.reformreport.bench.floors.IntakeFloor \
 *   -Dexec.args="/tmp/intake-200k.xlsx jdbc:h2:file:/tmp/intake-floor/db;WRITE_DELAY=0"
 * </pre>
 * Args: {@code <xlsxFile> <h2Url>}. Two passes over the file: parse only (rows discarded), then
 * parse + insert. Prints {@code FLOOR intake rows=.. seconds_parse=.. seconds_total=.. rows_per_s=..}.
 */
public final class IntakeFloor {

    static final int BATCH = 1000;
    static final int COMMIT = 10_000;
    // Header text -> position in the row handed to the consumer.
    static final String[] WANTED = {
        "单位编码", "单位名称", "周起始日", "中央媒体", "省级媒体", "市级媒体", "区级媒体", "政务新媒体", "专栏稿件", "典型案例", "舆论监督", "一把手访谈", "社会宣传", "填报人",
        "填报日期", "备注"
    };

    interface RowSink {
        void row(String sheet, int rowNum, String[] values) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        File xlsx = new File(args[0]);
        String url = args[1];

        // Pass 1: parsing alone; the rows are only counted.
        long[] seen = {0, 0};
        long t0 = System.nanoTime();
        read(xlsx, (sheet, rowNum, v) -> {
            seen[0]++;
            seen[1] += v[0] == null ? 0 : v[0].length();
        });
        double parse = (System.nanoTime() - t0) / 1e9;

        // Pass 2: parse + insert, batch 1000, commit every 10,000 rows.
        try (Connection con = DriverManager.getConnection(url, "sa", "")) {
            try (Statement st = con.createStatement()) {
                st.execute("DROP TABLE IF EXISTS FLOOR_ROWS");
                st.execute("CREATE TABLE FLOOR_ROWS (ID BIGINT AUTO_INCREMENT PRIMARY KEY,"
                        + " SOURCE_FILE VARCHAR(255), SHEET_NAME VARCHAR(64), ROW_NO INT,"
                        + " UNIT_CODE VARCHAR(32), UNIT_NAME VARCHAR(200), WEEK_START DATE,"
                        + " CENTRAL INT, PROVINCIAL INT, CITY INT, DISTRICT INT, GOV_NEW_MEDIA INT, COLUMN_PIECES INT,"
                        + " CASES INT, SUPERVISION INT, LEADER_INTERVIEWS INT, PUBLICITY INT,"
                        + " FILLER VARCHAR(64), FILL_DATE DATE, REMARK VARCHAR(500))");
            }
            con.setAutoCommit(false);
            long t1 = System.nanoTime();
            long[] n = {0};
            try (PreparedStatement ps = con.prepareStatement("INSERT INTO FLOOR_ROWS (SOURCE_FILE, SHEET_NAME, ROW_NO,"
                    + " UNIT_CODE, UNIT_NAME, WEEK_START, CENTRAL, PROVINCIAL, CITY, DISTRICT, GOV_NEW_MEDIA,"
                    + " COLUMN_PIECES, CASES, SUPERVISION, LEADER_INTERVIEWS, PUBLICITY, FILLER, FILL_DATE, REMARK)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                read(xlsx, (sheet, rowNum, v) -> {
                    ps.setString(1, xlsx.getName());
                    ps.setString(2, sheet);
                    ps.setInt(3, rowNum + 1);
                    ps.setString(4, v[0]);
                    ps.setString(5, v[1]);
                    ps.setObject(6, date(v[2]), Types.DATE);
                    for (int c = 3; c <= 12; c++) {
                        ps.setObject(c + 4, integer(v[c]), Types.INTEGER);
                    }
                    ps.setString(17, v[13]);
                    ps.setObject(18, date(v[14]), Types.DATE);
                    ps.setString(19, v[15]);
                    ps.addBatch();
                    if (++n[0] % BATCH == 0) {
                        ps.executeBatch();
                    }
                    if (n[0] % COMMIT == 0) {
                        con.commit();
                    }
                });
                ps.executeBatch();
                con.commit();
            }
            double total = (System.nanoTime() - t1) / 1e9;
            long stored;
            try (Statement st = con.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM FLOOR_ROWS")) {
                rs.next();
                stored = rs.getLong(1);
            }
            if (stored != seen[0] || n[0] != seen[0]) {
                throw new IllegalStateException("parsed " + seen[0] + " rows, inserted " + n[0] + ", stored " + stored);
            }
            System.out.println(String.format(
                    Locale.ROOT,
                    "FLOOR intake rows=%d seconds_parse=%.2f seconds_total=%.2f rows_per_s=%.0f",
                    stored,
                    parse,
                    total,
                    stored / total));
        }
    }

    /** Every sheet, as POI's XLSX2CSV example does it: shared strings read-only, cells formatted to text. */
    static void read(File xlsx, RowSink sink) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(xlsx, PackageAccess.READ)) {
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    RowCollector rows = new RowCollector(sheets.getSheetName(), sink);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(
                            new XSSFSheetXMLHandler(styles, null, strings, rows, new DataFormatter(), false));
                    parser.parse(new InputSource(in));
                }
            }
        }
    }

    /** Collects one row's cells; rows above the header (the one containing 单位编码) are skipped. */
    static final class RowCollector implements SheetContentsHandler {
        final String sheet;
        final RowSink sink;
        final List<String> cells = new ArrayList<>();
        int[] columnOf; // WANTED index -> sheet column, null until the header row is seen

        RowCollector(String sheet, RowSink sink) {
            this.sheet = sheet;
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = column(ref);
            while (cells.size() <= col) {
                cells.add(null);
            }
            cells.set(col, value);
        }

        @Override
        public void endRow(int rowNum) {
            if (columnOf == null) {
                if (cells.contains("单位编码")) {
                    columnOf = new int[WANTED.length];
                    for (int i = 0; i < WANTED.length; i++) {
                        columnOf[i] = cells.indexOf(WANTED[i]);
                    }
                }
                return;
            }
            String[] v = new String[WANTED.length];
            boolean any = false;
            for (int i = 0; i < WANTED.length; i++) {
                int c = columnOf[i];
                v[i] = c >= 0 && c < cells.size() ? cells.get(c) : null;
                any |= v[i] != null && !v[i].isBlank();
            }
            if (!any) {
                return; // blank line
            }
            try {
                sink.row(sheet, rowNum, v);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** "AB12" -> 27: the letters of a cell reference as a 0-based column. */
        static int column(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                col = col * 26 + (ref.charAt(i) - 'A' + 1);
            }
            return col - 1;
        }
    }

    static Integer integer(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (RuntimeException e) {
            return null;
        }
    }
}

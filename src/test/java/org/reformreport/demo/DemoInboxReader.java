package org.reformreport.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the demo inbox back the way spec §4 describes (header row detection, every sheet, csv
 * charset), independently of the generator's model, so the tests check the real bytes.
 */
final class DemoInboxReader {

    /** A cell value: a String as shown, or a LocalDate for real date cells. */
    record Value(String text, LocalDate date) {
        boolean blank() {
            return date == null && (text == null || text.isBlank());
        }

        String trimmed() {
            return text == null ? "" : text.strip();
        }
    }

    /** One data row with its location; values keyed by header. */
    record DataRow(String file, String sheet, int row, Map<String, Value> values) {
        Value get(String header) {
            return values.getOrDefault(header, new Value(null, null));
        }

        boolean blank() {
            return values.values().stream().allMatch(Value::blank);
        }
    }

    record Result(List<DataRow> tallies, List<DataRow> progress, List<String> unreadable, List<String> ignored) {}

    private DemoInboxReader() {}

    static Result read(Path inbox) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(inbox)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".csv"))
                    .sorted((a, b) -> relative(inbox, a).compareTo(relative(inbox, b)))
                    .toList();
        }
        List<DataRow> tallies = new ArrayList<>();
        List<DataRow> progress = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (Path path : files) {
            String name = relative(inbox, path);
            List<List<DataRow>> tables = new ArrayList<>();
            try {
                if (name.endsWith(".csv")) {
                    tables.add(readCsv(name, Files.readAllBytes(path)));
                } else {
                    tables.addAll(readXlsx(name, path, ignored));
                }
            } catch (Exception e) {
                unreadable.add(name);
                continue;
            }
            for (List<DataRow> table : tables) {
                if (table.isEmpty()) {
                    continue;
                }
                boolean tally = table.get(0).values().containsKey("周起始日");
                (tally ? tallies : progress)
                        .addAll(table.stream().filter(r -> !r.blank()).toList());
            }
        }
        return new Result(tallies, progress, unreadable, ignored);
    }

    private static List<List<DataRow>> readXlsx(String name, Path path, List<String> ignored) throws IOException {
        List<List<DataRow>> tables = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(path);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                int headerIndex = -1;
                for (int r = 0; r < 10 && headerIndex < 0; r++) {
                    Row row = sheet.getRow(r);
                    if (row == null) {
                        continue;
                    }
                    for (Cell cell : row) {
                        String text = formatter.formatCellValue(cell).strip();
                        if (text.equals("单位编码") || text.equals("任务编号")) {
                            headerIndex = r;
                        }
                    }
                }
                if (headerIndex < 0) {
                    ignored.add(name + "#" + sheet.getSheetName());
                    continue;
                }
                Map<Integer, String> headers = new LinkedHashMap<>();
                for (Cell cell : sheet.getRow(headerIndex)) {
                    headers.put(
                            cell.getColumnIndex(),
                            formatter.formatCellValue(cell).strip());
                }
                List<DataRow> rows = new ArrayList<>();
                for (int r = headerIndex + 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    Map<String, Value> values = new LinkedHashMap<>();
                    headers.forEach((c, h) -> values.put(h, value(row == null ? null : row.getCell(c), formatter)));
                    rows.add(new DataRow(name, sheet.getSheetName(), r + 1, values));
                }
                tables.add(rows);
            }
        }
        return tables;
    }

    private static Value value(Cell cell, DataFormatter formatter) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return new Value(null, null);
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return new Value(null, cell.getLocalDateTimeCellValue().toLocalDate());
        }
        return new Value(formatter.formatCellValue(cell), null);
    }

    private static List<DataRow> readCsv(String name, byte[] bytes) throws IOException {
        String text = decode(bytes);
        List<DataRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            List<CSVRecord> records = parser.getRecords();
            List<String> header =
                    records.get(0).toList().stream().map(String::strip).toList();
            for (int i = 1; i < records.size(); i++) {
                Map<String, Value> values = new LinkedHashMap<>();
                CSVRecord record = records.get(i);
                for (int c = 0; c < header.size(); c++) {
                    values.put(header.get(c), new Value(c < record.size() ? record.get(c) : null, null));
                }
                rows.add(new DataRow(name, "", i + 1, values));
            }
        }
        return rows;
    }

    /** BOM → UTF-8; valid UTF-8 → UTF-8; otherwise GB18030, as WPS exports. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    private static String relative(Path inbox, Path file) {
        return inbox.relativize(file).toString().replace('\\', '/');
    }
}

package org.reformreport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.intake.FormType;
import org.reformreport.intake.Headers;

/**
 * The blank forms in templates/ and the intake cannot drift apart: the writer takes its columns from
 * the intake's {@link Headers} and the committed forms are what it writes (BlankFormsIntakeTest: the
 * intake's own reader takes each of them for its form with no column missing).
 */
class LiaisonFormTemplatesTest {

    static final Path COMMITTED = Path.of("templates");

    static final Map<FormType, String> FILES = Map.of(
            FormType.TALLY, LiaisonFormTemplates.TALLY_FILE, FormType.PROGRESS, LiaisonFormTemplates.PROGRESS_FILE);

    @TempDir
    Path dir;

    @Test
    void regeneratingTheTemplatesGivesTheCommittedHeadersWhichAreTheIntakes() throws IOException {
        LiaisonFormTemplates.write(dir);
        for (Map.Entry<FormType, String> form : FILES.entrySet()) {
            List<String> committed = headerRow(COMMITTED.resolve(form.getValue()));
            assertThat(headerRow(dir.resolve(form.getValue())))
                    .as("regenerated " + form.getValue())
                    .isEqualTo(committed);
            assertThat(committed).as("committed " + form.getValue()).isEqualTo(Headers.formColumns(form.getKey()));
            // the 填表说明 sheet explains the same columns, in the same order
            assertThat(notedColumns(COMMITTED.resolve(form.getValue())))
                    .as("notes of " + form.getValue())
                    .isEqualTo(committed);
        }
    }

    /** The data sheet's header row (row 2, below the title). */
    private static List<String> headerRow(Path file) throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> headers = new ArrayList<>();
            workbook.getSheetAt(0).getRow(1).forEach(c -> headers.add(formatter.formatCellValue(c)));
            return headers;
        }
    }

    /** The column table of the 填表说明 sheet: the first cell of each row below its 栏目 heading. */
    private static List<String> notedColumns(Path file) throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> columns = new ArrayList<>();
            boolean below = false;
            for (var row : workbook.getSheet("填表说明")) {
                String first = formatter.formatCellValue(row.getCell(0));
                if (below) {
                    columns.add(first);
                }
                below |= first.equals("栏目");
            }
            return columns;
        }
    }
}

package org.reformreport.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformreport.intake.read.FormFileReader;
import org.reformreport.intake.read.ReadLimits;

/** The blank forms liaisons fill in (templates/) are read by the intake as their forms, with no column missing. */
class BlankFormsIntakeTest {

    static final Map<FormType, String> FILES =
            Map.of(FormType.TALLY, "宣传报道周报表（模板）.xlsx", FormType.PROGRESS, "改革任务进展表（模板）.xlsx");

    @Test
    void theIntakeReadsEachCommittedBlankFormAsItsFormWithNoColumnMissing() throws Exception {
        for (Map.Entry<FormType, String> form : FILES.entrySet()) {
            List<String> events = new ArrayList<>();
            FormRowSink sink = new FormRowSink() {
                @Override
                public void headerFound(int sheetIndex, String sheetName, FormType type) {
                    events.add("header " + sheetName + " " + type);
                }

                @Override
                public void dataRow(FormType type, List<String> missingRequired, RawRow row) {
                    if (!row.isBlank() || !missingRequired.isEmpty()) {
                        events.add("row " + row.source().rowNumber() + " missing=" + missingRequired);
                    }
                }

                @Override
                public void sheetWarning(int sheetIndex, String sheetName, String message) {
                    events.add("warning " + message);
                }
            };
            Path file = Path.of("templates").resolve(form.getValue());
            new FormFileReader(ReadLimits.defaults()).read(file, new FormSheetParser(1, form.getValue(), sink));
            assertThat(events)
                    .as(form.getValue())
                    .containsExactly("header " + form.getKey().label() + " " + form.getKey());
        }
    }
}

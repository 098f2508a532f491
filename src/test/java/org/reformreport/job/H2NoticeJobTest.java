package org.reformreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.outputs.document.PdfText;
import org.reformreport.outputs.document.WordText;
import org.reformreport.publish.Manifest;
import org.reformreport.publish.MonthPublisher;
import org.reformreport.testing.DatabaseCleaner;
import org.reformreport.testing.Forms;
import org.reformreport.testing.TestDistrict;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The month's ranking notice in the run: published beside the district report and in the manifest,
 * numbered 区委改办〔YYYY〕N号 from reform.notice.first-number on, the number kept by a re-run of the
 * month, given by --doc-number, and the next month taking the next.
 */
@SpringBootTest(
        properties = {
            "reform.command-line.enabled=false",
            "reform.notice.enabled=true",
            "reform.notice.number-prefix=区委改办",
            "reform.notice.authority-name=中共平川区委全面深化改革委员会办公室",
            "reform.notice.first-number=3",
            "reform.notice.copies-to=区委办公室,区政府办公室",
            "reform.notice.printing-office=平川区委改革办"
        })
class H2NoticeJobTest {

    static final String NOTICE = "情况通报_2026年10月.pdf";

    @Autowired
    RunLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void theNoticeKeepsItsNumberAcrossRevisionsAndTakesTheOneGiven() throws Exception {
        DatabaseCleaner.clean(jdbc);
        plantDistrict(dir);
        assertThat(number(run(ReportMonth.of(2026, 10), null), NOTICE)).isEqualTo("区委改办〔2026〕3号");
        Manifest manifest = MonthPublisher.read(dir.resolve("output/2026-10/manifest.json"));
        assertThat(manifest.outputs()).extracting(Manifest.Output::path).contains(NOTICE);
        assertThat(text(dir.resolve("output/2026-10").resolve(NOTICE)))
                .contains("关于2026年10月全区改革宣传工作情况的通报", "二、排名情况", "抄送：区委办公室，区政府办公室。", "平川区委改革办");
        // the Word version says what the PDF says, 版头 and 版记 included
        Path word = dir.resolve("output/2026-10/情况通报_2026年10月.docx");
        assertThat(manifest.outputs()).extracting(Manifest.Output::path).contains("情况通报_2026年10月.docx");
        assertThat(WordText.differences(word, dir.resolve("output/2026-10").resolve(NOTICE)))
                .isEmpty();
        assertThat(WordText.paragraphs(word))
                .extracting(WordText.Paragraph::text)
                .contains("中共平川区委全面深化改革委员会办公室文件", "区委改办〔2026〕3号", "附件", "抄送：区委办公室，区政府办公室。");

        // a re-run of the month (revision 2) issues the same number
        assertThat(number(run(ReportMonth.of(2026, 10), null), NOTICE)).isEqualTo("区委改办〔2026〕3号");
        // the office gives another (its other documents took 3 … 11): kept from then on
        assertThat(number(run(ReportMonth.of(2026, 10), 12), NOTICE)).isEqualTo("区委改办〔2026〕12号");
        assertThat(number(run(ReportMonth.of(2026, 10), null), NOTICE)).isEqualTo("区委改办〔2026〕12号");
        // the next month takes the year's next number
        assertThat(number(run(ReportMonth.of(2026, 11), null), "情况通报_2026年11月.pdf"))
                .isEqualTo("区委改办〔2026〕13号");
    }

    private RunLauncher.Launched run(ReportMonth month, Integer docNumber) throws Exception {
        RunLauncher.Launched run = launcher.run(
                month,
                dir.resolve("inbox"),
                dir.resolve("output"),
                dir.resolve("job-config"),
                EmailMode.OFF,
                docNumber);
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return run;
    }

    /** The document number the published notice shows (the line of the 版头 holding 〔〕). */
    private String number(RunLauncher.Launched run, String file) throws IOException {
        Path pdf = dir.resolve("output").resolve(run.month().toString()).resolve(file);
        return PdfText.pages(pdf)
                .get(0)
                .lines()
                .map(String::strip)
                .filter(l -> l.contains("\u3014"))
                .findFirst()
                .orElseThrow();
    }

    static String text(Path pdf) throws IOException {
        return String.join("", PdfText.pages(pdf)).replaceAll("\\s+", "");
    }

    static void plantDistrict(Path dir) throws IOException {
        TestDistrict.writeConfig(dir.resolve("job-config"));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Forms.TALLY_HEADER));
        for (String week : List.of("2026-09-28", "2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26")) {
            String due = java.time.LocalDate.parse(week).plusDays(6).toString();
            rows.add(Forms.tally("CZJD", week, new int[] {0, 1, 2, 3, 4, 0, 0, 0, 0, 1}, due));
            rows.add(Forms.tally("FGJ", week, new int[] {1, 0, 1, 2, 6, 0, 0, 0, 0, 0}, due));
        }
        new Forms.Workbook().sheet("周报", rows).write(dir.resolve("inbox/周报.xlsx"));
        Files.createDirectories(dir.resolve("output"));
    }
}

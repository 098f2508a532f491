package org.reformreport.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformreport.testing.Forms.PROGRESS_HEADER;
import static org.reformreport.testing.Forms.TALLY_HEADER;
import static org.reformreport.testing.Forms.tally;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.intake.FormCheck.Note;
import org.reformreport.intake.FormCheck.RejectedRow;
import org.reformreport.intake.FormCheck.Result;
import org.reformreport.intake.read.CellProblem;
import org.reformreport.intake.read.FormFileReader;
import org.reformreport.intake.read.HostileFiles;
import org.reformreport.intake.read.SheetRowHandler;
import org.reformreport.intake.read.SheetState;
import org.reformreport.intake.read.UnreadableFileException;
import org.reformreport.job.ReformSettings;
import org.reformreport.testing.Forms;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The check on hand-made forms with known mistakes: what the intake would decide, collected, nothing stored. */
class FormCheckTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** Late on the 12th in UTC: already the 13th in the office's zone, the date a blank 填报日期 takes. */
    private static final Instant MODIFIED = Instant.parse("2026-10-12T20:00:00Z");

    @TempDir
    Path dir;

    /** The intake's settings as settings.yml binds them, with these properties. */
    private static IntakeSettings settings(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("reform", ReformSettings.class)
                .intake();
    }

    private static FormCheck check(Map<String, String> properties) {
        return new FormCheck(TestRegistry.REGISTRY, settings(properties), SHANGHAI, TODAY);
    }

    private static List<Object> header() {
        return new ArrayList<>(TALLY_HEADER);
    }

    private static long sum(int[] counts, int from, int to) {
        return Arrays.stream(counts, from, to).asLongStream().sum();
    }

    @Test
    void everyRowIsDecidedAsTheIntakeWouldAndNothingIsLeftOut() throws Exception {
        int[] ofWhichTooMany = {1, 1, 1, 1, 1, 9, 0, 0, 0, 0};
        List<Object> blankDate = tally("SJJ", "2026-10-05", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, null);
        List<Object> otherName = tally("CZJD", "2026-10-12", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-10-19");
        otherName.set(1, "长征街道办事处");
        List<List<Object>> rows = List.of(
                header(), // row 1
                tally(
                        "CZJD",
                        "2026-10-05",
                        new int[] {1, 1, 1, 1, 1, 0, 0, 0, 0, 0},
                        "2026-10-12"), // 2: corrected by 8
                tally("DLLJD", "2026-10-07", new int[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0}, "2026-10-12"), // 3: a Wednesday
                List.of(" "), // 4: blank
                tally("X99", "2026-10-05", new int[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0}, "2026-10-12"), // 5: unknown unit
                tally("FGJ", "2026-10-05", ofWhichTooMany, "2026-10-12"), // 6: 专栏 above 媒体合计
                blankDate, // 7: 填报日期 from the file's date
                tally(
                        "CZJD",
                        "2026-10-05",
                        new int[] {2, 1, 1, 1, 1, 0, 0, 0, 0, 0},
                        "2026-10-14"), // 8: the correction
                tally(
                        "FGJ",
                        "2026-10-12",
                        new int[] {11, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                        "2026-10-19"), // 9: over the limit
                tally("DLLJD", "2026-10-12", new int[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0}, "2099-01-01"), // 10: future
                otherName); // 11: a name the registry writes otherwise
        Path file = new Forms.Workbook()
                .sheet("第1周", rows)
                .sheet("填表说明", List.of(List.of("每周一报送上周情况")))
                .sheet("Sheet3", List.of(List.of("随手记的内容")))
                .write(dir.resolve("周报.xlsx"));
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));

        Result r = check(Map.of("reform.intake.max-weekly-count", "10")).check(file, "周报表/周报.xlsx");

        assertThat(r.fileName()).isEqualTo("周报表/周报.xlsx");
        assertThat(r.outcome()).isEqualTo(ReadOutcome.READ);
        assertThat(r.problem()).isNull();
        assertThat(r.read()).isEqualTo(rows.size() - 1);
        assertThat(r.blank()).isEqualTo(1);
        assertThat(r.rejected()).isEqualTo(5);
        assertThat(r.valid()).isEqualTo(4);
        assertThat(r.read()).isEqualTo(r.valid() + r.rejected() + r.blank());
        assertThat(r.supersededInFile()).isEqualTo(1);
        assertThat(r.hasProblems()).isTrue();
        assertThat(r.rejections())
                .containsExactly(
                        new RejectedRow("第1周", 3, "DLLJD", "周起始日须为星期一（2026-10-07为星期三）"),
                        new RejectedRow("第1周", 5, "X99", "未知单位编码 X99"),
                        new RejectedRow("第1周", 6, "FGJ", "专栏稿件(9)大于媒体合计(" + sum(ofWhichTooMany, 0, 5) + ")"),
                        new RejectedRow("第1周", 9, "FGJ", "中央媒体(11)超过单周上限10，请核实"),
                        new RejectedRow("第1周", 10, "DLLJD", "填报日期(2099-01-01)晚于今天(" + TODAY + ")，请核实"));
        LocalDate fileDate = LocalDate.ofInstant(MODIFIED, SHANGHAI);
        assertThat(fileDate).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(r.notes())
                .containsExactly(
                        new Note("第1周", 7, "SJJ", "填报日期为空，按文件修改日期" + fileDate + "计"),
                        new Note("第1周", 11, "CZJD", "单位名称与名册不符：表中为“长征街道办事处”，名册为“长征街道”"),
                        new Note("Sheet3", null, null, "工作表“Sheet3”前10行中未找到表头（应含“单位编码”或“任务编号”），其中1行内容未读取"));
    }

    @Test
    void theOfficesLimitsApply() throws Exception {
        Path file = new Forms.Workbook()
                .sheet("第1周", List.of(header(), tally("CZJD", "2026-10-05", new int[10], "2026-10-12")))
                .sheet("第2周", List.of(header(), tally("CZJD", "2026-10-12", new int[10], "2026-10-19")))
                .write(dir.resolve("两周.xlsx"));
        Result defaults = check(Map.of()).check(file, "两周.xlsx");
        assertThat(defaults.outcome()).isEqualTo(ReadOutcome.READ);
        assertThat(defaults.valid()).isEqualTo(2);
        assertThat(defaults.hasProblems()).isFalse();

        Map<String, String> oneSheet = Map.of("reform.intake.max-sheets", "1");
        Result limited = check(oneSheet).check(file, "两周.xlsx");
        assertThat(limited.outcome()).isEqualTo(ReadOutcome.UNREADABLE);
        assertThat(limited.problem()).isEqualTo(readersReason(file, settings(oneSheet)));
        assertThat(limited.read()).isZero();
        assertThat(limited.notes()).isEmpty();
        assertThat(limited.hasProblems()).isTrue();
        // "today" is the office's date it is given: two days earlier, neither row may be in yet
        LocalDate earlier = LocalDate.of(2026, 10, 10);
        Result early =
                new FormCheck(TestRegistry.REGISTRY, settings(Map.of()), SHANGHAI, earlier).check(file, "两周.xlsx");
        assertThat(early.rejections())
                .containsExactly(
                        new RejectedRow("第1周", 2, "CZJD", "填报日期(2026-10-12)晚于今天(" + earlier + ")，请核实"),
                        new RejectedRow(
                                "第2周",
                                2,
                                "CZJD",
                                "周起始日(2026-10-12)所在周尚未开始，请核实；填报日期(2026-10-19)晚于今天(" + earlier + ")，请核实"));
    }

    @Test
    void filesThatCannotBeTakenAsFormsAreProblemsWithTheIntakesReason() throws Exception {
        FormCheck check = check(Map.of());
        Path corrupt = dir.resolve("坏文件.xlsx");
        HostileFiles.randomBytes(corrupt);
        Result unreadable = check.check(corrupt, "坏文件.xlsx");
        assertThat(unreadable.outcome()).isEqualTo(ReadOutcome.UNREADABLE);
        assertThat(unreadable.problem()).isNotBlank().isEqualTo(readersReason(corrupt, settings(Map.of())));
        assertThat(unreadable.hasProblems()).isTrue();

        Result missing = check.check(dir.resolve("没有这个文件.xlsx"), "没有这个文件.xlsx");
        assertThat(missing.outcome()).isEqualTo(ReadOutcome.UNREADABLE);
        assertThat(missing.problem()).isEqualTo("文件不存在，请核对文件名和路径");

        Path notes = new Forms.Workbook()
                .sheet("Sheet1", List.of(List.of("本周情况"), List.of("已电话报送")))
                .write(dir.resolve("便签.xlsx"));
        Result noForm = check.check(notes, "便签.xlsx");
        assertThat(noForm.outcome()).isEqualTo(ReadOutcome.NO_FORM);
        // the intake's words for it, as they were before the check shared them
        assertThat(noForm.problem()).isEqualTo("未找到周报表或改革任务进展表的表头（前10行中应有含“单位编码”及“周起始日”，或含“任务编号”的表头行）");
        assertThat(noForm.notes())
                .extracting(Note::message)
                .singleElement()
                .asString()
                .startsWith("工作表“Sheet1”前10行中未找到表头");
        assertThat(noForm.hasProblems()).isTrue();

        Path headerOnly = new Forms.Workbook().sheet("第1周", List.of(header())).write(dir.resolve("空表.xlsx"));
        Result empty = check.check(headerOnly, "空表.xlsx");
        assertThat(empty.outcome()).isEqualTo(ReadOutcome.READ);
        assertThat(empty.read()).isZero();
        assertThat(empty.notes()).containsExactly(new Note("", null, null, "文件有表头但没有填报数据"));
        assertThat(empty.hasProblems()).as("a warning is no problem").isFalse();
    }

    @Test
    void csvAndProgressFormsAndFoldersAsTheIntakeListsThem() throws Exception {
        Path inbox = dir.resolve("收件箱");
        Forms.csv(
                inbox.resolve("进展/进展.csv"),
                StandardCharsets.UTF_8,
                true,
                List.of(
                        PROGRESS_HEADER,
                        List.of("GG-01", "SJJ", "2026-10", "按期推进", "60", "推进中", "", "", "", "", "", "张三", "2026-11-02"),
                        List.of(
                                "GG-01",
                                "CZJD",
                                "2026-10",
                                "按期推进",
                                "60",
                                "推进中",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "张三",
                                "2026-11-02"),
                        List.of(
                                "GG-01",
                                "SJJ",
                                "2026-10",
                                "按期推进",
                                "70",
                                "推进中",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "张三",
                                "2026-11-03")));
        Files.writeString(inbox.resolve(".隐藏.csv"), "not a form");
        Files.writeString(inbox.resolve("~$周报.xlsx"), "Excel's lock file");
        new Forms.Workbook()
                .sheet("第1周", List.of(header(), tally("CZJD", "2026-10-05", new int[10], "2026-10-12")))
                .write(inbox.resolve("周报.xlsx"));

        List<Result> results = check(Map.of()).checkAll(inbox, "收件箱");

        assertThat(results).extracting(Result::fileName).containsExactly("收件箱/周报.xlsx", "收件箱/进展/进展.csv");
        Result progress = results.get(1);
        assertThat(progress.outcome()).isEqualTo(ReadOutcome.READ);
        assertThat(progress.read()).isEqualTo(3);
        assertThat(progress.valid()).isEqualTo(2);
        assertThat(progress.supersededInFile()).isEqualTo(1); // SJJ's October, sent again on the 3rd
        assertThat(progress.rejections())
                .containsExactly(new RejectedRow("", 3, "CZJD", "单位 CZJD 不是任务 GG-01 的牵头或配合单位"));
        assertThat(results.get(0).hasProblems()).isFalse();
    }

    /** Why the intake's reader refuses the file under these settings. */
    private static String readersReason(Path file, IntakeSettings settings) {
        try {
            new FormFileReader(settings.readLimits()).read(file, new SheetRowHandler() {
                @Override
                public void startSheet(int sheetIndex, String sheetName, SheetState visibility) {}

                @Override
                public void row(int rowNumber, String[] cells, List<CellProblem> problems) {}

                @Override
                public void endSheet() {}
            });
        } catch (UnreadableFileException e) {
            return e.reason();
        }
        throw new AssertionError("the reader took " + file);
    }
}

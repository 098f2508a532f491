package org.reformreport.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformreport.testing.Forms.PROGRESS_HEADER;
import static org.reformreport.testing.Forms.TALLY_HEADER;
import static org.reformreport.testing.Forms.tally;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformreport.cli.ReformReportCommand;
import org.reformreport.intake.IntakeRepository;
import org.reformreport.intake.IntakeRepository.FileLine;
import org.reformreport.intake.read.HostileFiles;
import org.reformreport.testing.Forms;
import org.reformreport.testing.TestDistrict;
import org.springframework.batch.core.BatchStatus;

/**
 * The intake run end to end on real files: what is stored, what is rejected and why, how
 * corrections and re-imports behave. Subclasses pick the database (H2, MySQL).
 */
abstract class IntakeJobScenario extends OfficeScenario {

    static final String WEEKLY = "2026年10月周报.xlsx";

    private RunLauncher.Launched run() throws Exception {
        return launcher.run(OCTOBER, inbox, output, config);
    }

    private void plantInbox() throws Exception {
        List<List<Object>> week1 = new ArrayList<>();
        week1.add(List.of("平川区宣传报道周报表（2026年10月第1周）"));
        week1.add(new ArrayList<>(TALLY_HEADER));
        week1.add(tally(
                "CZJD",
                LocalDate.of(2026, 10, 5),
                new int[] {1, 2, 3, 4, 5, 2, 1, 0, 0, 3},
                LocalDate.of(2026, 10, 12))); // row 3: corrected later
        week1.add(tally("DLLJD", "2026/10/5", new int[] {0, 0, 1, 2, 6, 0, 0, 0, 1, 2}, "2026年10月14日")); // row 4: late
        week1.add(List.of()); // row 5: blank
        week1.add(tally("X99", "2026-10-05", new int[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0}, "2026-10-12")); // row 6
        week1.add(tally("FGJ", "2026-10-07", new int[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0}, "2026-10-12")); // row 7
        week1.add(tally("SJJ", "2026-10-05", new int[] {0, 1, 2, 3, 4, 12, 0, 0, 0, 0}, "2026-10-12")); // row 8
        week1.add(tally("FGJ", "2026-10-05", new int[] {0, 1, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-10-12")); // row 9
        week1.add(tally("FGJ", "2026-10-05", new int[] {0, 1, 1, 1, 2, 0, 0, 0, 0, 0}, "2026-10-12")); // row 10
        List<Object> fullWidth = tally("SJJ", "２０２６-１０-１２", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-10-19");
        fullWidth.set(6, "３");
        List<List<Object>> week2 = List.of(new ArrayList<>(TALLY_HEADER), fullWidth);
        new Forms.Workbook()
                .sheet("第1周", week1)
                .sheet("填表说明", List.of(List.of("每周一报送上周情况")))
                .sheet("第2周", week2)
                .sheet("Sheet3", List.of(List.of("随手记的内容"), List.of("第二行")))
                .write(inbox.resolve(WEEKLY));

        Forms.csv(
                inbox.resolve("更正/长征街道_更正.csv"),
                Charset.forName("GBK"),
                false,
                List.of(
                        TALLY_HEADER,
                        List.of(
                                "CZJD",
                                "长征街道",
                                "2026年10月5日",
                                "1",
                                "2",
                                "3",
                                "4",
                                "6",
                                "2",
                                "1",
                                "0",
                                "0",
                                "3",
                                "张敏",
                                "2026-10-15",
                                "更正：政务新媒体漏报1条")));
        Forms.csv(
                inbox.resolve("进展/2026年10月进展.csv"),
                StandardCharsets.UTF_8,
                true,
                List.of(
                        PROGRESS_HEADER,
                        List.of(
                                "GG-01",
                                "FGJ",
                                "2026-10",
                                "按期推进",
                                "60",
                                "完成第二批事项梳理，\n召开推进会",
                                "时限压缩85%",
                                "",
                                "扩面",
                                "",
                                "",
                                "刘洋",
                                "2026-11-02"),
                        List.of(
                                "GG-01",
                                "SJJ",
                                "2026年10月",
                                "滞后",
                                "",
                                "系统对接延迟",
                                "",
                                "接口未通",
                                "督办",
                                "",
                                "",
                                "周婷",
                                "2026-11-02"),
                        List.of("GG-02", "FGJ", "2026-10", "按期推进", "", "", "", "", "", "", "", "", "2026-11-02"),
                        List.of(
                                "GG-01",
                                "FGJ",
                                "2026/10",
                                "已完成",
                                "100",
                                "全部完成",
                                "",
                                "",
                                "",
                                "“一照通”",
                                "省级",
                                "刘洋",
                                "2026-11-03")));
        HostileFiles.randomBytes(inbox.resolve("区文旅局_周报.xlsx"));
        Files.copy(inbox.resolve(WEEKLY), inbox.resolve("副本_" + WEEKLY));
        Forms.csv(inbox.resolve("说明.csv"), StandardCharsets.UTF_8, false, List.of(List.of("请各单位按时报送")));
    }

    @Test
    void storesCountedSupersededAndRejectedRowsWithWhereTheyCameFrom() throws Exception {
        plantInbox();
        RunLauncher.Launched run = run();
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(run.revision()).isEqualTo(1);

        Map<String, FileLine> files =
                byName(intake.runIntake(run.execution().getJobInstanceId()).files());
        assertThat(files.keySet())
                .containsExactlyInAnyOrder(
                        WEEKLY, "副本_" + WEEKLY, "更正/长征街道_更正.csv", "进展/2026年10月进展.csv", "区文旅局_周报.xlsx", "说明.csv");
        // the same content under a second name: counted once, under the first name (issue 11)
        assertThat(files.get("副本_" + WEEKLY).outcome()).isEqualTo("DUPLICATE");
        assertThat(files.get("副本_" + WEEKLY).counts()).isEqualTo(IntakeRepository.FileCounts.NONE);
        assertThat(files.get("区文旅局_周报.xlsx").status()).isEqualTo("UNREADABLE");
        assertThat(files.get("区文旅局_周报.xlsx").problem()).contains("不是有效的xlsx文件");
        assertThat(files.get("说明.csv").status()).isEqualTo("NO_FORM");

        IntakeRepository.FileCounts weekly = files.get(WEEKLY).counts();
        // 第1周 rows 3..10 and 第2周 row 2: 9 read, 1 blank, 3 rejected, 3 counted, 2 superseded.
        assertThat(weekly).isEqualTo(new IntakeRepository.FileCounts(9, 1, 3, 5, 3, 2));
        assertThat(weekly.reconciles()).isTrue();
        assertThat(files.get("更正/长征街道_更正.csv").counts()).isEqualTo(new IntakeRepository.FileCounts(1, 0, 0, 1, 1, 0));
        assertThat(files.get("进展/2026年10月进展.csv").counts())
                .isEqualTo(new IntakeRepository.FileCounts(4, 0, 1, 3, 2, 1));

        assertThat(jdbc.queryForList("SELECT sheet_name, row_no, unit_code, reason FROM rejected_row r"
                        + " JOIN intake_file f ON f.id = r.file_id ORDER BY f.file_name, r.sheet_index, r.row_no"))
                .extracting(m ->
                        m.get("SHEET_NAME") + "|" + m.get("ROW_NO") + "|" + m.get("UNIT_CODE") + "|" + m.get("REASON"))
                .containsExactly(
                        "第1周|6|X99|未知单位编码 X99",
                        "第1周|7|FGJ|周起始日须为星期一（2026-10-07为星期三）",
                        "第1周|8|SJJ|专栏稿件(12)大于媒体合计(10)",
                        "|4|FGJ|单位 FGJ 不是任务 GG-02 的牵头或配合单位");

        assertThat(jdbc.queryForList("SELECT unit_code, sheet_name, row_no, new_media, file_name FROM tally_row"
                        + " WHERE status = 'COUNTED' AND week_month = '2026-10' ORDER BY unit_code, week_start"))
                .extracting(m -> m.get("UNIT_CODE") + "|" + m.get("FILE_NAME") + "|" + m.get("ROW_NO") + "|"
                        + m.get("NEW_MEDIA"))
                .containsExactly(
                        "CZJD|更正/长征街道_更正.csv|2|6",
                        "DLLJD|" + WEEKLY + "|4|6",
                        "FGJ|" + WEEKLY + "|10|2",
                        "SJJ|" + WEEKLY + "|2|1");
        assertThat(jdbc.queryForList("SELECT unit_code, row_no, superseded_by_file, superseded_by_row FROM tally_row"
                        + " WHERE status = 'SUPERSEDED' ORDER BY row_no"))
                .extracting(m -> m.get("UNIT_CODE") + "|" + m.get("ROW_NO") + "|" + m.get("SUPERSEDED_BY_FILE") + "|"
                        + m.get("SUPERSEDED_BY_ROW"))
                .containsExactly("CZJD|3|更正/长征街道_更正.csv|2", "FGJ|9|" + WEEKLY + "|10");
        assertThat(jdbc.queryForObject(
                        "SELECT district_media FROM tally_row WHERE unit_code = 'SJJ'" + " AND status = 'COUNTED'",
                        Integer.class))
                .isEqualTo(3);

        assertThat(jdbc.queryForList("SELECT task_code, unit_code, progress_status, promotion, this_month"
                        + " FROM progress_row WHERE status = 'COUNTED' ORDER BY unit_code"))
                .extracting(m -> m.get("TASK_CODE") + "|" + m.get("UNIT_CODE") + "|" + m.get("PROGRESS_STATUS") + "|"
                        + m.get("PROMOTION"))
                .containsExactly("GG-01|FGJ|COMPLETED|PROVINCIAL", "GG-01|SJJ|LAGGING|null");
        assertThat(jdbc.queryForObject("SELECT this_month FROM progress_row WHERE status = 'SUPERSEDED'", String.class))
                .isEqualTo("完成第二批事项梳理，\n召开推进会");

        assertThat(jdbc.queryForList("SELECT message FROM intake_warning", String.class))
                .anySatisfy(w -> assertThat(w).startsWith("工作表“Sheet3”前10行中未找到表头"))
                .noneSatisfy(w -> assertThat(w).contains("填表说明"));
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() throws Exception {
        plantInbox();
        run();
        List<Map<String, Object>> before = snapshot();
        RunLauncher.Launched again = run();
        assertThat(again.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(again.revision()).isEqualTo(2);
        assertThat(snapshot()).isEqualTo(before);
        // Files imported before are not read again; files refused as a whole are tried again (and refused again).
        assertThat(intake.runIntake(again.execution().getJobInstanceId()).files())
                .allSatisfy(f -> assertThat(f.outcome())
                        .isEqualTo(f.status().equals("IMPORTED") ? "ALREADY_IMPORTED" : f.status()));
    }

    @Test
    void aCorrectionArrivingInALaterRunSupersedesTheCountedRow() throws Exception {
        new Forms.Workbook()
                .sheet(
                        "第1周",
                        List.of(
                                new ArrayList<>(TALLY_HEADER),
                                tally("FGJ", "2026-10-05", new int[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0}, "2026-10-12")))
                .write(inbox.resolve("b_周报.xlsx"));
        run();
        // Same 填报日期, but the name sorts earlier: the earlier-read row stays counted.
        new Forms.Workbook()
                .sheet(
                        "第1周",
                        List.of(
                                new ArrayList<>(TALLY_HEADER),
                                tally("FGJ", "2026-10-05", new int[] {0, 0, 0, 1, 9, 0, 0, 0, 0, 0}, "2026-10-12")))
                .write(inbox.resolve("a_重发.xlsx"));
        // A later 填报日期 wins whatever the name.
        new Forms.Workbook()
                .sheet(
                        "第1周",
                        List.of(
                                new ArrayList<>(TALLY_HEADER),
                                tally("FGJ", "2026-10-05", new int[] {0, 0, 0, 1, 3, 0, 0, 0, 0, 0}, "2026-10-13")))
                .write(inbox.resolve("0_更正.xlsx"));
        run();
        assertThat(jdbc.queryForList("SELECT file_name, status FROM tally_row ORDER BY file_name"))
                .extracting(m -> m.get("FILE_NAME") + "|" + m.get("STATUS"))
                .containsExactly("0_更正.xlsx|COUNTED", "a_重发.xlsx|SUPERSEDED", "b_周报.xlsx|SUPERSEDED");
        // Files are read in name order: 0_更正 replaced b_周报 first, so a_重发 lost to 0_更正.
        assertThat(jdbc.queryForObject(
                        "SELECT superseded_by_file FROM tally_row WHERE file_name = 'a_重发.xlsx'", String.class))
                .isEqualTo("0_更正.xlsx");
        assertThat(jdbc.queryForObject(
                        "SELECT superseded_by_file FROM tally_row WHERE file_name = 'b_周报.xlsx'", String.class))
                .isEqualTo("0_更正.xlsx");
    }

    @Test
    void rowsRejectedForAnUnknownUnitCountOnceTheUnitIsRegistered() throws Exception {
        new Forms.Workbook()
                .sheet(
                        "第1周",
                        List.of(
                                new ArrayList<>(TALLY_HEADER),
                                tally("FGJ", "2026-10-05", new int[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0}, "2026-10-11")))
                .write(inbox.resolve("a_旧.xlsx"));
        new Forms.Workbook()
                .sheet(
                        "第1周",
                        List.of(
                                new ArrayList<>(TALLY_HEADER),
                                tally("NEW1", "2026-10-05", new int[] {0, 0, 0, 2, 2, 0, 0, 0, 0, 0}, "2026-10-12"),
                                tally("FGJ", "2026-10-05", new int[] {0, 0, 0, 3, 3, 0, 0, 0, 0, 0}, "2026-10-12")))
                .write(inbox.resolve("b_新单位.xlsx"));
        run();
        assertThat(jdbc.queryForList("SELECT reason FROM rejected_row", String.class))
                .containsExactly("未知单位编码 NEW1");

        // The office registers the new unit and runs again: the file is read again, nothing twice.
        TestDistrict.writeConfig(config, TestDistrict.UNITS + "NEW1,新设街道,乡镇街道,,,,,,,,\n", TestDistrict.TASKS);
        RunLauncher.Launched again = run();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row", Integer.class))
                .isZero();
        assertThat(jdbc.queryForList("SELECT file_name, unit_code, status, superseded_by_file FROM tally_row"
                        + " ORDER BY file_name, unit_code"))
                .extracting(m -> m.get("FILE_NAME") + "|" + m.get("UNIT_CODE") + "|" + m.get("STATUS") + "|"
                        + m.get("SUPERSEDED_BY_FILE"))
                .containsExactly(
                        "a_旧.xlsx|FGJ|SUPERSEDED|b_新单位.xlsx",
                        "b_新单位.xlsx|FGJ|COUNTED|null",
                        "b_新单位.xlsx|NEW1|COUNTED|null");
        Map<String, FileLine> files =
                byName(intake.runIntake(again.execution().getJobInstanceId()).files());
        assertThat(files.get("b_新单位.xlsx").outcome()).isEqualTo("IMPORTED");
        assertThat(files.get("b_新单位.xlsx").counts()).isEqualTo(new IntakeRepository.FileCounts(2, 0, 0, 2, 2, 0));
        assertThat(files.get("a_旧.xlsx").outcome()).isEqualTo("ALREADY_IMPORTED");
        assertThat(files.get("a_旧.xlsx").counts().reconciles()).isTrue();

        // Nothing left to re-check: the next run reads nothing again.
        RunLauncher.Launched third = run();
        assertThat(intake.runIntake(third.execution().getJobInstanceId()).files())
                .allSatisfy(f -> assertThat(f.outcome()).isEqualTo("ALREADY_IMPORTED"));
    }

    @Test
    void hostileFilesAreReportedAndTheRunGoesOn() throws Exception {
        HostileFiles.zipBomb(inbox.resolve("bomb.xlsx"));
        HostileFiles.externalEntity(inbox.resolve("xxe.xlsx"));
        HostileFiles.encrypted(inbox.resolve("encrypted.xlsx"));
        HostileFiles.truncated(inbox.resolve("truncated.xlsx"));
        Files.write(inbox.resolve("~$打开中的文件.xlsx"), new byte[] {1});
        RunLauncher.Launched run = run();
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, FileLine> files =
                byName(intake.runIntake(run.execution().getJobInstanceId()).files());
        assertThat(files.keySet())
                .containsExactlyInAnyOrder("bomb.xlsx", "xxe.xlsx", "encrypted.xlsx", "truncated.xlsx");
        assertThat(files.values()).allSatisfy(f -> assertThat(f.status()).isEqualTo("UNREADABLE"));
        assertThat(files.get("bomb.xlsx").problem()).contains("压缩炸弹");
        assertThat(files.get("encrypted.xlsx").problem()).contains("密码");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tally_row", Integer.class))
                .isZero();
    }

    @Test
    void aBrokenRegistryStopsTheRunNamingFileLineAndReason() throws Exception {
        TestDistrict.writeConfig(
                config,
                TestDistrict.UNITS + "CZJD,长征街道二,乡镇街道,,,,,,,,\n" + "JD9,某街道,乡镇街道,,,,,,,2026-13,\n",
                TestDistrict.TASKS.replace("SJJ；CZJD", "SJJ；NOPE"));
        RunLauncher.Launched run = run();
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(ReformReportCommand.oneLine(
                        run.execution().getAllFailureExceptions().get(0)))
                .contains("units.csv 第6行：单位编码 CZJD 重复（第2行已有）")
                .contains("units.csv 第7行：启用月份(2026-13)须为YYYY-MM格式的月份")
                .contains("reform-tasks.csv 第2行：配合单位编码 NOPE 不在单位名册中");

        // Fixed registry: the same month restarts (same revision) and completes.
        TestDistrict.writeConfig(config);
        RunLauncher.Launched restarted = run();
        assertThat(restarted.restart()).isTrue();
        assertThat(restarted.revision()).isEqualTo(1);
        assertThat(restarted.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    private List<Map<String, Object>> snapshot() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("SELECT id, status, counted_key FROM tally_row ORDER BY id"));
        rows.addAll(jdbc.queryForList("SELECT id, status, counted_key FROM progress_row ORDER BY id"));
        rows.addAll(jdbc.queryForList("SELECT id, reason FROM rejected_row ORDER BY id"));
        rows.addAll(jdbc.queryForList("SELECT id, sha256, rows_read FROM intake_file ORDER BY id"));
        return rows;
    }

    private static Map<String, FileLine> byName(List<FileLine> files) {
        Map<String, FileLine> map = new java.util.LinkedHashMap<>();
        files.forEach(f -> map.put(f.fileName(), f));
        return map;
    }
}

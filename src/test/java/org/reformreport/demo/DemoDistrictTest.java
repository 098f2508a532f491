package org.reformreport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.demo.DemoInboxReader.DataRow;

class DemoDistrictTest {

    @TempDir
    Path dir;

    @Test
    void twoRunsWriteIdenticalBytes() throws IOException {
        for (String run : List.of("a", "b")) {
            DemoDistrict.write(
                    dir.resolve(run).resolve("job-config"), dir.resolve(run).resolve("inbox"));
            LiaisonFormTemplates.write(dir.resolve(run).resolve("templates"));
        }
        Map<String, byte[]> first = contents(dir.resolve("a"));
        Map<String, byte[]> second = contents(dir.resolve("b"));
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
        assertThat(first)
                .containsKeys(
                        "job-config/units.csv",
                        "job-config/reform-tasks.csv",
                        "job-config/leaders.csv",
                        "templates/" + LiaisonFormTemplates.TALLY_FILE,
                        "templates/" + LiaisonFormTemplates.PROGRESS_FILE);
    }

    @Test
    void registriesCarryTheSpecHeadersWithABom() throws IOException {
        DemoDistrict.write(dir.resolve("job-config"), dir.resolve("inbox"));
        assertThat(Files.readString(dir.resolve("job-config/units.csv")))
                .startsWith("\uFEFF单位编码,单位名称,单位类型,上级单位编码,联络员,联络员电话,联络员邮箱,负责人,负责人邮箱,启用月份,停用月份\r\n");
        assertThat(Files.readString(dir.resolve("job-config/reform-tasks.csv")))
                .startsWith("\uFEFF任务编号,任务名称,领衔领导,牵头单位编码,配合单位编码,开始月份,计划完成月份,类别\r\n");
        assertThat(DemoRegistry.UNITS).allSatisfy(u -> assertThat(u.code()).matches("[A-Za-z0-9_-]{1,32}"));
        assertThat(DemoRegistry.TASKS).allSatisfy(t -> {
            assertThat(DemoRegistry.unit(t.lead())).isNotNull();
            t.partners().forEach(DemoRegistry::unit);
        });
    }

    @Test
    void everyExpectationPointsAtAnExistingRowOfThatUnit() throws IOException {
        Path inbox = dir.resolve("inbox");
        DemoDistrict.write(dir.resolve("job-config"), inbox);
        assertThat(DemoDistrict.expectedRejections()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(DemoDistrict.expectedWarnings()).isNotEmpty();
        assertThat(DemoDistrict.expectedSuperseded()).isNotEmpty();
        assertThat(DemoDistrict.expectedUnreadableFiles())
                .isNotEmpty()
                .allSatisfy(f -> assertThat(inbox.resolve(f)).isRegularFile());

        DemoInboxReader.Result read = DemoInboxReader.read(inbox);
        List<DataRow> rows = new ArrayList<>(read.tallies());
        rows.addAll(read.progress());
        List<ExpectedProblem> all = new ArrayList<>(DemoDistrict.expectedRejections());
        all.addAll(DemoDistrict.expectedWarnings());
        all.addAll(DemoDistrict.expectedSuperseded());
        for (ExpectedProblem p : all) {
            assertThat(inbox.resolve(p.file())).as(p.file()).isRegularFile();
            DataRow row = rows.stream()
                    .filter(r -> r.file().equals(p.file()) && r.sheet().equals(p.sheet()) && r.row() == p.row())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no data row for " + p));
            String code = row.values().containsKey("单位编码")
                    ? row.get("单位编码").trimmed()
                    : row.get("报送单位编码").trimmed();
            assertThat(code.isEmpty() ? null : code).as(p.toString()).isEqualTo(p.unitCode());
        }
    }

    @Test
    void templatesHaveTheSpecHeadersAndAnInstructionSheetTheIntakeSkips() throws IOException {
        LiaisonFormTemplates.write(dir);
        assertTemplate(
                dir.resolve(LiaisonFormTemplates.TALLY_FILE),
                List.of(
                        "单位编码", "单位名称", "周起始日", "中央媒体", "省级媒体", "市级媒体", "区级媒体", "政务新媒体", "专栏稿件", "典型案例", "舆论监督",
                        "一把手访谈", "社会宣传", "填报人", "填报日期", "备注"),
                13);
        assertTemplate(
                dir.resolve(LiaisonFormTemplates.PROGRESS_FILE),
                List.of(
                        "任务编号", "任务名称", "报送单位编码", "报送月份", "进展状态", "完成进度", "本月进展", "主要成效", "存在问题", "下步打算", "典型经验",
                        "推广层级", "填报人", "填报日期"),
                5);
    }

    private static void assertTemplate(Path file, List<String> headers, int validations) throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet data = workbook.getSheetAt(0);
            List<String> actual = new ArrayList<>();
            data.getRow(1).forEach(c -> actual.add(formatter.formatCellValue(c)));
            assertThat(actual).isEqualTo(headers);
            data.getRow(1)
                    .forEach(c -> assertThat(c.getCellComment())
                            .as(c.getStringCellValue())
                            .isNotNull());
            assertThat(data.getDataValidations()).hasSize(validations);
            assertThat(data.getPaneInformation().isFreezePane()).isTrue();
            XSSFSheet notes = workbook.getSheet("填表说明");
            assertThat(notes).isNotNull();
            for (int r = 0; r < 10; r++) {
                Row row = notes.getRow(r);
                if (row == null) {
                    continue;
                }
                for (Cell cell : row) {
                    assertThat(formatter.formatCellValue(cell)).doesNotContain("单位编码", "任务编号", "周起始日");
                }
            }
        }
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}

package org.reformreport.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.testing.TestDistrict;

class RegistryCsvLoaderTest {

    @TempDir
    Path dir;

    private RegistryException broken(String units, String tasks) throws Exception {
        TestDistrict.writeConfig(dir, units, tasks);
        return catchThrowableOfType(RegistryException.class, () -> new RegistryCsvLoader().load(dir));
    }

    @Test
    void loadsUnitsAndTasksByHeaderNameWithBomAndAnySeparator() throws Exception {
        TestDistrict.writeConfig(dir);
        RegistryCsvLoader.Loaded loaded = new RegistryCsvLoader().load(dir);
        Registry registry = loaded.registry();
        assertThat(registry.units()).extracting(Unit::code).containsExactly("CZJD", "DLLJD", "FGJ", "SJJ");
        assertThat(registry.unit("SJJ").orElseThrow().activeFrom()).isEqualTo(ReportMonth.of(2026, 1));
        assertThat(registry.task("GG-01").orElseThrow().participantCodes()).containsExactlyInAnyOrder("SJJ", "CZJD");
        assertThat(registry.task("GG-01").orElseThrow().involves("CZJD")).isTrue();
        assertThat(registry.task("GG-02").orElseThrow().involves("FGJ")).isFalse();
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void columnOrderIsFree() throws Exception {
        String units = "单位类型,单位名称,单位编码\n乡镇街道,长征街道,CZJD\n";
        String tasks = "类别,任务编号,任务名称,牵头单位编码,开始月份,计划完成月份\n一般改革,T1,某改革,CZJD,2026-01,2026-06\n";
        TestDistrict.writeConfig(dir, units, tasks);
        assertThat(new RegistryCsvLoader().load(dir).registry().task("T1")).isPresent();
    }

    @Test
    void unitActivityHonoursBothBoundsInclusive() {
        Unit unit = new Unit(
                "X", "X", "G", null, null, null, null, null, null, ReportMonth.of(2026, 3), ReportMonth.of(2026, 8));
        assertThat(unit.isActiveIn(ReportMonth.of(2026, 2))).isFalse();
        assertThat(unit.isActiveIn(ReportMonth.of(2026, 3))).isTrue();
        assertThat(unit.isActiveIn(ReportMonth.of(2026, 8))).isTrue();
        assertThat(unit.isActiveIn(ReportMonth.of(2026, 9))).isFalse();
    }

    @Test
    void everyBrokenLineIsNamedWithFileLineAndReason() throws Exception {
        String units = TestDistrict.UNITS
                + "CZJD,长征街道二,乡镇街道,,,,,,,,\n"
                + "BAD CODE,某单位,部门单位,,,,,,,,\n"
                + "K1,某单位,,,,,,,,,\n"
                + "K2,某单位,部门单位,NOPE,,,,,,2026-05,2026-03\n"
                + "K3,某单位,部门单位,,,,,,,2026/05,\n";
        String tasks = TestDistrict.TASKS
                + "GG-01,重复,某,FGJ,,2026-01,2026-02,重点改革\n"
                + "GG-03,某改革,某,ZZZ,,2026-05,2026-04,重要改革\n";
        RegistryException e = broken(units, tasks);
        assertThat(e.problems())
                .extracting(RegistryProblem::toString)
                .containsExactly(
                        "units.csv 第6行：单位编码 CZJD 重复（第2行已有）",
                        "units.csv 第7行：单位编码(BAD CODE)只能由1至32位字母、数字、-或_组成",
                        "units.csv 第8行：单位类型为空",
                        "units.csv 第9行：停用月份(2026-03)早于启用月份(2026-05)",
                        "units.csv 第10行：启用月份(2026/05)须为YYYY-MM格式的月份",
                        "reform-tasks.csv 第4行：任务编号 GG-01 重复（第2行已有）",
                        "reform-tasks.csv 第5行：牵头单位编码 ZZZ 不在单位名册中",
                        "reform-tasks.csv 第5行：计划完成月份(2026-04)早于开始月份(2026-05)",
                        "reform-tasks.csv 第5行：类别(重要改革)须为重点改革或一般改革");
    }

    @Test
    void codesDifferingOnlyInCaseAreDuplicates() throws Exception {
        RegistryException e = broken(TestDistrict.UNITS + "czjd,长征街道二,乡镇街道,,,,,,,,\n", TestDistrict.TASKS);
        assertThat(e.problems())
                .extracting(RegistryProblem::toString)
                .containsExactly("units.csv 第6行：单位编码 czjd 重复（第2行已有）");
    }

    @Test
    void aParentThatIsNotAUnitIsAllowed() throws Exception {
        // The district itself (or any body above the units) is no reporting unit: spec §3.
        String units = TestDistrict.UNITS + "K1,甲,部门单位,PCQ,,,,,,,\nK2,乙,部门单位,平川区委,,,,,,,\n" + "K3,丙,部门单位,k1,,,,,,,\n";
        TestDistrict.writeConfig(dir, units, TestDistrict.TASKS);
        RegistryCsvLoader.Loaded loaded = new RegistryCsvLoader().load(dir);
        assertThat(loaded.registry().unit("K1").orElseThrow().parentCode()).isEqualTo("PCQ");
        assertThat(loaded.registry().unit("K2").orElseThrow().parentCode()).isEqualTo("平川区委");
        assertThat(loaded.registry().unit("K3").orElseThrow().parentCode()).isEqualTo("k1");
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void aParentTooLongToStoreIsNamed() throws Exception {
        RegistryException e =
                broken(TestDistrict.UNITS + "K1,甲,部门单位," + "区".repeat(33) + ",,,,,,,\n", TestDistrict.TASKS);
        assertThat(e.problems())
                .extracting(RegistryProblem::toString)
                .containsExactly("units.csv 第6行：上级单位编码(" + "区".repeat(33) + ")不能超过32个字符");
    }

    @Test
    void eachParentCycleAmongUnitsIsReportedOnceNamingItsUnitsAndLines() throws Exception {
        String units = TestDistrict.UNITS
                + "K1,甲,部门单位,K1,,,,,,,\n" // line 6: its own parent
                + "K2,乙,部门单位,K3,,,,,,,\n" // line 7: K2 → K3 → K2
                + "K3,丙,部门单位,k2,,,,,,,\n" // line 8
                + "K4,丁,部门单位,K2,,,,,,,\n" // line 9: leads into the cycle, is not in it
                + "K5,戊,部门单位,K7,,,,,,,\n" // line 10: K5 → K7 → K6 → K5
                + "K6,己,部门单位,K5,,,,,,,\n" // line 11
                + "K7,庚,部门单位,K6,,,,,,,\n" // line 12
                + "K8,辛,部门单位,PCQ,,,,,,,\n"; // line 13: a body outside the registry
        RegistryException e = broken(units, TestDistrict.TASKS);
        assertThat(e.problems())
                .extracting(RegistryProblem::toString)
                .containsExactly(
                        "units.csv 第6行：上级单位编码不能是本单位（K1）",
                        "units.csv 第7行：上级单位形成循环：K2（第7行） → K3（第8行） → K2",
                        "units.csv 第10行：上级单位形成循环：K5（第10行） → K7（第12行） → K6（第11行） → K5");
    }

    @Test
    void missingFilesHeadersAndWrongEncodingAreClear() throws Exception {
        assertThat(catchThrowableOfType(RegistryException.class, () -> new RegistryCsvLoader().load(dir))
                        .getMessage())
                .contains("units.csv：文件不存在");
        TestDistrict.writeConfig(dir, "编码,名称\nA,B\n", TestDistrict.TASKS);
        assertThat(catchThrowableOfType(RegistryException.class, () -> new RegistryCsvLoader().load(dir))
                        .getMessage())
                .contains("units.csv 第1行：表头缺少列：单位编码、单位名称、单位类型");
        Files.write(dir.resolve("units.csv"), TestDistrict.UNITS.getBytes(Charset.forName("GBK")));
        assertThat(catchThrowableOfType(RegistryException.class, () -> new RegistryCsvLoader().load(dir))
                        .getMessage())
                .contains("units.csv：文件须为UTF-8编码");
    }

    @Test
    void malformedEmailIsAWarningNotAnError() throws Exception {
        TestDistrict.writeConfig(
                dir, TestDistrict.UNITS.replace("czjd@pc.example.cn", "czjd#pc.example.cn"), TestDistrict.TASKS);
        RegistryCsvLoader.Loaded loaded = new RegistryCsvLoader().load(dir);
        assertThat(loaded.warnings())
                .extracting(RegistryProblem::toString)
                .containsExactly("units.csv 第2行：联络员邮箱(czjd#pc.example.cn)不是有效的邮箱地址，将不向其发送");
    }

    @Test
    void leadersAreReadByHeaderAndABrokenAddressStopsTheRun() throws Exception {
        assertThat(new RegistryCsvLoader().loadLeaders(dir)).isEmpty(); // no leaders.csv: no leader mail
        Files.writeString(
                dir.resolve("leaders.csv"),
                "\uFEFF职务,姓名,邮箱\n区委书记,王某某,wang@pc.example.cn\n\n" + "改革办主任,李某某, li@pc.example.cn \n");
        assertThat(new RegistryCsvLoader().loadLeaders(dir))
                .containsExactly(
                        new Leader("王某某", "区委书记", "wang@pc.example.cn"),
                        new Leader("李某某", "改革办主任", "li@pc.example.cn"));

        Files.writeString(
                dir.resolve("leaders.csv"),
                "姓名,邮箱\n王某某,wang@pc\n李某某,li@pc.example.cn\n" + "张某某,LI@pc.example.cn\n,zhao@pc.example.cn\n");
        RegistryException e =
                catchThrowableOfType(RegistryException.class, () -> new RegistryCsvLoader().loadLeaders(dir));
        assertThat(e.problems())
                .extracting(RegistryProblem::toString)
                .containsExactly(
                        "leaders.csv 第2行：邮箱(wang@pc)不是有效的邮箱地址",
                        "leaders.csv 第4行：邮箱 LI@pc.example.cn 重复（第3行已有）",
                        "leaders.csv 第5行：姓名为空");
    }

    @Test
    void aValueWiderThanItsStoredColumnIsALineToFixNotAnSqlError() throws Exception {
        // A 300-character unit name used to pass here and fail the registries step with H2's
        // "Value too long for column" and a stack trace.
        String units = TestDistrict.UNITS
                + "K1," + "长".repeat(201) + ",乡镇街道,,,,,,,,\n"
                + "K2,某单位," + "类".repeat(101) + ",," + "联".repeat(101) + "," + "1".repeat(51) + ",,,,,\n"
                + "K3," + "长".repeat(200) + ",乡镇街道,,,,,,,,\n";
        String tasks = TestDistrict.TASKS + "GG-09," + "名".repeat(501) + "," + "领".repeat(201)
                + ",FGJ,,2026-01,2026-02,重点改革\n";
        RegistryException e = broken(units, tasks);
        assertThat(e.problems())
                .extracting(RegistryProblem::toString)
                .containsExactly(
                        "units.csv 第6行：单位名称过长（201个字符，最多200个）",
                        "units.csv 第7行：单位类型过长（101个字符，最多100个）",
                        "units.csv 第7行：联络员过长（101个字符，最多100个）",
                        "units.csv 第7行：联络员电话过长（51个字符，最多50个）",
                        "reform-tasks.csv 第4行：任务名称过长（501个字符，最多500个）",
                        "reform-tasks.csv 第4行：领衔领导过长（201个字符，最多200个）");

        Files.writeString(dir.resolve("leaders.csv"), "姓名,邮箱\n" + "王".repeat(201) + ",wang@pc.example.cn\n");
        RegistryException leaders =
                catchThrowableOfType(RegistryException.class, () -> new RegistryCsvLoader().loadLeaders(dir));
        assertThat(leaders.problems())
                .extracting(RegistryProblem::toString)
                .containsExactly("leaders.csv 第2行：姓名过长（201个字符，最多200个）");
    }

    @Test
    void aLeadersTitleWiderThanTheSnapshotKeepsIsALineToFix() throws Exception {
        // 职务 is kept in the run's registry snapshot since leaders are: as wide as 领衔领导.
        Files.writeString(dir.resolve("leaders.csv"), "姓名,职务,邮箱\n王某某," + "职".repeat(201) + ",wang@pc.example.cn\n");
        RegistryException leaders =
                catchThrowableOfType(RegistryException.class, () -> new RegistryCsvLoader().loadLeaders(dir));
        assertThat(leaders.problems())
                .extracting(RegistryProblem::toString)
                .containsExactly("leaders.csv 第2行：职务过长（201个字符，最多200个）");
    }
}

package org.reformreport.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Registries of a small test district written into a config folder. */
public final class TestDistrict {

    public static final String UNITS = """
            单位编码,单位名称,单位类型,上级单位编码,联络员,联络员电话,联络员邮箱,负责人,负责人邮箱,启用月份,停用月份
            CZJD,长征街道,乡镇街道,,张敏,13900000001,czjd@pc.example.cn,王强,czjd-head@pc.example.cn,,
            DLLJD,电力路街道,乡镇街道,,李娜,13900000002,dlljd@pc.example.cn,赵刚,,,
            FGJ,区发改局,部门单位,,刘洋,13900000003,fgj@pc.example.cn,陈明,fgj-head@pc.example.cn,,
            SJJ,区市场监管局,部门单位,,周婷,13900000004,,吴军,,2026-01,
            """;

    public static final String TASKS = """
            任务编号,任务名称,领衔领导,牵头单位编码,配合单位编码,开始月份,计划完成月份,类别
            GG-01,“一照通”审批服务改革,王某某,FGJ,SJJ；CZJD,2026-01,2026-12,重点改革
            GG-02,基层“末梢治理”改革,李某某,CZJD,,2026-03,2026-09,一般改革
            """;

    private TestDistrict() {}

    public static Path writeConfig(Path dir) throws IOException {
        return writeConfig(dir, UNITS, TASKS);
    }

    public static Path writeConfig(Path dir, String units, String tasks) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("units.csv"), "\uFEFF" + units, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("reform-tasks.csv"), tasks, StandardCharsets.UTF_8);
        return dir;
    }
}

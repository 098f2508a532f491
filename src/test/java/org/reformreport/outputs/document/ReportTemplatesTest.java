package org.reformreport.outputs.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTemplatesTest {

    @TempDir
    Path dir;

    @Test
    void aValueIsPutInAsItIsNotFilledInTurn() throws Exception {
        Files.writeString(dir.resolve("t.properties"), "line=“{文件名}”于{日期}收到，{明细}{未知}\n", StandardCharsets.UTF_8);
        ReportTemplates t = ReportTemplates.load(dir, "t.properties");
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("文件名", "{明细}{日期}$1\\.xlsx"); // a liaison's file name, before the values it names
        v.put("日期", "2026年11月18日");
        v.put("明细", "三行");
        assertThat(t.fill("line", v)).isEqualTo("“{明细}{日期}$1\\.xlsx”于2026年11月18日收到，三行{未知}");
    }
}

package org.reformreport.outputs.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleLinesTest {

    @Test
    void aShortTitleStaysOnOneLineAndALongOneBreaksAfterANaturalBoundary() {
        assertThat(TitleLines.split("长征街道2026年10月改革宣传工作情况")).doesNotContain("\n");
        assertThat(TitleLines.split("中共平川区委全面深化改革委员会办公室关于2026年10月改革工作情况的报告"))
                .contains("\n")
                .doesNotContain("202\n")
                .doesNotContain("\n6年");
    }

    @Test
    void withoutABoundaryNearTheMiddleANumberIsNeverCutInTwo() {
        String title = TitleLines.split("王喆•m²街道👍\uE0002026年10月改革宣传工作情况");
        assertThat(title).contains("\n2026年10月");
        assertThat(title.replace("\n", "")).isEqualTo("王喆•m²街道👍\uE0002026年10月改革宣传工作情况");
        assertThat(TitleLines.split("平川经济技术开发区管理委员会ABCDEFGHIJ2026年10月改革宣传工作情况"))
                .doesNotContainPattern("[A-Za-z0-9]\\n[A-Za-z0-9]");
    }
}

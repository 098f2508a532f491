package org.reformreport.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-05", "2026/10/5", "2026.10.5", "2026年10月5日", " 2026-10-05 ", "２０２６－１０－０５",
            "2026年10月05日", "2026-10-05 00:00:00", "2026/10/05"})
    void readsTheDateSpellingsOfficesUse(String text) {
        assertThat(Fields.requiredDate("周起始日", text)).isEqualTo(LocalDate.of(2026, 10, 5));
    }

    @Test
    void invalidDatesNameTheColumnAndValue() {
        assertThatThrownBy(() -> Fields.requiredDate("周起始日", "2026-10-32"))
                .hasMessage("周起始日(2026-10-32)不是有效日期");
        assertThatThrownBy(() -> Fields.requiredDate("周起始日", "下周一")).hasMessage("周起始日(下周一)不是有效日期");
        assertThatThrownBy(() -> Fields.requiredDate("周起始日", "2026-02-29")).hasMessage("周起始日(2026-02-29)不是有效日期");
        assertThatThrownBy(() -> Fields.requiredDate("周起始日", "  ")).hasMessage("周起始日为空");
        assertThat(Fields.optionalDate("填报日期", "")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10", "2026/10", "2026年10月", "2026.10", "2026-10-01", "２０２６年１０月", "2026 年 10 月",
            "2026年10月份", "2026-10-20", "2026年10月20日"})
    void readsTheMonthSpellingsOfficesUse(String text) {
        assertThat(Fields.requiredMonth("报送月份", text)).isEqualTo(YearMonth.of(2026, 10));
    }

    @Test
    void invalidMonthsNameTheValue() {
        assertThatThrownBy(() -> Fields.requiredMonth("报送月份", "2026-13")).hasMessage("报送月份(2026-13)不是有效月份");
        assertThatThrownBy(() -> Fields.requiredMonth("报送月份", "十月")).hasMessage("报送月份(十月)不是有效月份");
        assertThatThrownBy(() -> Fields.requiredMonth("报送月份", "2026-10-32")).hasMessage("报送月份(2026-10-32)不是有效月份");
        assertThatThrownBy(() -> Fields.requiredMonth("报送月份", "")).hasMessage("报送月份为空");
    }

    @Test
    void countsAreWholeNumbersWithBlankAsZero() {
        assertThat(Fields.count("中央媒体", "")).isZero();
        assertThat(Fields.count("中央媒体", null)).isZero();
        assertThat(Fields.count("中央媒体", "3")).isEqualTo(3);
        assertThat(Fields.count("中央媒体", "3.0")).isEqualTo(3);
        assertThat(Fields.count("中央媒体", "１２")).isEqualTo(12);
        assertThat(Fields.count("中央媒体", "\u3000７ ")).isEqualTo(7);
        assertThat(Fields.count("中央媒体", "0")).isZero();
    }

    @Test
    void badCountsNameTheColumnAndTheValueAsWritten() {
        assertThatThrownBy(() -> Fields.count("省级媒体", "-2")).hasMessage("省级媒体(-2)须为不小于0的整数");
        assertThatThrownBy(() -> Fields.count("区级媒体", "2.5")).hasMessage("区级媒体(2.5)须为不小于0的整数");
        assertThatThrownBy(() -> Fields.count("市级媒体", "三篇")).hasMessage("市级媒体(三篇)须为不小于0的整数");
        assertThatThrownBy(() -> Fields.count("市级媒体", "99999999999")).hasMessage("市级媒体(99999999999)须为不小于0的整数");
    }

    @Test
    void percentIsZeroToHundredWithOptionalPercentSign() {
        assertThat(Fields.percent("完成进度", "")).isNull();
        assertThat(Fields.percent("完成进度", "80")).isEqualTo(80);
        assertThat(Fields.percent("完成进度", "80%")).isEqualTo(80);
        assertThat(Fields.percent("完成进度", "８０％")).isEqualTo(80);
        assertThat(Fields.percent("完成进度", "100")).isEqualTo(100);
        assertThatThrownBy(() -> Fields.percent("完成进度", "120")).hasMessage("完成进度(120)须为0到100的整数");
        assertThatThrownBy(() -> Fields.percent("完成进度", "-1")).hasMessage("完成进度(-1)须为0到100的整数");
    }

    @Test
    void normalizeFoldsFullWidthButTextKeepsIt() {
        assertThat(Fields.normalize("ＦＧＪ－０１")).isEqualTo("FGJ-01");
        assertThat(Fields.text("  推进“一照通”，成效明显。\r\n下月继续。 ")).isEqualTo("推进“一照通”，成效明显。\n下月继续。");
    }
}

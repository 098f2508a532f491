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
    @ValueSource(
            strings = {
                "2026-10-05",
                "2026/10/5",
                "2026.10.5",
                "2026年10月5日",
                " 2026-10-05 ",
                "２０２６－１０－０５",
                "2026年10月05日",
                "2026-10-05 00:00:00",
                "2026/10/05"
            })
    void readsTheDateSpellingsOfficesUse(String text) {
        assertThat(Fields.requiredDate("周起始日", text)).isEqualTo(LocalDate.of(2026, 10, 5));
    }

    @Test
    void invalidDatesNameTheColumnAndValue() {
        assertThatThrownBy(() -> Fields.requiredDate("周起始日", "2026-10-32")).hasMessage("周起始日(2026-10-32)不是有效日期");
        assertThatThrownBy(() -> Fields.requiredDate("周起始日", "下周一")).hasMessage("周起始日(下周一)不是有效日期");
        assertThatThrownBy(() -> Fields.requiredDate("周起始日", "2026-02-29")).hasMessage("周起始日(2026-02-29)不是有效日期");
        assertThatThrownBy(() -> Fields.requiredDate("周起始日", "  ")).hasMessage("周起始日为空");
        assertThat(Fields.optionalDate("填报日期", "")).isNull();
    }

    @Test
    void datesAndMonthsBeforeTheYear2000AreSlipsNotRows() {
        assertThatThrownBy(() -> Fields.requiredDate("周起始日", "0000-01-03")).hasMessage("周起始日(0000-01-03)早于2000年，请核实");
        assertThatThrownBy(() -> Fields.optionalDate("填报日期", "1899-12-31")).hasMessage("填报日期(1899-12-31)早于2000年，请核实");
        assertThatThrownBy(() -> Fields.requiredMonth("报送月份", "0001-01")).hasMessage("报送月份(0001-01)早于2000年，请核实");
        assertThatThrownBy(() -> Fields.requiredMonth("报送月份", "1999年12月")).hasMessage("报送月份(1999年12月)早于2000年，请核实");
        assertThat(Fields.requiredDate("周起始日", "2000-01-03")).isEqualTo(LocalDate.of(2000, 1, 3));
        assertThat(Fields.requiredMonth("报送月份", "2000-01")).isEqualTo(java.time.YearMonth.of(2000, 1));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-10",
                "2026/10",
                "2026年10月",
                "2026.10",
                "2026-10-01",
                "２０２６年１０月",
                "2026 年 10 月",
                "2026年10月份",
                "2026-10-20",
                "2026年10月20日"
            })
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

    private static final int LIMIT = 100_000;

    private static int count(String raw) {
        return Fields.count("中央媒体", raw, LIMIT);
    }

    @Test
    void countsAreWholeNumbersWithBlankAsZero() {
        assertThat(count("")).isZero();
        assertThat(count(null)).isZero();
        assertThat(count("3")).isEqualTo(3);
        assertThat(count("3.0")).isEqualTo(3);
        assertThat(count("3.00")).isEqualTo(3);
        assertThat(count("１２")).isEqualTo(12);
        assertThat(count("\u3000７ ")).isEqualTo(7);
        assertThat(count("0")).isZero();
        assertThat(count("007")).isEqualTo(7);
        assertThat(count("000")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,000", "1，000", "１,０００", "1,000.0", "01000", "1000"})
    void thousandsSeparatorsAreReadAsExcelWritesThem(String text) {
        assertThat(count(text)).isEqualTo(1000);
    }

    @Test
    void aCountAtTheLimitCountsAndOneAboveIsNamedWithTheLimit() {
        assertThat(Fields.count("中央媒体", "100000", LIMIT)).isEqualTo(100_000);
        assertThat(Fields.count("中央媒体", "100,000", LIMIT)).isEqualTo(100_000);
        assertThatThrownBy(() -> Fields.count("中央媒体", "100001", LIMIT)).hasMessage("中央媒体(100001)超过单周上限100000，请核实");
        assertThatThrownBy(() -> Fields.count("中央媒体", "2147483647", LIMIT))
                .hasMessage("中央媒体(2147483647)超过单周上限100000，请核实");
        assertThatThrownBy(() -> Fields.count("中央媒体", "2147483648", LIMIT))
                .hasMessage("中央媒体(2147483648)超过单周上限100000，请核实");
        assertThatThrownBy(() -> Fields.count("中央媒体", "99999999999999999999", LIMIT))
                .hasMessage("中央媒体(99999999999999999999)超过单周上限100000，请核实");
        // a number cell holding 1E+20 or 1E+300 arrives as its plain digits (CanonicalCellFormatter)
        assertThatThrownBy(() -> Fields.count("中央媒体", "1" + "0".repeat(300), LIMIT))
                .hasMessage("中央媒体(10000000000000000000…（共301个字符）)超过单周上限100000，请核实");
        assertThat(Fields.count("中央媒体", "7", 7)).isEqualTo(7);
        assertThatThrownBy(() -> Fields.count("中央媒体", "8", 7)).hasMessage("中央媒体(8)超过单周上限7，请核实");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1e2",
                "1E2",
                "1e+2",
                "0x10",
                "+5",
                "-2",
                "－２",
                "2.5",
                "5.",
                ".5",
                "5.01",
                "Infinity",
                "NaN",
                "١٢",
                "۱۲",
                "१२",
                "三篇",
                "十二",
                "1,00",
                "1,0000",
                ",100",
                "1 000",
                "12篇",
                "#DIV/0!",
                "1_000",
                "1.000,0",
                "1.5e3",
                "0b11",
                "∞"
            })
    void onlyWholeNumbersAsALiaisonWritesThemCount(String text) {
        assertThatThrownBy(() -> count(text)).isInstanceOf(FieldException.class).hasMessageEndingWith(")须为不小于0的整数");
    }

    @Test
    void badCountsNameTheColumnAndTheValueAsWritten() {
        assertThatThrownBy(() -> Fields.count("省级媒体", "-2", LIMIT)).hasMessage("省级媒体(-2)须为不小于0的整数");
        assertThatThrownBy(() -> Fields.count("区级媒体", "2.5", LIMIT)).hasMessage("区级媒体(2.5)须为不小于0的整数");
        assertThatThrownBy(() -> Fields.count("市级媒体", "三篇", LIMIT)).hasMessage("市级媒体(三篇)须为不小于0的整数");
        assertThatThrownBy(() -> Fields.count("市级媒体", "1e2", LIMIT)).hasMessage("市级媒体(1e2)须为不小于0的整数");
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
        assertThatThrownBy(() -> Fields.percent("完成进度", "1e2")).hasMessage("完成进度(1e2)须为0到100的整数");
        assertThatThrownBy(() -> Fields.percent("完成进度", "4294967376")).hasMessage("完成进度(4294967376)须为0到100的整数");
        assertThatThrownBy(() -> Fields.percent("完成进度", "٨٠")).hasMessage("完成进度(٨٠)须为0到100的整数");
        assertThat(Fields.percent("完成进度", "80.0")).isEqualTo(80);
    }

    @Test
    void normalizeFoldsFullWidthButTextKeepsIt() {
        assertThat(Fields.normalize("ＦＧＪ－０１")).isEqualTo("FGJ-01");
        assertThat(Fields.text("  推进“一照通”，成效明显。\r\n下月继续。 ")).isEqualTo("推进“一照通”，成效明显。\n下月继续。");
    }

    /** Counts and dates as cells read them go around the patterns: the patterns' reading, for every spelling here. */
    @Test
    void plainDigitsAndIsoDatesReadAsThePatternsReadThem() {
        java.util.regex.Pattern whole = java.util.regex.Pattern.compile("([0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\\.0+)?");
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder digits = new StringBuilder();
            for (int n = 1 + random.nextInt(21); n > 0; n--) {
                digits.append((char) ('0' + (random.nextInt(3) == 0 ? 0 : random.nextInt(10))));
            }
            String value = digits.toString();
            java.util.regex.Matcher m = whole.matcher(value);
            assertThat(m.matches()).isTrue();
            String stripped = m.group(1).replace(",", "").replaceFirst("^0+(?=.)", "");
            long expected = stripped.length() > 18 ? Long.MAX_VALUE : Long.parseLong(stripped);
            if (expected > Integer.MAX_VALUE) {
                assertThatThrownBy(() -> Fields.count("中央媒体", value, Integer.MAX_VALUE))
                        .isInstanceOf(FieldException.class);
            } else {
                assertThat(Fields.count("中央媒体", value, Integer.MAX_VALUE))
                        .as(value)
                        .isEqualTo((int) expected);
            }
        }
        for (String date :
                new String[] {"2026-10-05", "2026-02-29", "2026-13-01", "2026-00-10", "1999-12-31", "0000-01-01"}) {
            String slashed = date.replace('-', '/'); // the same date the pattern way
            Object viaIso;
            Object viaPattern;
            try {
                viaIso = Fields.optionalDate("周起始日", date);
            } catch (FieldException e) {
                viaIso = e.reason().replace(date, "#");
            }
            try {
                viaPattern = Fields.optionalDate("周起始日", slashed);
            } catch (FieldException e) {
                viaPattern = e.reason().replace(slashed, "#");
            }
            assertThat(viaIso).as(date).isEqualTo(viaPattern);
        }
        assertThat(Fields.normalize(" ＦＧＪ\u3000")).isEqualTo("FGJ");
        assertThat(Fields.normalize(" CZJD ")).isEqualTo("CZJD");
    }
}

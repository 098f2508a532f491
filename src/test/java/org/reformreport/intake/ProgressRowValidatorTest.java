package org.reformreport.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformreport.calendar.ReportMonth;

class ProgressRowValidatorTest {

    private final ProgressRowValidator validator = new ProgressRowValidator(
            TestRegistry.REGISTRY, new IntakeLimits(IntakeLimits.DEFAULT_MAX_WEEKLY_COUNT, LocalDate.of(2026, 11, 22)));

    private static Map<String, String> good() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("任务编号", "GG-01");
        v.put("报送单位编码", "FGJ");
        v.put("报送月份", "2026年10月");
        v.put("进展状态", "按期推进");
        v.put("完成进度", "60");
        v.put("本月进展", "完成第二批事项梳理。\n召开推进会1次。");
        v.put("主要成效", "办理时限压缩85%");
        v.put("存在问题", "");
        v.put("下步打算", "扩大事项范围");
        v.put("典型经验", "“一照通”做法");
        v.put("推广层级", "省级");
        v.put("填报人", "李四");
        v.put("填报日期", "2026-11-03");
        return v;
    }

    private RowOutcome<ProgressRecord> validate(Map<String, String> values) {
        return validator.validate(
                new RawRow(new SourcePosition(1, "p.xlsx", 0, "进展", 4), values), LocalDate.of(2026, 11, 5));
    }

    private String rejection(String column, String value) {
        Map<String, String> v = good();
        v.put(column, value);
        RowOutcome<ProgressRecord> o = validate(v);
        assertThat(o.accepted()).isFalse();
        return o.rejectionReason();
    }

    @Test
    void aMonthOrFilledDateStillToComeIsRejected() {
        // today is 2026-11-22: November has begun, December has not; a date may be a day ahead
        assertThat(rejection("报送月份", "2026-12")).isEqualTo("报送月份(2026-12)尚未到来，请核实");
        assertThat(rejection("报送月份", "2099年1月")).isEqualTo("报送月份(2099-01)尚未到来，请核实");
        assertThat(validate(with("报送月份", "2026-11")).accepted()).isTrue();
        assertThat(rejection("填报日期", "2099-01-01")).isEqualTo("填报日期(2099-01-01)晚于今天(2026-11-22)，请核实");
        assertThat(rejection("填报日期", "2026-11-24")).isEqualTo("填报日期(2026-11-24)晚于今天(2026-11-22)，请核实");
        RowOutcome<ProgressRecord> tomorrow = validate(with("填报日期", "2026-11-23"));
        assertThat(tomorrow.accepted()).isTrue();
        assertThat(tomorrow.warnings()).containsExactly("填报日期(2026-11-23)晚于今天，请核实");
        // a month rejected as still to come is not the month the problem is listed under
        assertThat(validate(with("报送月份", "2026-12")).targetMonth()).isNull();
    }

    @Test
    void percentMustBeAWholeNumberAsWritten() {
        assertThat(rejection("完成进度", "1e2")).isEqualTo("完成进度(1e2)须为0到100的整数");
        assertThat(rejection("完成进度", "2147483648")).isEqualTo("完成进度(2147483648)须为0到100的整数");
        assertThat(validate(with("完成进度", "８０％")).record().percent()).isEqualTo(80);
    }

    private static Map<String, String> with(String column, String value) {
        Map<String, String> v = good();
        v.put(column, value);
        return v;
    }

    @Test
    void acceptsAGoodRowKeepingLineBreaks() {
        RowOutcome<ProgressRecord> o = validate(good());
        assertThat(o.accepted()).isTrue();
        ProgressRecord r = o.record();
        assertThat(r.month()).isEqualTo(ReportMonth.of(2026, 10));
        assertThat(r.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(r.percent()).isEqualTo(60);
        assertThat(r.promotion()).isEqualTo(PromotionLevel.PROVINCIAL);
        assertThat(r.thisMonth()).isEqualTo("完成第二批事项梳理。\n召开推进会1次。");
        assertThat(r.key()).isEqualTo("GG-01|FGJ|2026-10");
    }

    @Test
    void participatingUnitsMayReport() {
        Map<String, String> v = good();
        v.put("报送单位编码", "SJJ");
        assertThat(validate(v).accepted()).isTrue();
    }

    @Test
    void eachRuleHasItsOwnReason() {
        assertThat(rejection("任务编号", "")).isEqualTo("任务编号为空");
        assertThat(rejection("任务编号", "GG-99")).isEqualTo("未知任务编号 GG-99");
        assertThat(rejection("报送单位编码", "")).isEqualTo("报送单位编码为空");
        assertThat(rejection("报送单位编码", "X99")).isEqualTo("未知单位编码 X99");
        assertThat(rejection("报送单位编码", "CZJD")).isEqualTo("单位 CZJD 不是任务 GG-01 的牵头或配合单位");
        assertThat(rejection("报送月份", "2026-13")).isEqualTo("报送月份(2026-13)不是有效月份");
        assertThat(rejection("报送月份", "")).isEqualTo("报送月份为空");
        assertThat(rejection("进展状态", "进行中")).isEqualTo("进展状态(进行中)须为已完成、按期推进、滞后或未启动");
        assertThat(rejection("进展状态", "")).isEqualTo("进展状态为空");
        assertThat(rejection("完成进度", "120")).isEqualTo("完成进度(120)须为0到100的整数");
        assertThat(rejection("推广层级", "县级")).isEqualTo("推广层级(县级)须为国家级、省级、市级或空白");
    }

    @Test
    void completedBelowHundredPercentAndReportsBeforeTheStartAreWarnings() {
        Map<String, String> v = good();
        v.put("进展状态", "已完成");
        v.put("完成进度", "80%");
        v.put("报送月份", "2025-12");
        RowOutcome<ProgressRecord> o = validate(v);
        assertThat(o.accepted()).isTrue();
        assertThat(o.warnings()).containsExactly("进展状态为已完成，但完成进度为80%", "报送月份(2025-12)早于任务开始月份(2026-01)");
    }

    @Test
    void overlongTextIsKeptUpToTheLimitWithAWarning() {
        Map<String, String> v = good();
        v.put("本月进展", "改".repeat(ProgressRowValidator.MAX_TEXT + 5));
        RowOutcome<ProgressRecord> o = validate(v);
        assertThat(o.record().thisMonth()).hasSize(ProgressRowValidator.MAX_TEXT);
        assertThat(o.warnings()).containsExactly("本月进展过长（10005字），只保留前10000字");
    }

    @Test
    void overlongTextIsNotCutInsideAnEmoji() {
        Map<String, String> v = good();
        v.put("本月进展", "改".repeat(ProgressRowValidator.MAX_TEXT - 1) + "👍👍");
        String kept = validate(v).record().thisMonth();
        assertThat(kept).hasSize(ProgressRowValidator.MAX_TEXT - 1).endsWith("改");
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
    }
}

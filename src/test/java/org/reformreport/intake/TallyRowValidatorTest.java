package org.reformreport.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TallyRowValidatorTest {

    private static final LocalDate FILE_DATE = LocalDate.of(2026, 10, 20);
    private final TallyRowValidator validator = new TallyRowValidator(
            TestRegistry.REGISTRY, new IntakeLimits(IntakeLimits.DEFAULT_MAX_WEEKLY_COUNT, LocalDate.of(2026, 11, 22)));

    private static Map<String, String> good() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("单位编码", "CZJD");
        v.put("单位名称", "长征街道");
        v.put("周起始日", "2026-10-05");
        v.put("中央媒体", "1");
        v.put("省级媒体", "2");
        v.put("市级媒体", "3");
        v.put("区级媒体", "4");
        v.put("政务新媒体", "");
        v.put("专栏稿件", "10");
        v.put("典型案例", "1");
        v.put("舆论监督", "0");
        v.put("一把手访谈", "1");
        v.put("社会宣传", "5");
        v.put("填报人", "张三");
        v.put("填报日期", "2026/10/12");
        return v;
    }

    private RowOutcome<TallyRecord> validate(Map<String, String> values) {
        return validator.validate(new RawRow(new SourcePosition(1, "f.xlsx", 0, "第1周", 3), values), FILE_DATE);
    }

    @Test
    void acceptsAGoodRowWithBlankCountsAsZero() {
        RowOutcome<TallyRecord> o = validate(good());
        assertThat(o.accepted()).isTrue();
        TallyRecord r = o.record();
        assertThat(r.unitCode()).isEqualTo("CZJD");
        assertThat(r.weekStart()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(r.newMedia()).isZero();
        assertThat(r.mediaTotal()).isEqualTo(10);
        assertThat(r.filledDate()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(r.filledDateAssumed()).isFalse();
        assertThat(o.warnings()).isEmpty();
        assertThat(o.targetMonth()).isEqualTo("2026-10");
    }

    @Test
    void aRowOfAUnitOutsideItsActiveMonthsIsKeptWithAWarning() {
        org.reformreport.registry.Unit later = new org.reformreport.registry.Unit(
                "XJD",
                "新设街道",
                "乡镇街道",
                null,
                null,
                null,
                null,
                null,
                null,
                org.reformreport.calendar.ReportMonth.of(2026, 11),
                null);
        TallyRowValidator v = new TallyRowValidator(
                new org.reformreport.registry.Registry(List.of(later), List.of()),
                new IntakeLimits(IntakeLimits.DEFAULT_MAX_WEEKLY_COUNT, LocalDate.of(2026, 11, 22)));
        Map<String, String> values = good();
        values.put("单位编码", "XJD");
        values.put("单位名称", "新设街道");
        RowOutcome<TallyRecord> o =
                v.validate(new RawRow(new SourcePosition(1, "f.xlsx", 0, "第1周", 3), values), FILE_DATE);
        assertThat(o.accepted()).isTrue();
        assertThat(o.warnings())
                .containsExactly("单位XJD在2026-10不在名册的启用期内（2026-11起），该行已收下，" + "但不计入该月的统计、报告和排名；如启用月份有误，请更正名册");
        values.put("周起始日", "2026-11-02");
        values.put("填报日期", "2026-11-09");
        assertThat(v.validate(new RawRow(new SourcePosition(1, "f.xlsx", 0, "第1周", 4), values), FILE_DATE)
                        .warnings())
                .isEmpty();
    }

    private String rejection(String column, String value) {
        Map<String, String> v = good();
        v.put(column, value);
        RowOutcome<TallyRecord> o = validate(v);
        assertThat(o.accepted()).isFalse();
        return o.rejectionReason();
    }

    @Test
    void eachRuleHasItsOwnReason() {
        assertThat(rejection("单位编码", "")).isEqualTo("单位编码为空");
        assertThat(rejection("单位编码", "X99")).isEqualTo("未知单位编码 X99");
        assertThat(rejection("周起始日", "2026-10-07")).isEqualTo("周起始日须为星期一（2026-10-07为星期三）");
        assertThat(rejection("周起始日", "2026-10-11")).isEqualTo("周起始日须为星期一（2026-10-11为星期日）");
        assertThat(rejection("周起始日", "")).isEqualTo("周起始日为空");
        assertThat(rejection("周起始日", "2026-10-32")).isEqualTo("周起始日(2026-10-32)不是有效日期");
        assertThat(rejection("省级媒体", "-2")).isEqualTo("省级媒体(-2)须为不小于0的整数");
        assertThat(rejection("社会宣传", "若干")).isEqualTo("社会宣传(若干)须为不小于0的整数");
        assertThat(rejection("专栏稿件", "12")).isEqualTo("专栏稿件(12)大于媒体合计(10)");
        assertThat(rejection("典型案例", "11")).isEqualTo("典型案例(11)大于媒体合计(10)");
        assertThat(rejection("舆论监督", "11")).isEqualTo("舆论监督(11)大于媒体合计(10)");
        assertThat(rejection("填报日期", "10月12日")).isEqualTo("填报日期(10月12日)不是有效日期");
    }

    @Test
    void ofWhichEqualToTheTotalIsAllowed() {
        Map<String, String> v = good();
        v.put("专栏稿件", "10");
        v.put("典型案例", "10");
        assertThat(validate(v).accepted()).isTrue();
    }

    @Test
    void severalProblemsAreAllListed() {
        Map<String, String> v = good();
        v.put("单位编码", "X99");
        v.put("中央媒体", "一");
        RowOutcome<TallyRecord> o = validate(v);
        assertThat(o.rejectionReason()).isEqualTo("未知单位编码 X99；中央媒体(一)须为不小于0的整数");
        assertThat(o.unitCode()).isEqualTo("X99");
    }

    @Test
    void fullWidthDigitsAndCodesAreRead() {
        Map<String, String> v = good();
        v.put("单位编码", "ＣＺＪＤ");
        v.put("中央媒体", "３");
        v.put("周起始日", "２０２６年１０月５日");
        RowOutcome<TallyRecord> o = validate(v);
        assertThat(o.accepted()).isTrue();
        assertThat(o.record().central()).isEqualTo(3);
        assertThat(o.record().unitCode()).isEqualTo("CZJD");
    }

    @Test
    void nameMismatchIsAWarningNotARejection() {
        Map<String, String> v = good();
        v.put("单位名称", "长征路街道");
        RowOutcome<TallyRecord> o = validate(v);
        assertThat(o.accepted()).isTrue();
        assertThat(o.warnings()).containsExactly("单位名称与名册不符：表中为“长征路街道”，名册为“长征街道”");
    }

    @Test
    void blankFilledDateFallsBackToTheFileDateWithAWarning() {
        Map<String, String> v = good();
        v.put("填报日期", " ");
        RowOutcome<TallyRecord> o = validate(v);
        assertThat(o.accepted()).isTrue();
        assertThat(o.record().filledDate()).isEqualTo(FILE_DATE);
        assertThat(o.record().filledDateAssumed()).isTrue();
        assertThat(o.warnings()).containsExactly("填报日期为空，按文件修改日期2026-10-20计");
    }

    @Test
    void anUnfilledTemplateRowIsRejectedNotCountedAsZero() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("单位编码", "CZJD");
        v.put("周起始日", "2026-10-05");
        assertThat(validate(v).rejectionReason()).isEqualTo("数量和填报日期均未填写（本周无稿件请填0并写明填报日期）");
    }

    @Test
    void codesMatchWhateverTheCaseAndAreStoredAsTheRegistryWritesThem() {
        Map<String, String> v = good();
        v.put("单位编码", " czjd ");
        assertThat(validate(v).record().unitCode()).isEqualTo("CZJD");
    }

    @Test
    void implausibleFilledDatesAreWarnedAbout() {
        Map<String, String> v = good();
        v.put("填报日期", "2026-10-01");
        assertThat(validate(v).warnings()).containsExactly("填报日期(2026-10-01)早于周起始日(2026-10-05)，请核实");
        v.put("填报日期", "2026-11-23"); // today is 2026-11-22: a day ahead is another clock, not a typo
        assertThat(validate(v).accepted()).isTrue();
        assertThat(validate(v).warnings()).containsExactly("填报日期(2026-11-23)晚于今天，请核实");
    }

    @Test
    void aFilledDateOrWeekStillToComeIsRejected() {
        // it would beat every later correction of the week, and the week's report is not due
        assertThat(rejection("填报日期", "2099-01-01")).isEqualTo("填报日期(2099-01-01)晚于今天(2026-11-22)，请核实");
        assertThat(rejection("填报日期", "2026-11-24")).isEqualTo("填报日期(2026-11-24)晚于今天(2026-11-22)，请核实");
        Map<String, String> v = good();
        v.put("周起始日", "2026-11-30"); // next week
        v.put("填报日期", "2026-11-22");
        RowOutcome<TallyRecord> o = validate(v);
        assertThat(o.rejectionReason()).isEqualTo("周起始日(2026-11-30)所在周尚未开始，请核实");
        assertThat(o.targetMonth()).isNull();
        v.put("周起始日", "2099-01-05");
        assertThat(validate(v).rejectionReason()).isEqualTo("周起始日(2099-01-05)所在周尚未开始，请核实");
        v.put("周起始日", "2026-11-16"); // this week (today is its Sunday) has begun
        assertThat(validate(v).accepted()).isTrue();
    }

    @Test
    void aFileDateAheadOfTodayIsNotTakenForTheFilledDate() {
        Map<String, String> v = good();
        v.put("填报日期", "");
        RowOutcome<TallyRecord> o = validator.validate(
                new RawRow(new SourcePosition(1, "f.xlsx", 0, "第1周", 3), v), LocalDate.of(2099, 1, 1));
        assertThat(o.accepted()).isTrue();
        assertThat(o.record().filledDate()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(o.warnings()).containsExactly("填报日期为空，文件修改日期2099-01-01晚于今天，按今天2026-11-22计");
    }

    @Test
    void countsAboveTheWeeklyLimitAreRejectedNotWrapped() {
        assertThat(rejection("中央媒体", "2147483647")).isEqualTo("中央媒体(2147483647)超过单周上限100000，请核实");
        assertThat(rejection("社会宣传", "100001")).isEqualTo("社会宣传(100001)超过单周上限100000，请核实");
        // the row: 2147483647 + 2147483647 + 2 wrapped to a media total of 0, which passed every check
        Map<String, String> v = good();
        v.put("中央媒体", "2147483647");
        v.put("省级媒体", "2147483647");
        v.put("市级媒体", "2");
        v.put("区级媒体", "0");
        v.put("专栏稿件", "0");
        v.put("典型案例", "0");
        assertThat(validate(v).rejectionReason())
                .isEqualTo("中央媒体(2147483647)超过单周上限100000，请核实；省级媒体(2147483647)超过单周上限100000，请核实");
        v = good();
        v.put("中央媒体", "100000");
        v.put("专栏稿件", "100000");
        assertThat(validate(v).accepted()).isTrue();
    }

    @Test
    void theOfWhichCheckAddsTheMediaWithoutOverflow() {
        TallyRowValidator generous = new TallyRowValidator(
                TestRegistry.REGISTRY,
                new IntakeLimits(IntakeLimits.HIGHEST_MAX_WEEKLY_COUNT, LocalDate.of(2026, 11, 22)));
        Map<String, String> v = good();
        for (String media : Headers.MEDIA) {
            v.put(media, "1000000");
        }
        v.put("专栏稿件", "1000000");
        RowOutcome<TallyRecord> o =
                generous.validate(new RawRow(new SourcePosition(1, "f.xlsx", 0, "第1周", 3), v), FILE_DATE);
        assertThat(o.accepted()).isTrue();
        assertThat(o.record().mediaTotal()).isEqualTo(5_000_000L);
    }

    @Test
    void weekOfTheYearBoundaryBelongsToJanuary() {
        Map<String, String> v = good();
        v.put("周起始日", "2025-12-29");
        assertThat(validate(v).targetMonth()).isEqualTo("2026-01");
    }
}

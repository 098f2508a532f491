package org.reformreport.outputs.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.intake.PromotionLevel;
import org.reformreport.summary.EffectiveStatus;
import org.reformreport.summary.MediaCounts;
import org.reformreport.summary.UnitMonthFigures;
import org.reformreport.summary.UnitScore;
import org.reformreport.summary.WeekSubmission;
import org.reformreport.support.ContentFingerprint;

/**
 * The fingerprints stored for published reports decide whether a re-run mails a 【更正】. They are
 * pinned here for a fixed model: moving or renaming a class must leave them as they are (the
 * records carry stable names), and a change to what a report's content is made of shows up here
 * first. The values are those the release before stable names computed for the same model, so
 * months published then are not mailed again.
 */
class ReportFingerprintsTest {

    private static final ReportMonth MONTH = ReportMonth.parse("2026-10");

    private static final UnitMonthFigures FIGURES = new UnitMonthFigures(
            "CZJD",
            "长征街道",
            "乡镇街道",
            4,
            3,
            1,
            new MediaCounts(1, 2, 3, 4, 5),
            10,
            12,
            120,
            2,
            1,
            1,
            0,
            3,
            Map.of(EffectiveStatus.COMPLETED, 1, EffectiveStatus.LAGGING, 2),
            Map.of(PromotionLevel.PROVINCIAL, 1));

    private static final UnitScore SCORE = new UnitScore(
            "CZJD",
            new BigDecimal("33.5"),
            new BigDecimal("40.20"),
            new BigDecimal("27.5"),
            new BigDecimal("15"),
            false,
            new BigDecimal("2"),
            new BigDecimal("84.70"),
            2);

    @Test
    void unitReportContent() {
        UnitMonth unit = new UnitMonth(
                "平川区委改革办",
                MONTH,
                FIGURES,
                SCORE,
                11,
                Map.of(
                        LocalDate.of(2026, 10, 5),
                        WeekSubmission.ON_TIME,
                        LocalDate.of(2026, 10, 12),
                        WeekSubmission.LATE),
                List.of(new UnitMonth.Task("老旧小区改造", "按期推进", "完成2个小区")),
                Map.of(MONTH, 15, ReportMonth.parse("2026-09"), 10));
        assertThat(ContentFingerprint.of(unit))
                .isEqualTo("bcda8099e9a094dbbf535b260fcf5882fb3df8b99b81cf44e8aec2ba8e1c34a4");
    }

    @Test
    void districtReportContent() {
        DistrictMonth district = new DistrictMonth(
                "平川区",
                "平川区委改革办",
                MONTH,
                List.of(FIGURES),
                Map.of("CZJD", SCORE),
                List.of(new DistrictMonth.TaskLine("T01", "老旧小区改造", "长征街道", "张三", EffectiveStatus.ON_TRACK, "完成2个小区")),
                List.of(new DistrictMonth.Experience("长征街道", "网格议事", "省级")));
        Map<String, Map<LocalDate, WeekSubmission>> grid =
                Map.of("CZJD", Map.of(LocalDate.of(2026, 10, 5), WeekSubmission.MISSING));
        assertThat(ContentFingerprint.of(district, grid))
                .isEqualTo("358479792835dc8a38c25b9ce28f1fc52229ed88116ae7514f46f61d6f390b00");
    }
}

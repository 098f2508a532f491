package org.reformreport.intake;

import static org.reformreport.intake.Headers.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reformreport.calendar.Weeks;
import org.reformreport.registry.Registry;
import org.reformreport.registry.Unit;

/** Checks one weekly tally row against spec §4.1 and the unit registry. */
final class TallyRowValidator {

    private static final String[] WEEKDAY = {"一", "二", "三", "四", "五", "六", "日"};

    private final Registry registry;
    private final IntakeLimits limits;

    public TallyRowValidator(Registry registry, IntakeLimits limits) {
        this.registry = registry;
        this.limits = limits;
    }

    /**
     * @param fallbackFilledDate the file's modification date, used (with a warning) when 填报日期 is blank
     */
    public RowOutcome<TallyRecord> validate(RawRow row, LocalDate fallbackFilledDate) {
        List<String> reasons = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        String unitCode = Fields.normalize(row.get(UNIT_CODE));
        Unit unit = null;
        if (unitCode.isEmpty()) {
            reasons.add("单位编码为空");
        } else {
            unit = registry.unit(unitCode).orElse(null);
            if (unit == null) {
                reasons.add("未知单位编码 " + unitCode);
            }
        }
        if (unit != null) {
            unitCode = unit.code(); // as the registry writes it (a liaison may type fgj or ＦＧＪ)
        }
        String unitName = Fields.text(row.get(UNIT_NAME));
        if (unit != null && !unitName.isEmpty() && !unitName.equals(unit.name())) {
            warnings.add("单位名称与名册不符：表中为“" + unitName + "”，名册为“" + unit.name() + "”");
        }

        LocalDate weekStart = null;
        try {
            weekStart = Fields.requiredDate(WEEK_START, row.get(WEEK_START));
            if (!Weeks.isWeekStart(weekStart)) {
                reasons.add("周起始日须为星期一（" + weekStart + "为星期" + weekday(weekStart) + "）");
                weekStart = null;
            } else if (weekStart.isAfter(limits.latestWeekStart())) {
                reasons.add("周起始日(" + weekStart + ")所在周尚未开始，请核实");
                weekStart = null;
            }
        } catch (FieldException e) {
            reasons.add(e.reason());
        }

        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String column : TALLY_COUNTS) {
            try {
                counts.put(column, Fields.count(column, row.get(column), limits.maxWeeklyCount()));
            } catch (FieldException e) {
                reasons.add(e.reason());
            }
        }
        if (MEDIA.stream().allMatch(counts::containsKey)) {
            long total = MediaTotal.of(
                    counts.get(CENTRAL),
                    counts.get(PROVINCIAL),
                    counts.get(MUNICIPAL),
                    counts.get(DISTRICT),
                    counts.get(NEW_MEDIA));
            for (String column : OF_WHICH) {
                Integer value = counts.get(column);
                if (value != null && value > total) {
                    reasons.add(column + "(" + value + ")大于媒体合计(" + total + ")");
                }
            }
        }

        // A template row with only the unit and week filled in is not a report of zero articles.
        if (TALLY_COUNTS.stream().allMatch(c -> Fields.isBlank(row.get(c))) && Fields.isBlank(row.get(FILLED_DATE))) {
            reasons.add("数量和填报日期均未填写（本周无稿件请填0并写明填报日期）");
        }

        Fields.FilledDate filled = null;
        if (reasons.isEmpty() || !Fields.isBlank(row.get(FILLED_DATE))) {
            try {
                filled = Fields.filledDate(row.get(FILLED_DATE), fallbackFilledDate, limits, warnings);
                if (weekStart != null && filled.date().isBefore(weekStart)) {
                    warnings.add("填报日期(" + filled.date() + ")早于周起始日(" + weekStart + ")，请核实");
                }
            } catch (FieldException e) {
                reasons.add(e.reason());
            }
        }

        String targetMonth = weekStart == null ? null : Weeks.monthOf(weekStart).toString();
        if (!reasons.isEmpty()) {
            return new RowOutcome<>(
                    null, reasons, warnings, blankToNull(unitCode), targetMonth, !unitCode.isEmpty() && unit == null);
        }
        inactiveWarning(unit, Weeks.monthOf(weekStart)).ifPresent(warnings::add);
        TallyRecord record = new TallyRecord(
                row.source(),
                unitCode,
                unitName,
                weekStart,
                counts.get(CENTRAL),
                counts.get(PROVINCIAL),
                counts.get(MUNICIPAL),
                counts.get(DISTRICT),
                counts.get(NEW_MEDIA),
                counts.get(SPECIAL_COLUMN),
                counts.get(TYPICAL_CASES),
                counts.get(SUPERVISION),
                counts.get(LEADER_INTERVIEWS),
                counts.get(SOCIAL_PUBLICITY),
                Fields.text(row.get(FILLER)),
                filled.date(),
                filled.assumed(),
                Fields.text(row.get(REMARK)));
        return new RowOutcome<>(record, List.of(), warnings, unitCode, targetMonth, false);
    }

    /**
     * A row of a unit outside its 启用月份 … 停用月份 is kept (it counts if the registry's months are
     * corrected) but is in no month's figures, report or ranking: the office should know.
     */
    static java.util.Optional<String> inactiveWarning(Unit unit, org.reformreport.calendar.ReportMonth month) {
        if (unit.isActiveIn(month)) {
            return java.util.Optional.empty();
        }
        String span = (unit.activeFrom() == null ? "" : unit.activeFrom() + "起")
                + (unit.activeUntil() == null ? "" : "至" + unit.activeUntil());
        return java.util.Optional.of(
                "单位" + unit.code() + "在" + month + "不在名册的启用期内（" + span + "），该行已收下，但不计入该月的统计、报告和排名；如启用月份有误，请更正名册");
    }

    private static String weekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return WEEKDAY[day.getValue() - 1];
    }

    static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}

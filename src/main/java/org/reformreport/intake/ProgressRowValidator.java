package org.reformreport.intake;

import static org.reformreport.intake.Headers.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.registry.ReformTask;
import org.reformreport.registry.Registry;

/** Checks one reform-task progress row against spec §4.2 and the task ledger. */
final class ProgressRowValidator {

    /** Longer text is kept up to this length, with a warning; offices write summaries, not essays. */
    public static final int MAX_TEXT = 10_000;

    private final Registry registry;
    private final IntakeLimits limits;

    public ProgressRowValidator(Registry registry, IntakeLimits limits) {
        this.registry = registry;
        this.limits = limits;
    }

    public RowOutcome<ProgressRecord> validate(RawRow row, LocalDate fallbackFilledDate) {
        List<String> reasons = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        String taskCode = Fields.normalize(row.get(TASK_CODE));
        ReformTask task = null;
        if (taskCode.isEmpty()) {
            reasons.add("任务编号为空");
        } else {
            task = registry.task(taskCode).orElse(null);
            if (task == null) {
                reasons.add("未知任务编号 " + taskCode);
            }
        }

        if (task != null) {
            taskCode = task.code(); // as the ledger writes it
        }
        boolean registryDependent = !taskCode.isEmpty() && task == null;
        String unitCode = Fields.normalize(row.get(REPORTING_UNIT));
        if (unitCode.isEmpty()) {
            reasons.add("报送单位编码为空");
        } else if (registry.unit(unitCode).isEmpty()) {
            reasons.add("未知单位编码 " + unitCode);
            registryDependent = true;
        } else {
            unitCode = registry.unit(unitCode).get().code();
            if (task != null && !task.involves(unitCode)) {
                reasons.add("单位 " + unitCode + " 不是任务 " + taskCode + " 的牵头或配合单位");
                registryDependent = true;
            }
        }

        ReportMonth month = null;
        try {
            month = new ReportMonth(Fields.requiredMonth(REPORT_MONTH, row.get(REPORT_MONTH)));
            if (month.value().isAfter(limits.latestMonth())) {
                reasons.add("报送月份(" + month + ")尚未到来，请核实");
                month = null;
            }
        } catch (FieldException e) {
            reasons.add(e.reason());
        }

        String statusText = Fields.normalize(row.get(STATUS)).replace(" ", "");
        ProgressStatus status = null;
        if (statusText.isEmpty()) {
            reasons.add("进展状态为空");
        } else {
            status = ProgressStatus.fromLabel(statusText).orElse(null);
            if (status == null) {
                reasons.add("进展状态(" + statusText + ")须为已完成、按期推进、滞后或未启动");
            }
        }

        Integer percent = null;
        try {
            percent = Fields.percent(PERCENT, row.get(PERCENT));
        } catch (FieldException e) {
            reasons.add(e.reason());
        }

        String promotionText = Fields.normalize(row.get(PROMOTION)).replace(" ", "");
        PromotionLevel promotion = null;
        if (!promotionText.isEmpty()) {
            promotion = PromotionLevel.fromLabel(promotionText).orElse(null);
            if (promotion == null) {
                reasons.add("推广层级(" + promotionText + ")须为国家级、省级、市级或空白");
            }
        }

        Fields.FilledDate filled = null;
        try {
            filled = Fields.filledDate(row.get(FILLED_DATE), fallbackFilledDate, limits, warnings);
        } catch (FieldException e) {
            reasons.add(e.reason());
        }

        String targetMonth = month == null ? null : month.toString();
        if (!reasons.isEmpty()) {
            return new RowOutcome<>(
                    null, reasons, warnings, TallyRowValidator.blankToNull(unitCode), targetMonth, registryDependent);
        }
        if (status == ProgressStatus.COMPLETED && percent != null && percent < 100) {
            warnings.add("进展状态为已完成，但完成进度为" + percent + "%");
        }
        if (month.isBefore(task.startMonth())) {
            warnings.add("报送月份(" + month + ")早于任务开始月份(" + task.startMonth() + ")");
        }
        TallyRowValidator.inactiveWarning(registry.unit(unitCode).orElseThrow(), month)
                .ifPresent(warnings::add);
        ProgressRecord record = new ProgressRecord(
                row.source(),
                taskCode,
                unitCode,
                month,
                status,
                new ProgressReport(
                        percent,
                        longText(THIS_MONTH, row, warnings),
                        longText(ACHIEVEMENTS, row, warnings),
                        longText(PROBLEMS, row, warnings),
                        longText(NEXT_STEPS, row, warnings),
                        longText(EXPERIENCE, row, warnings),
                        promotion),
                Fields.text(row.get(FILLER)),
                filled.date(),
                filled.assumed());
        return new RowOutcome<>(record, List.of(), warnings, unitCode, targetMonth, false);
    }

    private static String longText(String column, RawRow row, List<String> warnings) {
        String text = Fields.text(row.get(column));
        if (text.length() > MAX_TEXT) {
            warnings.add(column + "过长（" + text.length() + "字），只保留前" + MAX_TEXT + "字");
            // Not between the two halves of a surrogate pair (an emoji).
            return text.substring(0, Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT);
        }
        return text;
    }
}

package org.reformreport.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformreport.intake.ProgressStatus.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.registry.ReformTask;
import org.reformreport.registry.TaskCategory;

class TaskRulesTest {

    private static final ReportMonth SEP = ReportMonth.of(2026, 9);
    private static final ReportMonth OCT = ReportMonth.of(2026, 10);
    private static final ReportMonth NOV = ReportMonth.of(2026, 11);
    private final ReformTask task =
            new ReformTask("T", "任务", "领导", "L", Set.of(), ReportMonth.of(2026, 3), OCT, TaskCategory.KEY);

    @Test
    void aTaskIsActiveFromItsStartUntilTheMonthItWasReportedCompleted() {
        assertThat(TaskRules.isActive(task, ReportMonth.of(2026, 2), null)).isFalse();
        assertThat(TaskRules.isActive(task, ReportMonth.of(2026, 3), null)).isTrue();
        assertThat(TaskRules.isActive(task, OCT, OCT)).isTrue();
        assertThat(TaskRules.isActive(task, NOV, OCT)).isFalse();
        assertThat(TaskRules.isActive(task, OCT, SEP)).isFalse();
    }

    @Test
    void reportedStatusesCountAsReportedUpToThePlannedMonth() {
        assertThat(TaskRules.effectiveStatus(task, SEP, ON_TRACK)).isEqualTo(EffectiveStatus.ON_TRACK);
        assertThat(TaskRules.effectiveStatus(task, OCT, ON_TRACK)).isEqualTo(EffectiveStatus.ON_TRACK);
        assertThat(TaskRules.effectiveStatus(task, SEP, LAGGING)).isEqualTo(EffectiveStatus.LAGGING);
        assertThat(TaskRules.effectiveStatus(task, OCT, COMPLETED)).isEqualTo(EffectiveStatus.COMPLETED);
        assertThat(TaskRules.effectiveStatus(task, SEP, null)).isEqualTo(EffectiveStatus.NOT_REPORTED);
    }

    @Test
    void notStartedIsOnTrackBeforeThePlannedMonthAndLaggingFromIt() {
        assertThat(TaskRules.effectiveStatus(task, SEP, NOT_STARTED)).isEqualTo(EffectiveStatus.ON_TRACK);
        assertThat(TaskRules.effectiveStatus(task, OCT, NOT_STARTED)).isEqualTo(EffectiveStatus.LAGGING);
        assertThat(TaskRules.effectiveStatus(task, NOV, NOT_STARTED)).isEqualTo(EffectiveStatus.LAGGING);
    }

    @Test
    void pastThePlannedMonthAnythingButCompletedIsLagging() {
        assertThat(TaskRules.effectiveStatus(task, NOV, ON_TRACK)).isEqualTo(EffectiveStatus.LAGGING);
        assertThat(TaskRules.effectiveStatus(task, NOV, null)).isEqualTo(EffectiveStatus.LAGGING);
        assertThat(TaskRules.effectiveStatus(task, NOV, COMPLETED)).isEqualTo(EffectiveStatus.COMPLETED);
    }
}

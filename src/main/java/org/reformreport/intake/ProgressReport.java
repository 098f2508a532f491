package org.reformreport.intake;

/**
 * What a progress row says about the month's work on a task: 完成进度, the texts and 推广层级.
 * Every part may be null (a ledger task its lead unit sent nothing on).
 */
public record ProgressReport(
        Integer percent,
        String thisMonth,
        String achievements,
        String problems,
        String nextSteps,
        String experience,
        PromotionLevel promotion) {}

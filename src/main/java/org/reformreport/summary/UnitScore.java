package org.reformreport.summary;

import java.math.BigDecimal;
import org.reformreport.support.FingerprintName;

/** A unit's score parts, its 得分 (rounded half-up to 2 decimals) and its rank within its group. */
@FingerprintName("org.reformreport.summary.UnitScore")
public record UnitScore(
        String unitCode,
        BigDecimal weightedArticles,
        BigDecimal publicity,
        BigDecimal submission,
        BigDecimal tasks,
        boolean tasksFromGroupAverage,
        BigDecimal bonus,
        BigDecimal total,
        int rank) {

    /** The same score at the given rank. */
    public UnitScore withRank(int rank) {
        return new UnitScore(
                unitCode, weightedArticles, publicity, submission, tasks, tasksFromGroupAverage, bonus, total, rank);
    }
}

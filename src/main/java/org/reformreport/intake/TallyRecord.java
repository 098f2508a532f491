package org.reformreport.intake;

import java.time.LocalDate;

/** One accepted weekly tally row (宣传报道周报表): a unit's counts for one week. */
public record TallyRecord(
        SourcePosition source,
        String unitCode,
        String unitName,
        LocalDate weekStart,
        int central,
        int provincial,
        int municipal,
        int district,
        int newMedia,
        int specialColumn,
        int typicalCases,
        int supervision,
        int leaderInterviews,
        int socialPublicity,
        String filler,
        LocalDate filledDate,
        boolean filledDateAssumed,
        String remark) {

    /** 媒体合计: the five media columns added up (in a long: five ints may not fit one). */
    public long mediaTotal() {
        return (long) central + provincial + municipal + district + newMedia;
    }

    public Submission submission() {
        return new Submission(filledDate, source);
    }

    public String key() {
        return unitCode + "|" + weekStart;
    }
}

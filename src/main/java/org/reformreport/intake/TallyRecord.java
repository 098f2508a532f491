package org.reformreport.intake;

import java.time.LocalDate;

/** One accepted weekly tally row (宣传报道周报表): a unit's counts for one week. */
record TallyRecord(
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

    /** 媒体合计. */
    public long mediaTotal() {
        return MediaTotal.of(central, provincial, municipal, district, newMedia);
    }

    public Submission submission() {
        return new Submission(filledDate, source);
    }

    /** The row's key: one tally counts per unit and week (spec §4.3). */
    public String key() {
        return key(unitCode, weekStart);
    }

    static String key(String unitCode, LocalDate weekStart) {
        return unitCode + "|" + weekStart;
    }
}

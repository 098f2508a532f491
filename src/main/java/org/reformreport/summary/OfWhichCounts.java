package org.reformreport.summary;

/**
 * The "of which" counts of a tally or a unit's month: 专栏稿件, 典型案例, 舆论监督, 一把手访谈 and
 * 社会宣传. Summed exactly, like {@link MediaCounts}.
 */
public record OfWhichCounts(
        int specialColumn, int typicalCases, int supervision, int leaderInterviews, int socialPublicity) {

    public static final OfWhichCounts NONE = new OfWhichCounts(0, 0, 0, 0, 0);

    public OfWhichCounts plus(OfWhichCounts o) {
        return new OfWhichCounts(
                Math.addExact(specialColumn, o.specialColumn),
                Math.addExact(typicalCases, o.typicalCases),
                Math.addExact(supervision, o.supervision),
                Math.addExact(leaderInterviews, o.leaderInterviews),
                Math.addExact(socialPublicity, o.socialPublicity));
    }
}

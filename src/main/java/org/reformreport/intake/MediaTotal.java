package org.reformreport.intake;

/**
 * 媒体合计: the five media columns of the tally form (中央, 省级, 市级, 区级, 政务新媒体) added up. The
 * one place this sum is made: a row's total, a unit's 稿件合计 for a month and the month totals
 * read back for 环比, 同比 and 年度累计 all come from here. In a long, so five ints (or five column
 * sums) always fit; callers that keep an int say so with {@link Math#toIntExact}.
 */
public final class MediaTotal {

    private MediaTotal() {}

    public static long of(long central, long provincial, long municipal, long district, long newMedia) {
        return central + provincial + municipal + district + newMedia;
    }
}

package org.reformreport.summary;

import org.reformreport.intake.MediaTotal;
import org.reformreport.support.FingerprintName;

/**
 * Articles by media level (中央, 省级, 市级, 区级, 政务新媒体) for a unit and a period. The intake
 * bounds every weekly count (IntakeLimits), so a unit's sums fit an int; the arithmetic is exact
 * all the same: a sum that does not fit fails loudly instead of wrapping into a wrong figure.
 */
@FingerprintName("org.reformreport.summary.MediaCounts")
public record MediaCounts(int central, int provincial, int municipal, int district, int newMedia) {

    public static final MediaCounts ZERO = new MediaCounts(0, 0, 0, 0, 0);

    /** 稿件合计 ({@link MediaTotal}). */
    public int total() {
        return Math.toIntExact(MediaTotal.of(central, provincial, municipal, district, newMedia));
    }

    public MediaCounts plus(MediaCounts o) {
        return new MediaCounts(
                Math.addExact(central, o.central),
                Math.addExact(provincial, o.provincial),
                Math.addExact(municipal, o.municipal),
                Math.addExact(district, o.district),
                Math.addExact(newMedia, o.newMedia));
    }
}

package org.reformreport.summary;

/** Articles by media level (中央, 省级, 市级, 区级, 政务新媒体) for a unit and a period. */
public record MediaCounts(int central, int provincial, int municipal, int district, int newMedia) {

    public static final MediaCounts ZERO = new MediaCounts(0, 0, 0, 0, 0);

    /** 稿件合计. */
    public int total() {
        return central + provincial + municipal + district + newMedia;
    }

    public MediaCounts plus(MediaCounts o) {
        return new MediaCounts(central + o.central, provincial + o.provincial, municipal + o.municipal,
                district + o.district, newMedia + o.newMedia);
    }
}

package org.reformreport.intake;

import java.util.Arrays;
import java.util.Optional;

/** 推广层级: the highest level that adopted or published a unit's experience. */
public enum PromotionLevel {
    NATIONAL("国家级"),
    PROVINCIAL("省级"),
    MUNICIPAL("市级");

    private final String label;

    PromotionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<PromotionLevel> fromLabel(String label) {
        return Arrays.stream(values()).filter(l -> l.label.equals(label)).findFirst();
    }
}

package org.reformreport.summary;

/** A lead task's status in a month after the rules of spec §5 are applied. */
public enum EffectiveStatus {
    COMPLETED("已完成"),
    ON_TRACK("按期推进"),
    LAGGING("滞后"),
    NOT_REPORTED("未报送");

    private final String label;

    EffectiveStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.reformreport.intake;

import java.util.Arrays;
import java.util.Optional;

/** 进展状态 as a lead or participating unit reports it for a month. */
public enum ProgressStatus {
    COMPLETED("已完成"),
    ON_TRACK("按期推进"),
    LAGGING("滞后"),
    NOT_STARTED("未启动");

    private final String label;

    ProgressStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ProgressStatus> fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
    }
}

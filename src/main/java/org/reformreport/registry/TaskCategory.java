package org.reformreport.registry;

import java.util.Arrays;
import java.util.Optional;

/** 类别 of a reform task. */
public enum TaskCategory {
    KEY("重点改革"),
    GENERAL("一般改革");

    private final String label;

    TaskCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<TaskCategory> fromLabel(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst();
    }
}

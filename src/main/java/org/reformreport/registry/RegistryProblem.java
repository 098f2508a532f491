package org.reformreport.registry;

/** One broken line of a registry file: the administrator fixes it and runs again. */
public record RegistryProblem(String file, long line, String reason) {

    @Override
    public String toString() {
        return line > 0 ? file + " 第" + line + "行：" + reason : file + "：" + reason;
    }
}

package org.reformreport.registry;

import java.util.List;
import java.util.stream.Collectors;

/** The registries cannot be used; the run stops and names every broken line. */
public final class RegistryException extends RuntimeException {

    private static final int SHOWN_IN_MESSAGE = 20;

    private final List<RegistryProblem> problems;

    public RegistryException(List<RegistryProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<RegistryProblem> problems() {
        return problems;
    }

    private static String describe(List<RegistryProblem> problems) {
        String shown = problems.stream()
                .limit(SHOWN_IN_MESSAGE)
                .map(RegistryProblem::toString)
                .collect(Collectors.joining("；"));
        int more = problems.size() - SHOWN_IN_MESSAGE;
        return "登记表有误（" + problems.size() + "处）：" + shown + (more > 0 ? "；另有" + more + "处" : "");
    }
}

package org.reformreport.intake;

import java.util.List;
import java.util.Set;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.registry.ReformTask;
import org.reformreport.registry.Registry;
import org.reformreport.registry.TaskCategory;
import org.reformreport.registry.Unit;

/** A small district for rule tests: two streets, two departments, two tasks. */
final class TestRegistry {

    static Unit unit(String code, String name, String group) {
        return new Unit(
                code,
                name,
                group,
                null,
                "联络员",
                "13800000000",
                code.toLowerCase() + "@example.cn",
                "负责人",
                null,
                null,
                null);
    }

    static final Registry REGISTRY = new Registry(
            List.of(
                    unit("CZJD", "长征街道", "乡镇街道"), unit("DLLJD", "电力路街道", "乡镇街道"),
                    unit("FGJ", "区发改局", "部门单位"), unit("SJJ", "区市场监管局", "部门单位")),
            List.of(
                    new ReformTask(
                            "GG-01",
                            "“一照通”审批服务改革",
                            "王某某",
                            "FGJ",
                            Set.of("SJJ"),
                            ReportMonth.of(2026, 1),
                            ReportMonth.of(2026, 12),
                            TaskCategory.KEY),
                    new ReformTask(
                            "GG-02",
                            "基层“末梢治理”改革",
                            "李某某",
                            "CZJD",
                            Set.of(),
                            ReportMonth.of(2026, 3),
                            ReportMonth.of(2026, 9),
                            TaskCategory.GENERAL)));

    private TestRegistry() {}
}

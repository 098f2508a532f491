package org.reformreport;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packages follow the month's flow (docs/architecture.md): each may use only the stages before
 * it and support, never a later one; support uses nothing of ours; no two packages need each other.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.reformreport");

    /** The flow, earliest first: every stage may use those above it in this list, and only those. */
    static final List<String[]> FLOW = List.of(
            new String[] {"support", "org.reformreport.support.."},
            new String[] {"calendar", "org.reformreport.calendar.."},
            new String[] {"registry", "org.reformreport.registry.."},
            new String[] {"intake", "org.reformreport.intake.."},
            new String[] {"summary", "org.reformreport.summary.."},
            new String[] {"outputs", "org.reformreport.outputs"},
            new String[] {"workbook", "org.reformreport.outputs.workbook.."},
            new String[] {"document", "org.reformreport.outputs.document.."},
            new String[] {"publish", "org.reformreport.publish.."},
            new String[] {"delivery", "org.reformreport.delivery.."},
            new String[] {"weekly", "org.reformreport.weekly.."},
            new String[] {"scale", "org.reformreport.scale.."},
            new String[] {"job", "org.reformreport.job.."},
            new String[] {"cli", "org.reformreport.cli.."},
            new String[] {"application", "org.reformreport"});

    /** Stages that are siblings, not steps after one another: neither may use the other. */
    private static final List<String> SIBLINGS = List.of("workbook", "document");

    static LayeredArchitecture flow() {
        LayeredArchitecture layers =
                layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
        for (String[] stage : FLOW) {
            layers = layers.layer(stage[0]).definedBy(stage[1]);
        }
        for (int i = 0; i < FLOW.size(); i++) {
            String name = FLOW.get(i)[0];
            String[] earlier = FLOW.subList(0, i).stream()
                    .map(s -> s[0])
                    .filter(s -> !(SIBLINGS.contains(name) && SIBLINGS.contains(s)))
                    .toArray(String[]::new);
            layers = earlier.length == 0
                    ? layers.whereLayer(name).mayNotAccessAnyLayer()
                    : layers.whereLayer(name).mayOnlyAccessLayers(earlier);
        }
        return layers;
    }

    @Test
    void packagesImportOnlyEarlierStagesOfTheFlow() {
        flow().check(MAIN);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.reformreport.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void everyClassBelongsToAStage() {
        List<String> stray = MAIN.stream()
                .map(JavaClass::getPackageName)
                .distinct()
                .filter(p -> FLOW.stream().noneMatch(s -> inStage(p, s[1])))
                .sorted()
                .toList();
        assertThat(stray)
                .as("packages outside the flow (add them to FLOW and docs/architecture.md)")
                .isEmpty();
    }

    private static boolean inStage(String pkg, String pattern) {
        return pattern.endsWith("..")
                ? pkg.equals(pattern.substring(0, pattern.length() - 2))
                        || pkg.startsWith(pattern.substring(0, pattern.length() - 1))
                : pkg.equals(pattern);
    }
}

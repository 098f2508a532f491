package org.reformreport.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.outputs.ReportOutput;
import org.reformreport.publish.ReportOutputRepository.StagedFile;

class MonthPublisherTest {

    @TempDir
    Path dir;

    @Test
    void historyKeepsTheNewestRevisionsByNumberNotByName() throws Exception {
        Path history = Files.createDirectories(dir.resolve(".history"));
        for (String version : List.of("r1-run1", "r2-run3", "r9-run12", "r10-run15", "r11-run16", "unknown-17")) {
            Files.writeString(Files.createDirectories(history.resolve(version)).resolve("manifest.json"), "{}");
        }
        MonthPublisher.pruneHistory(history, 3);
        try (Stream<Path> left = Files.list(history)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("r9-run12", "r10-run15", "r11-run16");
        }
        MonthPublisher.pruneHistory(history, 0);
        try (Stream<Path> left = Files.list(history)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aMonthWithAMissingOrChangedFileOrAUnitWithoutReportIsNotWhole() throws Exception {
        List<StagedFile> recorded = List.of(
                new StagedFile("m.xlsx", ReportOutput.Kind.WORKBOOK, "", 10L, "aa"),
                new StagedFile("m.pdf", ReportOutput.Kind.DISTRICT, "", 20L, "bb"),
                new StagedFile("单位报告/A_甲.pdf", ReportOutput.Kind.UNIT, "A", 30L, "cc"),
                new StagedFile("m.docx", ReportOutput.Kind.DISTRICT_WORD, "", 40L, "ee"));
        List<Manifest.Output> whole = List.of(
                new Manifest.Output("m.xlsx", 10, "aa"),
                new Manifest.Output("m.pdf", 20, "bb"),
                new Manifest.Output("单位报告/A_甲.pdf", 30, "cc"),
                new Manifest.Output("m.docx", 40, "ee"));
        assertThat(StagedOutputs.problems(recorded, Set.of("A"), whole)).isEmpty();
        assertThat(StagedOutputs.problems(recorded, Set.of("A", "B"), whole))
                .containsExactly("no unit report was recorded for B");
        assertThat(StagedOutputs.problems(recorded, Set.of("A"), whole.subList(1, 4)))
                .containsExactly("m.xlsx is missing");
        assertThat(StagedOutputs.problems(recorded, Set.of("A"), whole.subList(0, 3)))
                .containsExactly("m.docx is missing");
        assertThat(StagedOutputs.problems(
                        recorded,
                        Set.of("A"),
                        List.of(
                                whole.get(0),
                                whole.get(1),
                                new Manifest.Output("单位报告/A_甲.pdf", 30, "dd"),
                                whole.get(3))))
                .singleElement()
                .asString()
                .startsWith("单位报告/A_甲.pdf is damaged");
        assertThat(StagedOutputs.problems(recorded.subList(1, 4), Set.of("A"), whole.subList(1, 4)))
                .containsExactly("no WORKBOOK output was recorded");
        assertThat(StagedOutputs.problems(recorded.subList(0, 3), Set.of("A"), whole.subList(0, 3)))
                .containsExactly("no DISTRICT_WORD output was recorded");

        Path staging = Files.createDirectories(dir.resolve("staging"));
        Files.write(staging.resolve("m.xlsx"), new byte[10]);
        assertThat(StagedOutputs.present(staging, recorded.subList(0, 1))).isTrue();
        Files.write(staging.resolve("m.xlsx"), new byte[9]);
        assertThat(StagedOutputs.present(staging, recorded.subList(0, 1))).isFalse();
        assertThat(StagedOutputs.present(staging, recorded.subList(1, 2))).isFalse();
    }
}

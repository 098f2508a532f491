package org.reformreport.outputs.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.commons.datastructures.Tuple2;
import com.itextpdf.io.font.otf.Glyph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The subset cut from the face's bytes is, byte for byte, iText's subset trimmed: for the TrueType
 * faces the reports use (a file and a collection's face), with the characters of a report and with
 * glyphs drawn at random over the whole face (composites among them).
 */
class TrimmedTrueTypeTest {

    static Stream<Arguments> faces() {
        return Stream.of(
                Arguments.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", -1),
                Arguments.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
                Arguments.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", -1));
    }

    @ParameterizedTest
    @MethodSource("faces")
    void theSubsetCutFromTheFaceIsItextsSubsetTrimmed(String file, int index) throws Exception {
        Path path = Path.of(file);
        Assumptions.assumeTrue(Files.isRegularFile(path), file + " is not installed: skipped");
        TrimmedTrueType face = TrimmedTrueType.of(Files.readAllBytes(path), index);
        assertThat(face).isNotNull();

        Set<Integer> report = new TreeSet<>();
        "平川区王喆街道2026年10月改革工作月报：一、宣传工作情况（滞后）•²m，群众点赞。ABCxyz 0123456789%"
                .codePoints()
                .forEach(c -> {
                    Glyph g = face.getGlyph(c);
                    if (g != null) {
                        report.add(g.getCode());
                    }
                });
        assertSame(face, report);

        int glyphs = face.getFontMetrics().getNumberOfGlyphs();
        SplittableRandom random = new SplittableRandom(20261202L);
        for (int round = 0; round < 20; round++) {
            Set<Integer> drawn = new TreeSet<>();
            int size = 1 + random.nextInt(400);
            for (int i = 0; i < size; i++) {
                drawn.add(random.nextInt(glyphs));
            }
            assertSame(face, drawn);
        }
        assertSame(face, Set.of(glyphs - 1));
        assertSame(face, Set.of());
    }

    private static void assertSame(TrimmedTrueType face, Set<Integer> glyphs) {
        Tuple2<Integer, byte[]> cut = face.cut(glyphs);
        assertThat(cut).as("cut without iText for %s", glyphs).isNotNull();
        assertThat(face.subset(glyphs, true).getSecond()).isEqualTo(cut.getSecond());
        Tuple2<Integer, byte[]> itext = face.itextSubsetTrimmed(new TreeSet<>(glyphs));
        assertThat(cut.getFirst()).as("glyph count for %s", glyphs).isEqualTo(itext.getFirst());
        assertThat(cut.getSecond()).as("subset for %s", glyphs).isEqualTo(itext.getSecond());
    }
}

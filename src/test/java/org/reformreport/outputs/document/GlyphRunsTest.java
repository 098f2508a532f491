package org.reformreport.outputs.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class GlyphRunsTest {

    /** A face that has exactly these characters (and ASCII when asked). */
    private static IntPredicate face(String characters, boolean ascii) {
        return cp -> characters.codePoints().anyMatch(c -> c == cp) || ascii && cp >= 0x20 && cp < 0x7F;
    }

    // 0: a GB2312-like Song face; 1: a full CJK face; 2: a symbol face with emoji and the placeholder.
    private final GlyphRuns chain = new GlyphRuns(
            List.of(face("王街道改革，。完成", true), face("王喆街道改革，。²•ex\u0301é", false), face("👍•□\u200D", false)));

    private static GlyphRuns.Run run(int face, String text) {
        return new GlyphRuns.Run(face, text);
    }

    @Test
    void eachCharacterIsDrawnByTheFirstFaceThatHasIt() {
        assertThat(chain.split("王喆街道")).containsExactly(run(0, "王"), run(1, "喆"), run(0, "街道"));
        assertThat(chain.split("改革12m²")).containsExactly(run(0, "改革12m"), run(1, "²"));
        assertThat(chain.split("•改革")).containsExactly(run(1, "•"), run(0, "改革"));
    }

    @Test
    void characterNoFaceHasBecomesThePlaceholderAndIsReported() {
        assertThat(chain.split("完成\u0378改革")).containsExactly(run(0, "完成"), run(2, "□"), run(0, "改革"));
        assertThat(chain.undrawable("完成\u0378改革\uE000\u0378")).containsExactly(0x378, 0xE000);
        assertThat(chain.drawable(0x378)).isFalse();
        assertThat(chain.drawable('喆')).isTrue();
    }

    @Test
    void supplementaryCharactersStayWhole() {
        assertThat(chain.split("完成👍")).containsExactly(run(0, "完成"), run(2, "👍"));
        // U+1F600 is in no face: one placeholder for the pair, not two.
        assertThat(chain.split("😀")).containsExactly(run(2, "□"));
        assertThat(chain.undrawable("😀")).containsExactly(0x1F600);
    }

    @Test
    void aCombiningMarkGoesWithItsBaseIntoAFaceThatHasBoth() {
        // Face 0 has "e" but not U+0301: the pair moves to face 1 rather than splitting. (x + U+0301
        // has no composed form, so it stays two characters.)
        assertThat(chain.split("ax\u0301")).containsExactly(run(0, "a"), run(1, "x\u0301"));
        // Composed first where Unicode has one character for the pair.
        assertThat(chain.split("e\u0301")).containsExactly(run(1, "é"));
        // A mark no face has: the base stays, the mark is a placeholder.
        assertThat(chain.split("x\u0353")).containsExactly(run(0, "x"), run(2, "□"));
    }

    @Test
    void punctuationStaysWithTheFallbackFaceBeforeIt() {
        assertThat(chain.split("王喆，改革")).containsExactly(run(0, "王"), run(1, "喆，"), run(0, "改革"));
    }

    @Test
    void controlCharactersAreDroppedAndLineBreaksKept() {
        assertThat(GlyphRuns.clean("a\u0000b\u0007c\td\r\ne\rf\u2028g\u0085h\u001F\u007F\u009F"))
                .isEqualTo("abc d\ne\nf\ng\nh");
        assertThat(GlyphRuns.clean(null)).isEmpty();
        assertThat(chain.split("完成\r\n改革")).containsExactly(run(0, "完成\n改革"));
        assertThat(chain.undrawable("a\u0001\u0002\n")).isEmpty();
    }

    @Test
    void invisibleFormatCharactersAreLeftOutWhereTheFaceLacksThem() {
        assertThat(chain.split("王\u200B街\uFEFF道\u202E")).containsExactly(run(0, "王街道"));
        assertThat(chain.undrawable("王\u200B街\uFE0F")).isEmpty();
        // Face 2 has the zero-width joiner: kept inside its emoji sequence.
        assertThat(chain.split("👍\u200D👍")).containsExactly(run(2, "👍\u200D👍"));
    }

    @Test
    void anUnpairedSurrogateIsAPlaceholder() {
        assertThat(chain.split("王\uD83D街")).containsExactly(run(0, "王"), run(2, "□"), run(0, "街"));
        assertThat(chain.undrawable("王\uD83D")).containsExactly(0xD83D);
    }

    @Test
    void withoutAPlaceholderGlyphAQuestionMarkThenNothing() {
        GlyphRuns ascii = new GlyphRuns(List.of(face("", true)));
        assertThat(ascii.split("a喆b")).containsExactly(run(0, "a?b"));
        GlyphRuns bare = new GlyphRuns(List.of(face("王", false)));
        assertThat(bare.split("王喆王")).containsExactly(run(0, "王王"));
        assertThat(bare.undrawable("王喆王")).containsExactly((int) '喆');
        assertThatThrownBy(() -> new GlyphRuns(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inTheFirstFaceAloneMissingCharactersArePlaceholders() {
        GlyphRuns chart = new GlyphRuns(List.of(face("王街道□", true), face("喆", false)));
        assertThat(chart.inFirstFace("王喆街\u0001道")).isEqualTo("王□街道");
    }

    @Test
    void charactersAreNamedForTheLog() {
        assertThat(GlyphRuns.describe(0x378)).isEqualTo("U+0378 (unassigned)");
        assertThat(GlyphRuns.describe(0x1F44D)).isEqualTo("U+1F44D (THUMBS UP SIGN)");
        assertThat(GlyphRuns.describe(0xE000)).startsWith("U+E000 (PRIVATE USE AREA");
    }
}

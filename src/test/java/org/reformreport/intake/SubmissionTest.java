package org.reformreport.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SubmissionTest {

    private static Submission at(String date, long fileId, String file, int sheet, int row) {
        return new Submission(LocalDate.parse(date), new SourcePosition(fileId, file, sheet, "S", row));
    }

    @Test
    void laterFilledDateWinsWhateverTheFileOrder() {
        assertThat(at("2026-10-09", 1, "a.xlsx", 0, 3).supersedes(at("2026-10-08", 2, "z.xlsx", 0, 9)))
                .isTrue();
        assertThat(at("2026-10-08", 2, "z.xlsx", 0, 9).supersedes(at("2026-10-09", 1, "a.xlsx", 0, 3)))
                .isFalse();
    }

    @Test
    void onEqualDatesTheFileLaterInNameOrderWins() {
        assertThat(at("2026-10-08", 1, "更正.xlsx", 0, 2).supersedes(at("2026-10-08", 2, "周报.xlsx", 0, 9)))
                .isTrue();
        assertThat(at("2026-10-08", 2, "b.csv", 0, 2).supersedes(at("2026-10-08", 1, "a.csv", 0, 9)))
                .isTrue();
    }

    @Test
    void onEqualDatesAndFileTheLaterSheetThenRowWins() {
        assertThat(at("2026-10-08", 1, "a.xlsx", 1, 2).supersedes(at("2026-10-08", 1, "a.xlsx", 0, 9)))
                .isTrue();
        assertThat(at("2026-10-08", 1, "a.xlsx", 0, 5).supersedes(at("2026-10-08", 1, "a.xlsx", 0, 4)))
                .isTrue();
        assertThat(at("2026-10-08", 1, "a.xlsx", 0, 4).supersedes(at("2026-10-08", 1, "a.xlsx", 0, 4)))
                .isFalse();
    }

    @Test
    void aFileDroppedAgainUnderTheSameNameIsReadAfterTheOldOne() {
        assertThat(at("2026-10-08", 7, "a.xlsx", 0, 2).supersedes(at("2026-10-08", 3, "a.xlsx", 0, 2)))
                .isTrue();
    }

    @Test
    void namesCompareByCodePointNotUtf16Unit() {
        // U+1F600 (a surrogate pair) is above U+FF5E, although its first UTF-16 unit (D83D) is below it.
        String emoji = new String(Character.toChars(0x1F600));
        assertThat("\uFF5E".compareTo(emoji)).isPositive();
        assertThat(Submission.compareCodePoints("\uFF5E", emoji)).isNegative();
        assertThat(Submission.compareCodePoints("ab", "abc")).isNegative();
        assertThat(Submission.compareCodePoints("abc", "abc")).isZero();
    }
}

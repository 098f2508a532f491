package org.reformreport.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformreport.intake.SupersedeResolver.Counted;
import org.reformreport.intake.SupersedeResolver.Resolution;

class SupersedeResolverTest {

    record Row(String key, Submission submission) {}

    private static Submission at(String date, int row) {
        return new Submission(LocalDate.parse(date), new SourcePosition(5, "f.xlsx", 0, "S", row));
    }

    private static Resolution<Row> resolve(List<Row> rows, Map<String, Counted> stored) {
        return SupersedeResolver.resolve(rows, Row::key, Row::submission, stored);
    }

    @Test
    void distinctKeysAllCount() {
        Row a = new Row("A", at("2026-10-08", 2));
        Row b = new Row("B", at("2026-10-08", 3));
        Resolution<Row> r = resolve(List.of(a, b), Map.of());
        assertThat(r.counted()).containsExactly(a, b);
        assertThat(r.supersededNew()).isEmpty();
        assertThat(r.supersededStored()).isEmpty();
    }

    @Test
    void equalDatesInOneFileLetTheLaterRowWin() {
        Row first = new Row("A", at("2026-10-08", 2));
        Row second = new Row("A", at("2026-10-08", 7));
        Resolution<Row> r = resolve(List.of(first, second), Map.of());
        assertThat(r.counted()).containsExactly(second);
        assertThat(r.supersededNew()).containsEntry(first, second.submission());
    }

    @Test
    void anEarlierDatedRowReadLaterLosesToTheRowAlreadyRead() {
        Row newer = new Row("A", at("2026-10-09", 2));
        Row older = new Row("A", at("2026-10-08", 7));
        Resolution<Row> r = resolve(List.of(newer, older), Map.of());
        assertThat(r.counted()).containsExactly(newer);
        assertThat(r.supersededNew()).containsEntry(older, newer.submission());
    }

    @Test
    void aCorrectionReplacesTheStoredRow() {
        Counted stored = new Counted(
                41, "A", new Submission(LocalDate.parse("2026-10-08"), new SourcePosition(1, "周报.xlsx", 0, "S", 3)));
        Row correction = new Row("A", at("2026-10-10", 2));
        Resolution<Row> r = resolve(List.of(correction), Map.of("A", stored));
        assertThat(r.counted()).containsExactly(correction);
        assertThat(r.supersededStored()).containsEntry(stored, correction.submission());
    }

    @Test
    void aLateArrivingOlderRowDoesNotReplaceTheStoredCorrection() {
        Counted stored = new Counted(
                41, "A", new Submission(LocalDate.parse("2026-10-10"), new SourcePosition(1, "更正.xlsx", 0, "S", 3)));
        Row old = new Row("A", at("2026-10-08", 2));
        Resolution<Row> r = resolve(List.of(old), Map.of("A", stored));
        assertThat(r.counted()).isEmpty();
        assertThat(r.supersededNew()).containsEntry(old, stored.submission());
        assertThat(r.supersededStored()).isEmpty();
    }

    @Test
    void aChainWithinTheBatchSupersedesTheStoredRowOnceAndEachLoserOnce() {
        Counted stored = new Counted(
                41, "A", new Submission(LocalDate.parse("2026-10-08"), new SourcePosition(1, "a.xlsx", 0, "S", 3)));
        Row r1 = new Row("A", at("2026-10-09", 2));
        Row r2 = new Row("A", at("2026-10-10", 3));
        Resolution<Row> r = resolve(List.of(r1, r2), Map.of("A", stored));
        assertThat(r.counted()).containsExactly(r2);
        assertThat(r.supersededStored()).containsEntry(stored, r1.submission());
        assertThat(r.supersededNew()).containsEntry(r1, r2.submission());
    }
}

package org.reformreport.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformreport.intake.PromotionLevel;

class ScoringTest {

    private static UnitMonthFigures unit(
            String code,
            String group,
            MediaCounts media,
            int onTime,
            int late,
            Map<EffectiveStatus, Integer> tasks,
            Map<PromotionLevel, Integer> promotions) {
        return UnitMonthFigures.builder(code, code, group)
                .weeksDue(5)
                .onTime(onTime)
                .late(late)
                .media(media)
                .leadTasks(tasks)
                .promotions(promotions)
                .build();
    }

    private static Map<EffectiveStatus, Integer> tasks(int completed, int onTrack, int lagging, int notReported) {
        Map<EffectiveStatus, Integer> m = new EnumMap<>(EffectiveStatus.class);
        m.put(EffectiveStatus.COMPLETED, completed);
        m.put(EffectiveStatus.ON_TRACK, onTrack);
        m.put(EffectiveStatus.LAGGING, lagging);
        m.put(EffectiveStatus.NOT_REPORTED, notReported);
        return m;
    }

    @Test
    void partsFollowTheSpecFormulas() {
        // W(A) = 10 + 5·2 + 2·3 + 4 + 0.5·5 = 32.5; W(B) = 65 → 宣传 25 and 50.
        UnitMonthFigures a = unit(
                "A",
                "G",
                new MediaCounts(1, 2, 3, 4, 5),
                3,
                1,
                tasks(1, 1, 1, 1),
                Map.of(PromotionLevel.PROVINCIAL, 1));
        UnitMonthFigures b = unit("B", "G", new MediaCounts(2, 4, 6, 8, 10), 5, 0, tasks(0, 2, 0, 0), Map.of());
        Map<String, UnitScore> s = Scoring.score(List.of(a, b), ScoringRules.DEFAULT);
        UnitScore sa = s.get("A");
        assertThat(sa.weightedArticles()).isEqualByComparingTo("32.5");
        assertThat(sa.publicity()).isEqualByComparingTo("25");
        assertThat(sa.submission()).isEqualByComparingTo("21"); // 30 × 3.5 / 5
        assertThat(sa.tasks()).isEqualByComparingTo("10"); // 20 × 2 / 4
        assertThat(sa.bonus()).isEqualByComparingTo("2");
        assertThat(sa.total()).isEqualByComparingTo("58.00");
        assertThat(s.get("B").total()).isEqualByComparingTo("100.00");
        assertThat(s.get("B").rank()).isEqualTo(1);
        assertThat(sa.rank()).isEqualTo(2);
    }

    @Test
    void noArticlesInTheGroupGivesZeroPublicity() {
        Map<String, UnitScore> s = Scoring.score(
                List.of(unit("A", "G", MediaCounts.ZERO, 5, 0, tasks(0, 1, 0, 0), Map.of())), ScoringRules.DEFAULT);
        assertThat(s.get("A").publicity()).isEqualByComparingTo("0");
        assertThat(s.get("A").total()).isEqualByComparingTo("50.00");
    }

    @Test
    void unitsWithoutTasksGetTheGroupAverageAndTwentyWhenNobodyLeadsAny() {
        UnitMonthFigures withTasks1 = unit("A", "G", MediaCounts.ZERO, 5, 0, tasks(1, 0, 0, 0), Map.of()); // 20
        UnitMonthFigures withTasks2 = unit("B", "G", MediaCounts.ZERO, 5, 0, tasks(0, 0, 2, 1), Map.of()); // 0
        UnitMonthFigures none = unit("C", "G", MediaCounts.ZERO, 5, 0, Map.of(), Map.of());
        UnitMonthFigures alone = unit("D", "H", MediaCounts.ZERO, 5, 0, Map.of(), Map.of());
        Map<String, UnitScore> s = Scoring.score(List.of(withTasks1, withTasks2, none, alone), ScoringRules.DEFAULT);
        assertThat(s.get("C").tasks()).isEqualByComparingTo("10");
        assertThat(s.get("C").tasksFromGroupAverage()).isTrue();
        assertThat(s.get("D").tasks()).isEqualByComparingTo("20");
    }

    @Test
    void bonusIsCappedAtFive() {
        UnitMonthFigures u = unit(
                "A",
                "G",
                MediaCounts.ZERO,
                5,
                0,
                Map.of(),
                Map.of(PromotionLevel.NATIONAL, 1, PromotionLevel.PROVINCIAL, 1, PromotionLevel.MUNICIPAL, 1));
        assertThat(Scoring.score(List.of(u), ScoringRules.DEFAULT).get("A").bonus())
                .isEqualByComparingTo("5");
        UnitMonthFigures four = unit(
                "B",
                "G",
                MediaCounts.ZERO,
                5,
                0,
                Map.of(),
                Map.of(PromotionLevel.PROVINCIAL, 1, PromotionLevel.MUNICIPAL, 2));
        assertThat(Scoring.score(List.of(four), ScoringRules.DEFAULT).get("B").bonus())
                .isEqualByComparingTo("4");
    }

    @Test
    void totalIsRoundedHalfUpAndTiesShareACompetitionRank() {
        // 报送 = 30 × 1 / 5 = 6 for everyone; 宣传 = 50 × W / 3: W 1 → 16.6666…, W 2 → 33.333…
        UnitMonthFigures x = unit("X", "G", new MediaCounts(0, 0, 0, 3, 0), 1, 0, Map.of(), Map.of());
        UnitMonthFigures y = unit("Y", "G", new MediaCounts(0, 0, 0, 2, 0), 1, 0, Map.of(), Map.of());
        UnitMonthFigures z = unit("Z", "G", new MediaCounts(0, 0, 0, 2, 0), 1, 0, Map.of(), Map.of());
        UnitMonthFigures w = unit("W", "G", new MediaCounts(0, 0, 0, 1, 0), 1, 0, Map.of(), Map.of());
        Map<String, UnitScore> s = Scoring.score(List.of(x, y, z, w), ScoringRules.DEFAULT);
        assertThat(s.get("Y").total()).isEqualByComparingTo("59.33"); // 33.3333 + 6 + 20
        assertThat(s.get("W").total()).isEqualByComparingTo("42.67"); // 16.6667 + 6 + 20 → half-up
        assertThat(List.of(
                        s.get("X").rank(),
                        s.get("Y").rank(),
                        s.get("Z").rank(),
                        s.get("W").rank()))
                .containsExactly(1, 2, 2, 4);
    }

    @Test
    void anExactHalfRoundsUp() {
        // 宣传 = 50 × 1 / 16 = 3.125; 报送 30; 任务 20 (nobody leads a task): 53.125 → 53.13 (not 53.12).
        UnitMonthFigures top = unit("T", "G", new MediaCounts(0, 0, 0, 16, 0), 5, 0, Map.of(), Map.of());
        UnitMonthFigures u = unit("U", "G", new MediaCounts(0, 0, 0, 1, 0), 5, 0, Map.of(), Map.of());
        assertThat(Scoring.score(List.of(top, u), ScoringRules.DEFAULT).get("U").total())
                .isEqualByComparingTo("53.13");
    }
}

package org.reformreport.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reformreport.intake.PromotionLevel;

/** Scores and ranks units within their ranking group (单位类型), spec §6. */
public final class Scoring {

    /** Parts are kept this precise; only 得分 is rounded (to 2 decimals, half-up). */
    private static final int SCALE = 10;

    private Scoring() {}

    /** Scores every unit; the result is keyed by unit code, in the order of the input. */
    public static Map<String, UnitScore> score(List<UnitMonthFigures> units, ScoringRules rules) {
        Map<String, List<UnitMonthFigures>> groups = units.stream()
                .collect(Collectors.groupingBy(UnitMonthFigures::group, LinkedHashMap::new, Collectors.toList()));
        Map<String, UnitScore> scores = new LinkedHashMap<>();
        for (List<UnitMonthFigures> group : groups.values()) {
            scoreGroup(group, rules).forEach(s -> scores.put(s.unitCode(), s));
        }
        Map<String, UnitScore> ordered = new LinkedHashMap<>();
        units.forEach(u -> ordered.put(u.unitCode(), scores.get(u.unitCode())));
        return ordered;
    }

    private static List<UnitScore> scoreGroup(List<UnitMonthFigures> group, ScoringRules rules) {
        BigDecimal maxWeighted = group.stream()
                .map(u -> rules.weightedArticles(u.media()))
                .max(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
        List<BigDecimal> taskScores = group.stream()
                .filter(u -> u.leadTaskCount() > 0)
                .map(u -> taskScore(u, rules))
                .toList();
        BigDecimal averageTasks = taskScores.isEmpty()
                ? rules.tasksMax()
                : taskScores.stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(taskScores.size()), SCALE, RoundingMode.HALF_UP);

        List<UnitScore> unranked = new ArrayList<>();
        for (UnitMonthFigures u : group) {
            BigDecimal weighted = rules.weightedArticles(u.media());
            BigDecimal publicity = maxWeighted.signum() == 0
                    ? BigDecimal.ZERO
                    : rules.publicityMax().multiply(weighted).divide(maxWeighted, SCALE, RoundingMode.HALF_UP);
            BigDecimal submitted =
                    BigDecimal.valueOf(u.onTime()).add(rules.lateCredit().multiply(BigDecimal.valueOf(u.late())));
            BigDecimal submission = u.weeksDue() == 0
                    ? rules.submissionMax()
                    : rules.submissionMax()
                            .multiply(submitted)
                            .divide(BigDecimal.valueOf(u.weeksDue()), SCALE, RoundingMode.HALF_UP);
            boolean average = u.leadTaskCount() == 0;
            BigDecimal tasks = average ? averageTasks : taskScore(u, rules);
            BigDecimal bonus = bonus(u, rules);
            BigDecimal total = publicity.add(submission).add(tasks).add(bonus).setScale(2, RoundingMode.HALF_UP);
            unranked.add(new UnitScore(u.unitCode(), weighted, publicity, submission, tasks, average, bonus, total, 0));
        }
        return rank(unranked);
    }

    static BigDecimal taskScore(UnitMonthFigures u, ScoringRules rules) {
        int good = u.tasks(EffectiveStatus.COMPLETED) + u.tasks(EffectiveStatus.ON_TRACK);
        return rules.tasksMax()
                .multiply(BigDecimal.valueOf(good))
                .divide(BigDecimal.valueOf(u.leadTaskCount()), SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal bonus(UnitMonthFigures u, ScoringRules rules) {
        BigDecimal sum = rules.nationalBonus()
                .multiply(count(u, PromotionLevel.NATIONAL))
                .add(rules.provincialBonus().multiply(count(u, PromotionLevel.PROVINCIAL)))
                .add(rules.municipalBonus().multiply(count(u, PromotionLevel.MUNICIPAL)));
        return sum.min(rules.bonusCap());
    }

    private static BigDecimal count(UnitMonthFigures u, PromotionLevel level) {
        return BigDecimal.valueOf(u.promotions().getOrDefault(level, 0));
    }

    /** Competition ranking (1, 2, 2, 4) of the rounded 得分, highest first. */
    static List<UnitScore> rank(List<UnitScore> scores) {
        List<UnitScore> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.comparing(UnitScore::total).reversed());
        List<UnitScore> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            UnitScore s = sorted.get(i);
            int rank = i > 0 && s.total().compareTo(sorted.get(i - 1).total()) == 0
                    ? ranked.get(i - 1).rank()
                    : i + 1;
            ranked.add(s.withRank(rank));
        }
        return ranked;
    }
}

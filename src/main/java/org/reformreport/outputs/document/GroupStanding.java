package org.reformreport.outputs.document;

import java.util.Comparator;
import java.util.List;
import org.reformreport.summary.UnitMonthFigures;
import org.reformreport.summary.UnitScore;

/**
 * Who a ranking notice praises and who it names in one group (单位类型), by the group's ranks.
 * How many depends on the size of the group: a notice that praises three of four units praises
 * nobody in particular, and in a group of two naming the second is naming the only other one.
 * Units tied at a cut are all in or all out, so a unit is never left out behind one with the same
 * score; nobody is both praised and named, and a group whose units all scored the same (or a group
 * of one) has nobody praised or named.
 *
 * @param ranked  the group's units, best first (then by unit code)
 * @param praised the top of the group, best first
 * @param named   the bottom of the group, best first
 */
public record GroupStanding(String group, List<Ranked> ranked, List<Ranked> praised, List<Ranked> named) {

    /** A unit of the group with its score. */
    public record Ranked(UnitMonthFigures unit, UnitScore score) {}

    /** Praised: a quarter of the group, rounded up, at most 3; none in a group of one. */
    static int praisedFor(int groupSize) {
        return groupSize < 2 ? 0 : Math.min(3, (groupSize + 3) / 4);
    }

    /** Named: a sixth of the group, rounded up, at most 2; none in a group of fewer than three. */
    static int namedFor(int groupSize) {
        return groupSize < 3 ? 0 : Math.min(2, (groupSize + 5) / 6);
    }

    /** The standing of one group's units, whatever order they come in. */
    public static GroupStanding of(String group, List<Ranked> units) {
        List<Ranked> ranked = units.stream()
                .sorted(Comparator.comparingInt((Ranked r) -> r.score().rank())
                        .thenComparing(r -> r.unit().unitCode()))
                .toList();
        int n = ranked.size();
        boolean allLevel = ranked.stream().allMatch(r -> r.score().rank() == 1);
        if (allLevel) {
            return new GroupStanding(group, ranked, List.of(), List.of());
        }
        int top = praisedFor(n);
        List<Ranked> praised = List.of();
        if (top > 0) {
            int cut = ranked.get(top - 1).score().rank();
            praised = ranked.stream().filter(r -> r.score().rank() <= cut).toList();
        }
        int bottom = namedFor(n);
        List<Ranked> named = List.of();
        if (bottom > 0) {
            int cut = ranked.get(n - bottom).score().rank();
            int praisedCount = praised.size();
            named = ranked.subList(praisedCount, n).stream()
                    .filter(r -> r.score().rank() >= cut)
                    .toList();
            // Ties at the cut may name all of those left: then only the last rank is named, and
            // when even that is everyone left (two units left, tied), nobody.
            if (named.size() == n - praisedCount && named.size() > bottom) {
                int last = ranked.get(n - 1).score().rank();
                named = named.stream().filter(r -> r.score().rank() == last).toList();
                if (named.size() == n - praisedCount) {
                    named = List.of();
                }
            }
        }
        return new GroupStanding(group, ranked, praised, named);
    }
}

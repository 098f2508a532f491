package org.reformreport.outputs.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who the ranking notice praises and who it names, by group size and ties. */
class GroupStandingTest {

    /** A group whose units have these ranks (competition ranking), codes U01, U02, … in that order. */
    private static GroupStanding group(int... ranks) {
        List<GroupStanding.Ranked> units = new ArrayList<>();
        for (int i = 0; i < ranks.length; i++) {
            String code = String.format("U%02d", i + 1);
            units.add(new GroupStanding.Ranked(
                    RankingNoticeWriterTest.unit(code, code, "乡镇街道", 5, 0, 1),
                    RankingNoticeWriterTest.score(code, String.valueOf(100 - ranks[i]), ranks[i])));
        }
        // the order units come in does not matter
        java.util.Collections.reverse(units);
        return GroupStanding.of("乡镇街道", units);
    }

    private static List<String> codes(List<GroupStanding.Ranked> units) {
        return units.stream().map(r -> r.unit().unitCode()).toList();
    }

    @Test
    void howManyArePraisedAndNamedGrowsWithTheGroup() {
        int[][] expected = {
            {1, 0, 0}, {2, 1, 0}, {3, 1, 1}, {4, 1, 1}, {5, 2, 1}, {7, 2, 2}, {8, 2, 2}, {9, 3, 2}, {27, 3, 2}
        };
        for (int[] e : expected) {
            assertThat(GroupStanding.praisedFor(e[0])).as("praised of %d", e[0]).isEqualTo(e[1]);
            assertThat(GroupStanding.namedFor(e[0])).as("named of %d", e[0]).isEqualTo(e[2]);
        }
    }

    @Test
    void aGroupOfElevenPraisesItsTopThreeAndNamesItsBottomTwo() {
        GroupStanding g = group(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(codes(g.praised())).containsExactly("U01", "U02", "U03");
        assertThat(codes(g.named())).containsExactly("U10", "U11");
        assertThat(codes(g.ranked())).startsWith("U01", "U02").endsWith("U11");
    }

    @Test
    void tinyGroupsNeverPraiseAndNameTheSameUnit() {
        assertThat(codes(group(1).praised())).isEmpty();
        assertThat(codes(group(1).named())).isEmpty();
        GroupStanding two = group(1, 2);
        assertThat(codes(two.praised())).containsExactly("U01");
        assertThat(codes(two.named())).isEmpty();
        GroupStanding three = group(1, 2, 3);
        assertThat(codes(three.praised())).containsExactly("U01");
        assertThat(codes(three.named())).containsExactly("U03");
    }

    @Test
    void unitsTiedAtACutAreAllInOrAllOut() {
        // top 3 of 11 with a tie for third: both tied units are praised
        GroupStanding g = group(1, 2, 3, 3, 5, 6, 7, 8, 9, 10, 10);
        assertThat(codes(g.praised())).containsExactly("U01", "U02", "U03", "U04");
        assertThat(codes(g.named())).containsExactly("U10", "U11");
        // five units tied last (all scored alike): all five are named, not two picked by code
        GroupStanding zeros = group(1, 2, 3, 4, 5, 6, 7, 7, 7, 7, 7);
        assertThat(codes(zeros.named())).containsExactly("U07", "U08", "U09", "U10", "U11");
    }

    @Test
    void whenTiesWouldNameEveryoneNotPraisedTheNoticeNamesOnlyTheLastOrNobody() {
        // 1 praised, the other two tied: naming both would name everyone else
        GroupStanding g = group(1, 2, 2);
        assertThat(codes(g.praised())).containsExactly("U01");
        assertThat(codes(g.named())).isEmpty();
        // of seven, two praised; four tied in the middle and one last: only the last is named
        GroupStanding seven = group(1, 2, 3, 3, 3, 3, 7);
        assertThat(codes(seven.praised())).containsExactly("U01", "U02");
        assertThat(codes(seven.named())).containsExactly("U07");
    }

    @Test
    void aGroupWhoseUnitsAllScoredTheSameHasNobodyPraisedOrNamed() {
        GroupStanding g = group(1, 1, 1, 1);
        assertThat(g.praised()).isEmpty();
        assertThat(g.named()).isEmpty();
        // a tie at the top with a unit behind is a real ranking
        GroupStanding top = group(1, 1, 3);
        assertThat(codes(top.praised())).containsExactly("U01", "U02");
        assertThat(codes(top.named())).containsExactly("U03");
    }
}

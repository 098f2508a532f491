package org.reformreport.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnitRangeTest {

    private static List<String> codes(int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> String.format("U%05d", i))
                .toList();
    }

    @Test
    void everyCodeFallsInExactlyOneRange() {
        List<String> codes = codes(1234);
        List<UnitRange> ranges = UnitRange.split(codes, 2, 500);
        assertThat(ranges).hasSize(3);
        for (String code : codes) {
            assertThat(ranges.stream().filter(r -> r.contains(code))).as(code).hasSize(1);
        }
        assertThat(ranges).extracting(UnitRange::first).containsExactly("U00001", "U00412", "U00823");
    }

    @Test
    void atLeastOneRangePerThreadButNeverAnEmptyOne() {
        assertThat(UnitRange.split(codes(40), 2, 500))
                .containsExactly(new UnitRange("U00001", "U00020"), new UnitRange("U00021", "U00040"));
        assertThat(UnitRange.split(codes(1), 4, 500)).containsExactly(new UnitRange("U00001", "U00001"));
        assertThat(UnitRange.split(List.of(), 2, 500)).isEmpty();
        // codes come in any order and are ranged in String order
        assertThat(UnitRange.split(List.of("FGJ", "CZJD", "SJJ", "DLLJD"), 2, 500))
                .containsExactly(new UnitRange("CZJD", "DLLJD"), new UnitRange("FGJ", "SJJ"));
    }
}

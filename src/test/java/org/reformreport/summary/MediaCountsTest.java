package org.reformreport.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MediaCountsTest {

    @Test
    void totalsAndSumsAreExact() {
        MediaCounts week = new MediaCounts(100_000, 100_000, 100_000, 100_000, 100_000);
        MediaCounts month = week.plus(week).plus(week).plus(week).plus(week);
        assertThat(month.total()).isEqualTo(2_500_000);
        assertThat(month.central()).isEqualTo(500_000);
    }

    @Test
    void aSumThatDoesNotFitFailsInsteadOfWrapping() {
        // two weeks of 2,000,000,000 showed 中央媒体 −294967296 before
        MediaCounts week = new MediaCounts(2_000_000_000, 0, 0, 0, 0);
        assertThatThrownBy(() -> week.plus(week)).isInstanceOf(ArithmeticException.class);
        // 2147483647 + 2147483647 + 2 made a media total of 0
        assertThatThrownBy(() -> new MediaCounts(Integer.MAX_VALUE, Integer.MAX_VALUE, 2, 0, 0).total())
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void growthOfDistrictTotalsBeyondAnIntIsRight() {
        assertThat(Growth.rate(6_000_000_000L, 3_000_000_000L)).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(Growth.rate(Integer.MIN_VALUE, Integer.MAX_VALUE)).isEqualByComparingTo("-2.000000");
        assertThat(Growth.rate(5, 0)).isNull();
    }
}

package org.reformreport.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** 环比 and 同比: (now − base) / base, or nothing when the base is 0 (never ∞, never 0%). */
public final class Growth {

    private Growth() {}

    public static BigDecimal rate(long now, long base) {
        if (base == 0) {
            return null;
        }
        return BigDecimal.valueOf(now)
                .subtract(BigDecimal.valueOf(base))
                .divide(BigDecimal.valueOf(base), 6, RoundingMode.HALF_UP);
    }
}

package org.reformreport.intake.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.junit.jupiter.api.Test;

/** The fast path ({@link CanonicalCellFormatter#format}) gives the rule's text, so it cannot drift from it. */
class CanonicalCellFormatterTest {

    private static final CellFormats.Format GENERAL = CellFormats.Format.of((short) 0, "General");
    private static final CellFormats.Format INTEGER = CellFormats.Format.of((short) 1, "0");
    private static final CellFormats.Format DECIMAL = CellFormats.Format.of((short) 2, "0.00");
    private static final CellFormats.Format PERCENT = CellFormats.Format.of((short) 9, "0%");
    private static final CellFormats.Format DATE = CellFormats.Format.of((short) 14, "m/d/yy");
    private static final CellFormats.Format CHINESE_DATE = CellFormats.Format.of((short) 164, "yyyy\"年\"m\"月\"d\"日\"");
    private static final CellFormats.Format QUOTED_PERCENT = CellFormats.Format.of((short) 165, "0\"%\"");
    private static final CellFormats.Format[] ALL = {
        GENERAL, INTEGER, DECIMAL, PERCENT, DATE, CHINESE_DATE, QUOTED_PERCENT
    };

    @Test
    void wholeNumbersDecimalsAndHugeNumbersAsTheRuleHasThem() {
        double[] edges = {
            0,
            -0.0,
            1,
            -1,
            3,
            42,
            2.5,
            0.1,
            1.0 / 3,
            99_999_999_999_999d,
            999_999_999_999_999d,
            1e15,
            1e15 + 1,
            1e16,
            -1e15,
            -999_999_999_999_999d,
            123456789012345678d,
            9007199254740993d,
            1e20,
            1e300,
            -1e300,
            1e-7,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            46300,
            46300.5,
            2958465,
            2958466,
            60,
            59.99,
            0.8,
            1.005
        };
        for (boolean date1904 : new boolean[] {false, true}) {
            CanonicalCellFormatter f = new CanonicalCellFormatter(date1904);
            for (double v : edges) {
                for (CellFormats.Format format : ALL) {
                    assertThat(f.format(v, format))
                            .as("%s in %s", v, format)
                            .isEqualTo(f.formatRawCellContents(v, format.index(), format.pattern()));
                }
            }
            SplittableRandom random = new SplittableRandom(7);
            for (int i = 0; i < 200_000; i++) {
                double v = switch (i % 6) {
                    case 0 -> random.nextInt(100_000);
                    case 1 -> random.nextLong(-(long) 2e15, (long) 2e15);
                    case 2 -> random.nextLong() / Math.pow(10, random.nextInt(20));
                    case 3 -> Math.round(random.nextDouble(-1e7, 1e7) * 100) / 100.0;
                    case 4 -> random.nextDouble() * Math.pow(10, random.nextInt(-30, 30));
                    default -> 36_000 + random.nextInt(20_000) + (random.nextBoolean() ? 0 : random.nextDouble());
                };
                CellFormats.Format format = ALL[i % ALL.length];
                assertThat(f.format(v, format))
                        .as("%s in %s", v, format)
                        .isEqualTo(f.formatRawCellContents(v, format.index(), format.pattern()));
            }
        }
    }

    @Test
    void plainWholeNumbersReadAsDataFormatterShowsThemInGeneral() {
        // below 11 digits Excel's General shows a whole number as its digits, as the fast path writes it
        DataFormatter poi = new DataFormatter();
        CanonicalCellFormatter f = new CanonicalCellFormatter(false);
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            double v = i < 2_000 ? i - 1_000 : random.nextLong(-9_999_999_999L, 9_999_999_999L);
            assertThat(f.format(v, GENERAL)).as("%s", v).isEqualTo(poi.formatRawCellContents(v, 0, "General"));
        }
    }

    @Test
    void whatTheRuleCannotFormatTheFastPathCannotEither() {
        CanonicalCellFormatter f = new CanonicalCellFormatter(false);
        for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            for (CellFormats.Format format : new CellFormats.Format[] {GENERAL, PERCENT}) {
                assertThatThrownBy(() -> f.formatRawCellContents(v, format.index(), format.pattern()))
                        .isInstanceOf(NumberFormatException.class);
                assertThatThrownBy(() -> f.format(v, format)).isInstanceOf(NumberFormatException.class);
            }
        }
    }
}

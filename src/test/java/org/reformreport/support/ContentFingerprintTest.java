package org.reformreport.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentFingerprintTest {

    @FingerprintName("test.Figures")
    record Figures(String unit, int articles, BigDecimal score, Map<String, Integer> weeks, List<String> tasks) {}

    private static Figures figures(int articles, String score, Map<String, Integer> weeks) {
        return new Figures("CZJD", articles, new BigDecimal(score), weeks, List.of("一号改革", "二号改革"));
    }

    @Test
    void sameContentSameFingerprintWhateverTheMapOrderOrDecimalScale() {
        Map<String, Integer> a = new LinkedHashMap<>();
        a.put("2026-10-05", 1);
        a.put("2026-10-12", 2);
        Map<String, Integer> b = new HashMap<>();
        b.put("2026-10-12", 2);
        b.put("2026-10-05", 1);
        assertThat(ContentFingerprint.of(figures(12, "81.50", a)))
                .isEqualTo(ContentFingerprint.of(figures(12, "81.5", b)))
                .hasSize(64);
    }

    @Test
    void anyChangeInAFigureOrTextChangesIt() {
        Map<String, Integer> weeks = Map.of("2026-10-05", 1);
        String base = ContentFingerprint.of(figures(12, "81.5", weeks));
        assertThat(ContentFingerprint.of(figures(13, "81.5", weeks))).isNotEqualTo(base);
        assertThat(ContentFingerprint.of(figures(12, "81.51", weeks))).isNotEqualTo(base);
        assertThat(ContentFingerprint.of(figures(12, "81.5", Map.of("2026-10-05", 2))))
                .isNotEqualTo(base);
        assertThat(ContentFingerprint.of(new Figures("CZJD", 12, new BigDecimal("81.5"), weeks, List.of("一号改革"))))
                .isNotEqualTo(base);
    }

    @Test
    void tokensDoNotRunTogether() {
        assertThat(ContentFingerprint.of("ab", "c")).isNotEqualTo(ContentFingerprint.of("a", "bc"));
        assertThat(ContentFingerprint.of(List.of("a", "b"), "c"))
                .isNotEqualTo(ContentFingerprint.of(List.of("a"), "b", "c"));
        assertThat(ContentFingerprint.of((Object) null)).isNotEqualTo(ContentFingerprint.of(""));
    }
}

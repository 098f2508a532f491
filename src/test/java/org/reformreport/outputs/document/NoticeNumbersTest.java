package org.reformreport.outputs.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reformreport.outputs.document.NoticeNumbers.Assigned;
import org.reformreport.outputs.document.NoticeNumbers.Known;

/** The numbering rule on what the table holds (the job test runs it against the database). */
class NoticeNumbersTest {

    @Test
    void theFirstNoticeEverTakesTheConfiguredNumberALaterYearStartsAtOne() {
        assertThat(NoticeNumbers.decide(new Known(null, null, false), 2026, 12, null))
                .isEqualTo(new Assigned(2026, 12));
        assertThat(NoticeNumbers.decide(new Known(null, 12, true), 2026, 12, null))
                .isEqualTo(new Assigned(2026, 13));
        // December's notice issued in January: the new year's first
        assertThat(NoticeNumbers.decide(new Known(null, null, true), 2027, 12, null))
                .isEqualTo(new Assigned(2027, 1));
    }

    @Test
    void aMonthKeepsItsNumberAndYearUnlessTheOfficeGivesOne() {
        Known issued = new Known(new Assigned(2026, 12), 14, true);
        // re-run in the next year: still 〔2026〕12号
        assertThat(NoticeNumbers.decide(issued, 2027, 1, null)).isEqualTo(new Assigned(2026, 12));
        assertThat(NoticeNumbers.decide(issued, 2027, 1, 20)).isEqualTo(new Assigned(2026, 20));
    }

    @Test
    void theNumberReadsAsOfficesWriteIt() {
        NoticeSettings s = new NoticeSettings(true, "", "区委改办", 1, java.util.List.of(), "");
        assertThat(s.documentNumber(2026, 12)).isEqualTo("区委改办〔2026〕12号");
        assertThat(s.documentNumber(2026, 3)).isEqualTo("区委改办〔2026〕3号");
        assertThat(s.authority("中共平川区委全面深化改革委员会办公室")).isEqualTo("中共平川区委全面深化改革委员会办公室");
    }
}

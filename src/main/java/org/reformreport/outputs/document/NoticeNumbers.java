package org.reformreport.outputs.document;

import java.util.List;
import org.reformreport.calendar.ReportMonth;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ranking notice's document numbers, one per report month, kept in the database (notice_number).
 *
 * <p>The rule, as an office numbers its documents: a month keeps the number it was first issued
 * with, so a re-run (a new revision, a restart) issues the same 区委改办〔2026〕12号 again; a month
 * issued for the first time takes the next number of the year it is issued in (its year's highest
 * plus one); the very first notice the job numbers takes reform.notice.first-number (an office that
 * turns the notice on in mid-year gives its next free number), and each later year starts at 1.
 * The office's other documents share its number sequence, so it can always give the number itself
 * (--doc-number=12): that number is kept for the month from then on.
 */
public final class NoticeNumbers {

    /** A document number: the year in 〔〕 and the number. */
    public record Assigned(int year, int number) {}

    /** What the table holds, for {@link #decide}. */
    record Known(Assigned forMonth, Integer highestOfYear, boolean anyBefore) {}

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NoticeNumbers.class);

    private final JdbcTemplate jdbc;

    public NoticeNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The month's number, recorded: the one given, else the one it had, else the next.
     *
     * @param issueYear the year the notice is issued in now (the run's issue date)
     * @param given     the number the office gave (--doc-number), or null
     */
    public Assigned assign(ReportMonth month, int issueYear, int firstNumber, Integer given) {
        List<Assigned> stored = jdbc.query(
                "SELECT doc_year, doc_number FROM notice_number WHERE report_year = ? AND report_month = ?",
                (rs, i) -> new Assigned(rs.getInt(1), rs.getInt(2)),
                month.year(),
                month.monthValue());
        Assigned forMonth = stored.isEmpty() ? null : stored.get(0);
        int year = forMonth == null ? issueYear : forMonth.year();
        Integer highest = jdbc.queryForObject(
                "SELECT MAX(doc_number) FROM notice_number WHERE doc_year = ?", Integer.class, year);
        Long any = jdbc.queryForObject("SELECT COUNT(*) FROM notice_number", Long.class);
        Assigned decided = decide(new Known(forMonth, highest, any != null && any > 0), issueYear, firstNumber, given);
        if (given != null) {
            Long taken = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM notice_number WHERE doc_year = ? AND doc_number = ?"
                            + " AND NOT (report_year = ? AND report_month = ?)",
                    Long.class,
                    decided.year(),
                    decided.number(),
                    month.year(),
                    month.monthValue());
            if (taken != null && taken > 0) {
                log.warn(
                        "The notice of {} takes number {} of {}, which another month's notice has already",
                        month,
                        decided.number(),
                        decided.year());
            }
        }
        if (!decided.equals(forMonth)) {
            jdbc.update(
                    "DELETE FROM notice_number WHERE report_year = ? AND report_month = ?",
                    month.year(),
                    month.monthValue());
            jdbc.update(
                    "INSERT INTO notice_number (report_year, report_month, doc_year, doc_number) VALUES (?, ?, ?, ?)",
                    month.year(),
                    month.monthValue(),
                    decided.year(),
                    decided.number());
        }
        return decided;
    }

    /** The rule of the class comment, on what the table holds. */
    static Assigned decide(Known known, int issueYear, int firstNumber, Integer given) {
        int year = known.forMonth() == null ? issueYear : known.forMonth().year();
        if (given != null) {
            return new Assigned(year, given);
        }
        if (known.forMonth() != null) {
            return known.forMonth();
        }
        if (known.highestOfYear() != null) {
            return new Assigned(year, known.highestOfYear() + 1);
        }
        return new Assigned(year, known.anyBefore() ? 1 : firstNumber);
    }
}

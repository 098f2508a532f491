package org.reformreport.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values liaisons type into form cells: tolerant of the spellings offices use
 * (full-width digits, 2026/10/5, 2026年10月5日, blank counts), strict about what they mean.
 * Every failure names the column and the value as written.
 */
final class Fields {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:月份?)?");

    private Fields() {}

    /**
     * Trims ordinary, full-width and non-breaking blanks and folds full-width ASCII (digits, letters,
     * '-', '/', '.', '%') to half-width. Only for codes, numbers and dates: text fields keep their
     * full-width punctuation.
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        if (!needsFolding(raw)) {
            return raw.strip(); // most cells: nothing to fold, and no copy
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0') {
                c = ' ';
            }
            sb.append(c);
        }
        return sb.toString().strip();
    }

    private static boolean needsFolding(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c >= '\uFF01' && c <= '\uFF5E') || c == '\u3000' || c == '\u00A0') {
                return true;
            }
        }
        return false;
    }

    /** Text fields: surrounding blanks (including full-width ones) removed, inner line breaks kept. */
    public static String text(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    public static boolean isBlank(String raw) {
        return normalize(raw).isEmpty();
    }

    /**
     * A whole number ≥ 0 and at most {@code max}; blank means 0. Whole numbers as liaisons write
     * them: digits (full-width too), optionally grouped by thousands (1,000) or with a zero
     * fraction (5.0, as a CSV export of a number cell may write it). Not 1e2, 0x10, +5, Infinity
     * or other scripts' digits. Number cells arrive as their plain value (CanonicalCellFormatter),
     * so a cell holding 1E+20 is refused by the limit, not wrapped.
     */
    public static int count(String column, String raw, int max) {
        String value = normalize(raw);
        if (value.isEmpty()) {
            return 0;
        }
        Long n = wholeNumber(value);
        if (n == null) {
            throw new FieldException(column + "(" + shown(value) + ")须为不小于0的整数");
        }
        if (n > max) {
            throw new FieldException(column + "(" + shown(value) + ")超过单周上限" + max + "，请核实");
        }
        return n.intValue();
    }

    /** An optional whole number 0–100; a trailing % is tolerated. Blank means unknown (null). */
    public static Integer percent(String column, String raw) {
        String value = normalize(raw);
        if (value.isEmpty()) {
            return null;
        }
        String digits =
                value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
        Long n = wholeNumber(digits);
        if (n == null || n > 100) {
            throw new FieldException(column + "(" + shown(value) + ")须为0到100的整数");
        }
        return n.intValue();
    }

    /** A required date: 2026-10-05, 2026/10/5, 2026.10.5 or 2026年10月5日. */
    public static LocalDate requiredDate(String column, String raw) {
        LocalDate date = optionalDate(column, raw);
        if (date == null) {
            throw new FieldException(column + "为空");
        }
        return date;
    }

    public static LocalDate optionalDate(String column, String raw) {
        String value = normalize(raw);
        if (value.isEmpty()) {
            return null;
        }
        LocalDate iso = isoDate(column, value);
        if (iso != null) {
            return iso;
        }
        Matcher m = DATE.matcher(value);
        if (m.matches()) {
            LocalDate date;
            try {
                date = LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                throw new FieldException(column + "(" + value + ")不是有效日期");
            }
            notBeforeEarliestYear(column, value, date.getYear());
            return date;
        }
        throw new FieldException(column + "(" + value + ")不是有效日期");
    }

    /**
     * A date spelled yyyy-MM-dd, as every date cell reads (CanonicalCellFormatter): what {@link #DATE}
     * makes of it without the regex; null for any other spelling, which the regex reads.
     */
    private static LocalDate isoDate(String column, String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new FieldException(column + "(" + value + ")不是有效日期");
        }
        notBeforeEarliestYear(column, value, year);
        return date;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The value of the ASCII digits from {@code from} to {@code to}, or -1 when one is not a digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * No form of this job holds a date before 2000: a year 0 or 1900 is a slip (or an empty date cell,
     * which Excel shows as 1900-01-00), not a row to count in a month no report will ever show.
     */
    static final int EARLIEST_YEAR = 2000;

    private static void notBeforeEarliestYear(String column, String value, int year) {
        if (year < EARLIEST_YEAR) {
            throw new FieldException(column + "(" + value + ")早于" + EARLIEST_YEAR + "年，请核实");
        }
    }

    /**
     * A required month: 2026-10, 2026/10, 2026年10月, 2026年10月份, or a date in it (Excel turns a
     * typed "2026-10" into a date cell, and some liaisons fill the month column with today's date).
     */
    public static YearMonth requiredMonth(String column, String raw) {
        String value = normalize(raw);
        if (value.isEmpty()) {
            throw new FieldException(column + "为空");
        }
        YearMonth month = null;
        try {
            Matcher m = MONTH.matcher(value);
            if (m.matches()) {
                month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } else if ((m = DATE.matcher(value)).matches()) {
                month = YearMonth.from(LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
        } catch (DateTimeException e) {
            // falls through to the reason below
        }
        if (month == null) {
            throw new FieldException(column + "(" + value + ")不是有效月份");
        }
        notBeforeEarliestYear(column, value, month.getYear());
        return month;
    }

    /** 填报日期 as the rules use it: the date written, or the file's date when blank (then {@code assumed}). */
    public record FilledDate(LocalDate date, boolean assumed) {}

    /**
     * Reads 填报日期: blank falls back to the file's modification date with a warning (spec §4.1),
     * or to today when the file's clock was ahead. A date after today is refused (it would win
     * every later correction), unless within {@link IntakeLimits#FUTURE_SLACK_DAYS}: then it is
     * warned about.
     */
    public static FilledDate filledDate(String raw, LocalDate fileDate, IntakeLimits limits, List<String> warnings) {
        LocalDate today = limits.today();
        LocalDate date = optionalDate(Headers.FILLED_DATE, raw);
        if (date == null) {
            if (fileDate.isAfter(today)) {
                warnings.add("填报日期为空，文件修改日期" + fileDate + "晚于今天，按今天" + today + "计");
                return new FilledDate(today, true);
            }
            warnings.add("填报日期为空，按文件修改日期" + fileDate + "计");
            return new FilledDate(fileDate, true);
        }
        if (date.isAfter(limits.latestDate())) {
            throw new FieldException("填报日期(" + date + ")晚于今天(" + today + ")，请核实");
        }
        if (date.isAfter(today)) {
            warnings.add("填报日期(" + date + ")晚于今天，请核实");
        }
        return new FilledDate(date, false);
    }

    /** Digits, or digits grouped by thousands, with an optional all-zero fraction; ASCII digits only (after {@link #normalize}). */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("([0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\\.0+)?");
    /** More digits than this are beyond any limit (and beyond a long). */
    private static final int MAX_DIGITS = 18;

    /** The value of a whole number written as {@link #WHOLE_NUMBER}; null when it is not one. */
    private static Long wholeNumber(String value) {
        if (!value.isEmpty() && value.length() <= MAX_DIGITS && allDigits(value)) {
            return Long.parseLong(value); // plain digits, as number cells read: the regex's value without it
        }
        Matcher m = WHOLE_NUMBER.matcher(value);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(1).replace(",", "").replaceFirst("^0+(?=.)", "");
        return digits.length() > MAX_DIGITS ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    /** A value as a reason quotes it: long ones (a number cell of 1E+300) shortened. */
    private static String shown(String value) {
        return value.length() <= 24 ? value : value.substring(0, 20) + "…（共" + value.length() + "个字符）";
    }
}

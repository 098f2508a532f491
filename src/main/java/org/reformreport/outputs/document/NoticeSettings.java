package org.reformreport.outputs.document;

import java.util.List;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * reform.notice: the month's ranking notice (情况通报) with its 版头 and 版记, off unless an office
 * turns it on.
 *
 * @param enabled         whether the month's run writes the notice
 * @param authorityName   the issuing authority in the 版头 and the 落款 (blank: reform.authority)
 * @param numberPrefix    the office's prefix of document numbers: 区委改办 in 区委改办〔2026〕12号
 * @param firstNumber     the number of the first notice the job numbers (an office turning it on in
 *                        mid-year gives its next free number); later years start at 1
 * @param copiesTo        the 抄送 of the 版记, in order (none: no 抄送 line)
 * @param printingOffice  who prints it (印发机关) in the 版记 (blank: the authority)
 */
public record NoticeSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("") String authorityName,
        @DefaultValue("") String numberPrefix,
        @DefaultValue("1") int firstNumber,
        @DefaultValue List<String> copiesTo,
        @DefaultValue("") String printingOffice) {

    public NoticeSettings {
        authorityName = authorityName == null ? "" : authorityName.strip();
        numberPrefix = numberPrefix == null ? "" : numberPrefix.strip();
        printingOffice = printingOffice == null ? "" : printingOffice.strip();
        copiesTo = copiesTo == null
                ? List.of()
                : copiesTo.stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(String::strip)
                        .toList();
        if (firstNumber < 1) {
            throw new IllegalArgumentException("reform.notice.first-number must be at least 1, was " + firstNumber);
        }
        if (enabled && numberPrefix.isEmpty()) {
            throw new IllegalArgumentException(
                    "reform.notice.number-prefix must be set when the notice is enabled (e.g. 区委改办)");
        }
    }

    /** Off, as an office without a notice section in its settings has it. */
    public static NoticeSettings off() {
        return new NoticeSettings(false, "", "", 1, List.of(), "");
    }

    /** The authority in the 版头 and 落款: the notice's own, else the report's. */
    public String authority(String reportAuthority) {
        return authorityName.isEmpty() ? reportAuthority : authorityName;
    }

    /** The 印发机关 of the 版记: the printing office set, else the authority. */
    public String printer(String reportAuthority) {
        return printingOffice.isEmpty() ? authority(reportAuthority) : printingOffice;
    }

    /** 区委改办〔2026〕12号: 六角括号, the full year, no leading zeros, no 第. */
    public String documentNumber(int year, int number) {
        return numberPrefix + "\u3014" + year + "\u3015" + number + "号";
    }
}

package org.reformreport.weekly;

import org.reformreport.support.EmailAddresses;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weekly round's settings (reform.weekly in job-config/settings.yml).
 *
 * @param officeEmail  the office's own address: files nobody could be told about, and the list of
 *                     units reminded; blank, those are recorded but not sent
 * @param remindHeads  whether a reminder also goes to the unit's head (负责人邮箱), not only its liaison
 * @param blankForm    the blank tally form a reminder attaches, in the templates folder ("" for none)
 * @param formLocation where liaisons find the blank form, said in a reminder without the attachment
 * @param listedRows   at most this many rows are listed per section of a receipt (the rest are counted)
 */
@ConfigurationProperties("reform.weekly")
public record WeeklySettings(
        @DefaultValue("") String officeEmail,
        @DefaultValue("false") boolean remindHeads,
        @DefaultValue("宣传报道周报表（模板）.xlsx") String blankForm,
        @DefaultValue("") String formLocation,
        @DefaultValue("100") int listedRows) {

    public WeeklySettings {
        officeEmail = officeEmail.strip();
        if (!officeEmail.isEmpty() && !EmailAddresses.isAddress(officeEmail)) {
            throw new IllegalArgumentException("reform.weekly.office-email is not an address: '" + officeEmail + "'");
        }
        // an absolute path (/etc/…, C:\\…) would attach whatever it names to every reminder
        if (blankForm.contains("..")
                || blankForm.startsWith("/")
                || blankForm.startsWith("\\")
                || blankForm.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException("reform.weekly.blank-form must be a file in the templates folder");
        }
        if (listedRows < 1) {
            throw new IllegalArgumentException("reform.weekly.listed-rows must be at least 1");
        }
    }
}

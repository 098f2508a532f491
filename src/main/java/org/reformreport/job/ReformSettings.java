package org.reformreport.job;

import java.time.ZoneId;
import org.reformreport.calendar.SubmissionDeadline;
import org.reformreport.intake.IntakeSettings;
import org.reformreport.outputs.document.FontFiles;
import org.reformreport.outputs.document.NoticeSettings;
import org.reformreport.outputs.document.WordSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The office's settings from job-config/settings.yml, checked at start-up. */
@ConfigurationProperties("reform")
public record ReformSettings(
        @DefaultValue("平川区") String region,
        @DefaultValue("") String authority,
        @DefaultValue("Asia/Shanghai") String timeZone,
        @DefaultValue("1") int submissionGraceDays,
        @DefaultValue("./templates") String templatesDir,
        @DefaultValue("0") int documentThreads,
        @DefaultValue("12") int keepRevisions,
        @DefaultValue IntakeSettings intake,
        @DefaultValue FontFiles fonts,
        @DefaultValue NoticeSettings notice,
        @DefaultValue WordSettings word) {

    public ReformSettings {
        try {
            ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("reform.time-zone is not a time zone: " + timeZone);
        }
        if (keepRevisions < 0) {
            throw new IllegalArgumentException("reform.keep-revisions must be 0 or more, was " + keepRevisions);
        }
        if (submissionGraceDays < 0 || submissionGraceDays > 31) {
            throw new IllegalArgumentException(
                    "reform.submission-grace-days must be 0..31, was " + submissionGraceDays);
        }
    }

    /** Unit reports rendered at once: reform.document-threads, or one per processor when 0. */
    public int documentThreads() {
        return documentThreads > 0 ? documentThreads : Runtime.getRuntime().availableProcessors();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public SubmissionDeadline deadline() {
        return new SubmissionDeadline(submissionGraceDays);
    }
}

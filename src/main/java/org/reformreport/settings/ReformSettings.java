package org.reformreport.settings;

import java.time.ZoneId;
import org.reformreport.calendar.SubmissionDeadline;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The office's settings from job-config/settings.yml, checked at start-up. */
@ConfigurationProperties("reform")
public record ReformSettings(
        @DefaultValue("平川区") String region,
        @DefaultValue("") String authority,
        @DefaultValue("Asia/Shanghai") String timeZone,
        @DefaultValue("1") int submissionGraceDays,
        @DefaultValue Intake intake) {

    public ReformSettings {
        try {
            ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("reform.time-zone is not a time zone: " + timeZone);
        }
        if (submissionGraceDays < 0 || submissionGraceDays > 31) {
            throw new IllegalArgumentException("reform.submission-grace-days must be 0..31, was " + submissionGraceDays);
        }
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public SubmissionDeadline deadline() {
        return new SubmissionDeadline(submissionGraceDays);
    }

    public record Intake(@DefaultValue("50") int maxFileMb) {
        public Intake {
            if (maxFileMb < 1) {
                throw new IllegalArgumentException("reform.intake.max-file-mb must be at least 1, was " + maxFileMb);
            }
        }

        public long maxFileBytes() {
            return maxFileMb * 1024L * 1024L;
        }
    }
}

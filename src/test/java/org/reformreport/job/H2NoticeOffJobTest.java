package org.reformreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.publish.Manifest;
import org.reformreport.publish.MonthPublisher;
import org.reformreport.testing.DatabaseCleaner;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** With reform.notice.enabled off (the default) a month has no notice: no file, no manifest entry, no number. */
@SpringBootTest(properties = {"reform.command-line.enabled=false", "reform.notice.enabled=false"})
class H2NoticeOffJobTest {

    @Autowired
    RunLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void noNoticeWhenTheSettingIsOff() throws Exception {
        DatabaseCleaner.clean(jdbc);
        H2NoticeJobTest.plantDistrict(dir);
        RunLauncher.Launched run = launcher.run(
                ReportMonth.of(2026, 10),
                dir.resolve("inbox"),
                dir.resolve("output"),
                dir.resolve("job-config"),
                EmailMode.OFF,
                12);
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path month = dir.resolve("output/2026-10");
        assertThat(month.resolve("改革工作月报_2026年10月.pdf")).exists();
        assertThat(month.resolve(H2NoticeJobTest.NOTICE)).doesNotExist();
        try (var files = Files.list(month)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.startsWith("情况通报"));
        }
        Manifest manifest = MonthPublisher.read(month.resolve("manifest.json"));
        assertThat(manifest.outputs()).extracting(Manifest.Output::path).noneMatch(p -> p.contains("情况通报"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice_number", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_output WHERE kind = 'NOTICE'", Long.class))
                .isZero();
    }
}

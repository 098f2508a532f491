package org.reformreport.job;

import org.reformreport.outputs.document.ReportFonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Loads the report fonts on a thread of their own when a run starts, while the forms are read: the
 * district step otherwise began with about 3 s of reading and parsing font files (the Noto CJK
 * collections alone are 20 MB each) at any size, on the month's critical path. Intake leaves part of
 * the second core idle. The programs land in {@link ReportFonts}' per-process cache, where the
 * document steps find them (a step that asks while they are still loading waits for them); a
 * failure here is left for the step to meet and report.
 */
final class FontsAhead implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(FontsAhead.class);

    private final ReformSettings settings;

    FontsAhead(ReformSettings settings) {
        this.settings = settings;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        Thread loading = new Thread(
                () -> {
                    try {
                        ReportFonts.preload(settings.fonts().configured());
                    } catch (RuntimeException e) {
                        log.debug("Loading the fonts ahead failed; the document steps load them", e);
                    }
                },
                "fonts-ahead");
        loading.setDaemon(true);
        loading.setPriority(Thread.MIN_PRIORITY);
        loading.start();
    }
}

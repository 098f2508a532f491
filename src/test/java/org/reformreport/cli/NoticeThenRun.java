package org.reformreport.cli;

import com.itextpdf.commons.actions.EventManager;
import com.itextpdf.commons.actions.confirmations.ConfirmEvent;
import com.itextpdf.commons.actions.confirmations.EventConfirmationType;
import com.itextpdf.commons.actions.sequence.SequenceId;
import com.itextpdf.kernel.actions.events.ITextCoreProductEvent;
import org.reformreport.ReformReportApplication;

/**
 * The job's main after iText has confirmed {@value #DOCUMENTS} documents, as a 10,000-unit month
 * does: iText's usage-event processor prints its AGPL notice on standard output after the
 * 10,000th (then after 5,000 and every 1,000 more). Closing a document fires one such event; here
 * they are fired directly, which takes a second instead of a 10,000-unit run. The firing thread
 * must be done before the run ends: the test checks the notice was logged.
 */
public final class NoticeThenRun {

    static final int DOCUMENTS = 10_001;

    private NoticeThenRun() {}

    public static void main(String[] args) {
        // As in a long month, the notice comes once the application has set up its logging (the
        // console appender of logback-spring.xml), while the run goes on.
        Thread documents = new Thread(
                () -> {
                    ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger)
                            org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
                    while (root.getAppender("CONSOLE") == null) {
                        try {
                            Thread.sleep(10);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    for (int i = 0; i < DOCUMENTS; i++) {
                        SequenceId document = new SequenceId();
                        ITextCoreProductEvent processed = ITextCoreProductEvent.createProcessPdfEvent(
                                document, null, EventConfirmationType.ON_CLOSE);
                        EventManager.getInstance().onEvent(processed);
                        EventManager.getInstance().onEvent(new ConfirmEvent(document, processed));
                    }
                },
                "documents");
        documents.setDaemon(true);
        documents.start();
        ReformReportApplication.main(args);
    }
}

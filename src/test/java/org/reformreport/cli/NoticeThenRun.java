package org.reformreport.cli;

import com.itextpdf.commons.actions.EventManager;
import com.itextpdf.commons.actions.confirmations.ConfirmEvent;
import com.itextpdf.commons.actions.confirmations.EventConfirmationType;
import com.itextpdf.commons.actions.sequence.SequenceId;
import com.itextpdf.kernel.actions.events.ITextCoreProductEvent;
import org.reformreport.ReformReportApplication;
import org.reformreport.job.Terminal;

/**
 * The job's main after iText has confirmed {@value #DOCUMENTS} documents, as a 10,000-unit month
 * does: iText's usage-event processor prints its AGPL notice on standard output after the
 * 10,000th (then after 5,000 and every 1,000 more). Closing a document fires one such event; here
 * they are fired directly, which takes a second instead of a 10,000-unit run.
 */
public final class NoticeThenRun {

    static final int DOCUMENTS = 10_001;

    private NoticeThenRun() {}

    public static void main(String[] args) {
        Terminal.install(); // as main does first (it is idempotent: main's own call does nothing more)
        for (int i = 0; i < DOCUMENTS; i++) {
            SequenceId document = new SequenceId();
            ITextCoreProductEvent processed =
                    ITextCoreProductEvent.createProcessPdfEvent(document, null, EventConfirmationType.ON_CLOSE);
            EventManager.getInstance().onEvent(processed);
            EventManager.getInstance().onEvent(new ConfirmEvent(document, processed));
        }
        ReformReportApplication.main(args);
    }
}

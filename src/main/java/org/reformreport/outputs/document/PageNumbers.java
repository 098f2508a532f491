package org.reformreport.outputs.document;

import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.properties.TextAlignment;

/**
 * Page numbers of GB/T 9704: 四号 Arabic numerals between em dashes, "— 1 —", 7 mm below the text
 * block, odd pages on the right and even pages on the left, one character in from the block's edge.
 */
public final class PageNumbers extends AbstractPdfDocumentEventHandler {

    private final DocumentFonts fonts;

    public PageNumbers(DocumentFonts fonts) {
        this.fonts = fonts;
        addType(PdfDocumentEvent.END_PAGE);
    }

    public static String label(int page) {
        return "— " + page + " —";
    }

    @Override
    protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
        PdfDocumentEvent e = (PdfDocumentEvent) event;
        PdfPage page = e.getPage();
        int number = e.getDocument().getPageNumber(page);
        float baseline = OfficialPage.BOTTOM - 7 * OfficialPage.MM - OfficialPage.PAGE_NUMBER_SIZE * 0.88f;
        boolean odd = number % 2 == 1;
        float x = odd
                ? OfficialPage.LEFT + OfficialPage.BLOCK_WIDTH - OfficialPage.PAGE_NUMBER_SIZE
                : OfficialPage.LEFT + OfficialPage.PAGE_NUMBER_SIZE;
        try (Canvas canvas = new Canvas(new PdfCanvas(page), page.getPageSize())) {
            canvas.setFont(fonts.primary(FontRole.NUMBERS)).setFontSize(OfficialPage.PAGE_NUMBER_SIZE);
            canvas.showTextAligned(
                    fonts.paragraph(FontRole.NUMBERS, label(number)),
                    x,
                    baseline,
                    odd ? TextAlignment.RIGHT : TextAlignment.LEFT);
        }
    }
}

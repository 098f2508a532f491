package org.reformreport.outputs.document;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads back what a written PDF shows: its text per page and where each piece of text sits. */
public final class PdfText {

    /** A run of text and its bounding box (PDF points, origin bottom left). */
    public record Chunk(int page, String text, float left, float right, float bottom, float top) {}

    private PdfText() {}

    public static List<String> pages(Path pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                pages.add(PdfTextExtractor.getTextFromPage(doc.getPage(i), new LocationTextExtractionStrategy()));
            }
        }
        return pages;
    }

    public static List<Chunk> chunks(Path pdf) throws IOException {
        List<Chunk> chunks = new ArrayList<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                int page = i;
                new PdfCanvasProcessor(new IEventListener() {
                            @Override
                            public void eventOccurred(IEventData data, EventType type) {
                                if (data instanceof TextRenderInfo info
                                        && !info.getText().isBlank()) {
                                    Rectangle asc = info.getAscentLine().getBoundingRectangle();
                                    Rectangle desc = info.getDescentLine().getBoundingRectangle();
                                    chunks.add(new Chunk(
                                            page,
                                            info.getText(),
                                            desc.getLeft(),
                                            desc.getRight(),
                                            desc.getBottom(),
                                            asc.getTop()));
                                }
                            }

                            @Override
                            public Set<EventType> getSupportedEvents() {
                                return Set.of(EventType.RENDER_TEXT);
                            }
                        })
                        .processPageContent(doc.getPage(i));
            }
        }
        return chunks;
    }
}

package org.reformreport.outputs.document;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.PdfCanvasConstants;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.element.Image;
import java.util.ArrayList;
import java.util.List;

/**
 * A vertical bar chart drawn straight onto a PDF form XObject: bars, grid, plot frame, and labels as
 * real text in the document's own fonts (the 黑体 role, with its fallback chain), so the labels can be
 * searched and copied and the chart costs a few hundred bytes. What it shows is the {@link
 * DocumentPart.Chart} (title, value label, categories and values), the same part the Word document
 * draws as a JFreeChart picture ({@link ReportCharts}); only the drawing differs. Laid out in the part's
 * drawing size (pixels as units) and scaled into its box like the SVG drawing it replaces, which cost
 * half of a unit report's time (JFreeSVG's glyph outlines parsed back by iText's SVG renderer).
 */
final class PdfBarChart {

    static final float TITLE_SIZE = 16;
    static final float TICK_SIZE = 11;
    private static final float PAD = 6;
    private static final float TICK_LENGTH = 3;
    /** The plot's share left empty before the first and after the last bar, and between bars (JFreeChart's). */
    private static final float OUTER_MARGIN = 0.05f;

    private static final float MAX_BAR_SHARE = 0.08f;
    /** At least this many drawing units between two value ticks. */
    private static final float MIN_TICK_SPACING = 15;

    static final Color BAR =
            new DeviceRgb(ReportCharts.BAR_RGB >> 16, (ReportCharts.BAR_RGB >> 8) & 0xFF, ReportCharts.BAR_RGB & 0xFF);
    private static final Color TEXT = new DeviceRgb(0x33, 0x33, 0x33);
    private static final Color FRAME = new DeviceRgb(0x80, 0x80, 0x80);
    private static final Color GRID = new DeviceRgb(0xC0, 0xC0, 0xC0);

    private PdfBarChart() {}

    /** The chart as an image of the document, fitted into the part's box. */
    static Image image(DocumentPart.Chart chart, DocumentFonts fonts, PdfDocument pdf) {
        if (chart.horizontal()) {
            throw new IllegalArgumentException("drawn straight onto the page only as vertical bars");
        }
        PdfFormXObject drawing = new PdfFormXObject(new Rectangle(chart.width(), chart.height()));
        draw(new PdfCanvas(drawing, pdf), chart, fonts);
        return new Image(drawing).scaleToFit(chart.maxWidth(), chart.maxHeight());
    }

    private static void draw(PdfCanvas canvas, DocumentPart.Chart chart, DocumentFonts fonts) {
        float width = chart.width();
        float height = chart.height();
        List<String> categories = new ArrayList<>(chart.values().keySet());
        int max = chart.values().values().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);

        float top = height - PAD;
        if (chart.title() != null && !chart.title().isBlank()) {
            List<DocumentFonts.FontRun> title = fonts.runs(FontRole.HEADING1, chart.title());
            float x = (width - DocumentFonts.width(title, TITLE_SIZE)) / 2;
            // a 黑体 title drawn a little heavier, as the chart titles were (bold), by stroking its outline too
            canvas.saveState().setFillColor(TEXT).setStrokeColor(TEXT).setLineWidth(TITLE_SIZE / 30);
            text(
                    canvas,
                    title,
                    TITLE_SIZE,
                    x,
                    top - 0.88f * TITLE_SIZE,
                    PdfCanvasConstants.TextRenderingMode.FILL_STROKE);
            canvas.restoreState();
            top -= TITLE_SIZE * 1.2f + PAD;
        }

        // the value label above the value axis, read across like the rest (a label turned upright would
        // be extracted out of the page's reading order)
        List<DocumentFonts.FontRun> valueLabel =
                chart.valueLabel() == null || chart.valueLabel().isBlank()
                        ? List.of()
                        : fonts.runs(FontRole.HEADING1, chart.valueLabel());
        if (!valueLabel.isEmpty()) {
            canvas.saveState().setFillColor(TEXT);
            text(
                    canvas,
                    valueLabel,
                    TICK_SIZE,
                    PAD,
                    top - 0.88f * TICK_SIZE,
                    PdfCanvasConstants.TextRenderingMode.FILL);
            canvas.restoreState();
            top -= TICK_SIZE * 1.3f;
        }

        float plotTop = top - TICK_SIZE / 2;
        float plotBottom = PAD + TICK_SIZE * 1.2f + TICK_LENGTH + 2;
        float plotHeight = plotTop - plotBottom;
        Ticks ticks = Ticks.of(max, plotHeight);
        float tickWidth = 0;
        for (int v = 0; v <= ticks.top(); v += ticks.step()) {
            tickWidth = Math.max(tickWidth, DocumentFonts.width(fonts.runs(FontRole.HEADING1, label(v)), TICK_SIZE));
        }
        float plotLeft = PAD + Math.max(tickWidth + TICK_LENGTH + 2, 2 * TICK_SIZE);
        float plotRight = width - PAD - 2;
        float plotWidth = plotRight - plotLeft;

        // grid and value ticks
        canvas.saveState().setStrokeColor(GRID).setLineWidth(0.5f).setLineDash(2, 2);
        for (int v = ticks.step(); v <= ticks.top(); v += ticks.step()) {
            float y = plotBottom + plotHeight * v / ticks.range();
            canvas.moveTo(plotLeft, y).lineTo(plotRight, y);
        }
        canvas.stroke().restoreState();
        canvas.saveState().setStrokeColor(FRAME).setLineWidth(0.5f);
        for (int v = 0; v <= ticks.top(); v += ticks.step()) {
            float y = plotBottom + plotHeight * v / ticks.range();
            canvas.moveTo(plotLeft - TICK_LENGTH, y).lineTo(plotLeft, y);
        }
        canvas.stroke().restoreState();
        canvas.saveState().setFillColor(TEXT);
        for (int v = 0; v <= ticks.top(); v += ticks.step()) {
            float y = plotBottom + plotHeight * v / ticks.range();
            List<DocumentFonts.FontRun> label = fonts.runs(FontRole.HEADING1, label(v));
            float x = plotLeft - TICK_LENGTH - 2 - DocumentFonts.width(label, TICK_SIZE);
            text(canvas, label, TICK_SIZE, x, y - 0.36f * TICK_SIZE, PdfCanvasConstants.TextRenderingMode.FILL);
        }
        canvas.restoreState();

        // bars, each centred in its slot, and the category labels under them
        int n = Math.max(1, categories.size());
        float slot = plotWidth * (1 - 2 * OUTER_MARGIN) / n;
        float bar = Math.min(slot * 0.78f, plotWidth * MAX_BAR_SHARE);
        canvas.saveState().setFillColor(BAR);
        for (int i = 0; i < categories.size(); i++) {
            int value = Math.max(0, chart.values().get(categories.get(i)));
            float centre = plotLeft + plotWidth * OUTER_MARGIN + slot * (i + 0.5f);
            float h = plotHeight * value / ticks.range();
            if (h > 0) {
                canvas.rectangle(centre - bar / 2, plotBottom, bar, h);
            }
        }
        canvas.fill().restoreState();
        canvas.saveState().setFillColor(TEXT);
        for (int i = 0; i < categories.size(); i++) {
            float centre = plotLeft + plotWidth * OUTER_MARGIN + slot * (i + 0.5f);
            List<DocumentFonts.FontRun> label = fonts.runs(FontRole.HEADING1, categories.get(i));
            float size = TICK_SIZE;
            float w = DocumentFonts.width(label, size);
            if (w > slot * 0.95f) {
                size = Math.max(5, size * slot * 0.95f / w); // a long category label is set smaller, not cut
                w = DocumentFonts.width(label, size);
            }
            float baseline = plotBottom - TICK_LENGTH - 2 - 0.88f * TICK_SIZE;
            text(canvas, label, size, centre - w / 2, baseline, PdfCanvasConstants.TextRenderingMode.FILL);
        }
        canvas.restoreState();

        // the plot's frame
        canvas.saveState()
                .setStrokeColor(FRAME)
                .setLineWidth(0.5f)
                .rectangle(plotLeft, plotBottom, plotWidth, plotHeight)
                .stroke()
                .restoreState();
    }

    private static void text(
            PdfCanvas canvas, List<DocumentFonts.FontRun> runs, float size, float x, float y, int renderingMode) {
        canvas.beginText().setTextRenderingMode(renderingMode).moveText(x, y);
        show(canvas, runs, size);
        canvas.endText();
    }

    /** Runs shown one after the other in the current text object, each in its own font. */
    private static void show(PdfCanvas canvas, List<DocumentFonts.FontRun> runs, float size) {
        for (DocumentFonts.FontRun run : runs) {
            canvas.setFontAndSize(run.font(), size).showText(run.text());
        }
    }

    private static String label(int value) {
        return Integer.toString(value);
    }

    /**
     * The value axis: from 0 to a little above the highest bar (5%, as JFreeChart leaves), with ticks
     * at a round step (1, 2, 5 × 10ⁿ; counts are whole numbers) at least {@link #MIN_TICK_SPACING} apart.
     */
    record Ticks(float range, int step, int top) {
        static Ticks of(int max, float plotHeight) {
            float range = Math.max(1, max) * 1.05f;
            int step = 1;
            for (long base = 1; ; base *= 10) {
                int found = 0;
                for (long m : new long[] {1, 2, 5}) {
                    long s = m * base;
                    if (plotHeight * s / range >= MIN_TICK_SPACING || s >= Integer.MAX_VALUE / 10) {
                        found = (int) s;
                        break;
                    }
                }
                if (found > 0) {
                    step = found;
                    break;
                }
            }
            int top = (int) (Math.floor(range / step) * step);
            return new Ticks(range, step, top);
        }
    }
}

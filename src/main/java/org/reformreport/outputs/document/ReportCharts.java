package org.reformreport.outputs.document;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.element.Image;
import com.itextpdf.svg.converter.SvgConverter;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextFragment;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Bar charts for the reports, made once by JFreeChart and drawn two ways: into the PDF as vector
 * graphics (JFreeSVG writes the drawing with its text turned into outlines, so the chart needs no
 * font in the PDF and stays sharp at any zoom), and into the Word document as a PNG at twice its
 * drawing size. Labels are drawn with the same kind of fallback chain as the PDF text
 * (the CJK family, DejaVu Sans, Symbola; □ where none has a character), so a unit name with 喆 or
 * an emoji loses nothing and shows no empty box.
 */
public final class ReportCharts {

    private static final String SAMPLE = "稿件合计各单位月";
    /** The bars' red, in every drawing of a chart (PDF and Word). */
    static final int BAR_RGB = 0xC0392B;

    private static final Color BAR = new Color(BAR_RGB);

    static {
        System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
    }

    private ReportCharts() {}

    /** A bar chart of values by category, as SVG. */
    public static String barChartSvg(
            String title,
            String valueLabel,
            Map<String, ? extends Number> values,
            boolean horizontal,
            int width,
            int height) {
        return svg(barChart(title, valueLabel, values, horizontal), width, height);
    }

    /**
     * A bar chart of values by category, laid out at {@code width} × {@code height} pixels (the
     * drawing size: fonts and bars keep their proportions) and rasterised at {@code scale} times
     * that, as PNG: the picture a Word document holds, sharp when printed.
     */
    public static byte[] barChartPng(
            String title,
            String valueLabel,
            Map<String, ? extends Number> values,
            boolean horizontal,
            int width,
            int height,
            double scale) {
        return png(barChart(title, valueLabel, values, horizontal), width, height, scale);
    }

    /** The one place a report's bar chart is made: the PDF draws it as SVG, the Word document as PNG. */
    static JFreeChart barChart(
            String title, String valueLabel, Map<String, ? extends Number> values, boolean horizontal) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((category, value) -> data.addValue(value, valueLabel, category));
        GlyphRuns labels = labelRuns(Font.PLAIN);
        JFreeChart chart = ChartFactory.createBarChart(
                title == null ? null : labelRuns(Font.BOLD).inFirstFace(title),
                null,
                labels.inFirstFace(valueLabel),
                data,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL,
                false,
                false,
                false);
        chart.getCategoryPlot().setDomainAxis(new FallbackCategoryAxis());
        theme().apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.08);
        return chart;
    }

    /** The chart as SVG with its text turned into outlines (no font needed where it is shown). */
    static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        svg.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(svg, new Rectangle(0, 0, width, height));
        return svg.getSVGDocument();
    }

    /** The chart laid out at width × height and rasterised at scale times that, as PNG. */
    static byte[] png(JFreeChart chart, int width, int height, double scale) {
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The SVG as a vector image at most this wide and this high in the document. */
    public static Image image(String svg, PdfDocument pdf, float width, float height) {
        PdfFormXObject xObject = SvgConverter.convertToXObject(svg, pdf);
        return new Image(xObject).scaleToFit(width, height);
    }

    private static StandardChartTheme theme() {
        String family = chineseFamily();
        StandardChartTheme theme = new StandardChartTheme("report");
        theme.setExtraLargeFont(new Font(family, Font.BOLD, 16));
        theme.setLargeFont(new Font(family, Font.PLAIN, 13));
        theme.setRegularFont(new Font(family, Font.PLAIN, 11));
        theme.setSmallFont(new Font(family, Font.PLAIN, 10));
        return theme;
    }

    /** The AWT families labels are drawn with, in order: the Chinese family, then the fallbacks installed. */
    static List<String> labelFamilies() {
        List<String> installed =
                Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        java.util.LinkedHashSet<String> families = new java.util.LinkedHashSet<>();
        families.add(chineseFamily());
        for (String fallback : List.of("Noto Sans CJK SC", "Noto Serif CJK SC", "DejaVu Sans", "Symbola")) {
            if (installed.contains(fallback)) {
                families.add(fallback);
            }
        }
        return List.copyOf(families);
    }

    /** How label text splits over the label families (for a caller to know what a chart can draw). */
    public static GlyphRuns labelRuns(int style) {
        return new GlyphRuns(labelFonts(style, 12).stream()
                .map(f -> (java.util.function.IntPredicate) f::canDisplay)
                .toList());
    }

    private static List<Font> labelFonts(int style, float size) {
        return labelFamilies().stream()
                .map(f -> new Font(f, style, 1).deriveFont(size))
                .toList();
    }

    /**
     * Category labels (unit names) in runs of the label families, cut with "…" where wider than the
     * axis allows, instead of one font that would draw missing characters as empty boxes.
     */
    static final class FallbackCategoryAxis extends CategoryAxis {

        FallbackCategoryAxis() {
            super(null);
        }

        @Override
        protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
            Font font = getTickLabelFont(category);
            Paint paint = getTickLabelPaint(category);
            List<Font> fonts = new java.util.ArrayList<>();
            fonts.add(font);
            labelFonts(font.getStyle(), font.getSize2D()).stream().skip(1).forEach(fonts::add);
            GlyphRuns runs = new GlyphRuns(fonts.stream()
                    .map(f -> (java.util.function.IntPredicate) f::canDisplay)
                    .toList());
            List<GlyphRuns.Run> pieces = new java.util.ArrayList<>();
            for (GlyphRuns.Run run : runs.split(category.toString().replace('\n', ' '))) {
                for (int[] cluster : GlyphRuns.clusters(run.text())) {
                    pieces.add(new GlyphRuns.Run(run.face(), new String(cluster, 0, cluster.length)));
                }
            }
            List<GlyphRuns.Run> fitted = fit(pieces, fonts, width, g2);
            TextLine line = new TextLine();
            StringBuilder text = new StringBuilder();
            int face = -1;
            for (GlyphRuns.Run piece : fitted) {
                if (piece.face() != face && !text.isEmpty()) {
                    line.addFragment(new TextFragment(text.toString(), fonts.get(face), paint));
                    text.setLength(0);
                }
                face = piece.face();
                text.append(piece.text());
            }
            if (!text.isEmpty()) {
                line.addFragment(new TextFragment(text.toString(), fonts.get(face), paint));
            }
            TextBlock block = new TextBlock();
            block.addLine(line);
            return block;
        }

        private static List<GlyphRuns.Run> fit(
                List<GlyphRuns.Run> pieces, List<Font> fonts, float width, Graphics2D g2) {
            double total = 0;
            double[] widths = new double[pieces.size()];
            for (int i = 0; i < pieces.size(); i++) {
                widths[i] = fonts.get(pieces.get(i).face())
                        .getStringBounds(pieces.get(i).text(), g2.getFontRenderContext())
                        .getWidth();
                total += widths[i];
            }
            if (total <= width || width <= 0) {
                return pieces;
            }
            int ellipsisFace = 0;
            while (ellipsisFace < fonts.size() - 1 && !fonts.get(ellipsisFace).canDisplay('…')) {
                ellipsisFace++;
            }
            double room = width
                    - fonts.get(ellipsisFace)
                            .getStringBounds("…", g2.getFontRenderContext())
                            .getWidth();
            List<GlyphRuns.Run> fitted = new java.util.ArrayList<>();
            double used = 0;
            for (int i = 0; i < pieces.size() && used + widths[i] <= room; i++) {
                fitted.add(pieces.get(i));
                used += widths[i];
            }
            fitted.add(new GlyphRuns.Run(ellipsisFace, "…"));
            return fitted;
        }
    }

    /** An installed AWT family that draws Chinese (Noto Sans CJK SC preferred). */
    static String chineseFamily() {
        List<String> families =
                Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String preferred :
                List.of("Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei", "AR PL SungtiL GB")) {
            if (families.contains(preferred)) {
                return preferred;
            }
        }
        return families.stream()
                .filter(f -> new Font(f, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1)
                .findFirst()
                .orElse(Font.SANS_SERIF);
    }
}

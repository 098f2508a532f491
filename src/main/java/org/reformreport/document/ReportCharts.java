package org.reformreport.document;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.element.Image;
import com.itextpdf.svg.converter.SvgConverter;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Bar charts for the reports, drawn by JFreeChart and placed in the PDF as vector graphics: JFreeSVG
 * writes the drawing with its text turned into outlines, so the chart needs no font in the PDF and
 * stays sharp at any zoom.
 */
public final class ReportCharts {

    private static final String SAMPLE = "稿件合计各单位月";
    private static final Color BAR = new Color(0xC0, 0x39, 0x2B);

    static {
        System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
    }

    private ReportCharts() {
    }

    /** A bar chart of values by category, as SVG. */
    public static String barChartSvg(String title, String valueLabel, Map<String, ? extends Number> values,
                                     boolean horizontal, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((category, value) -> data.addValue(value, valueLabel, category));
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueLabel, data,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, false, false, false);
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
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        svg.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(svg, new Rectangle(0, 0, width, height));
        return svg.getSVGDocument();
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

    /** An installed AWT family that draws Chinese (Noto Sans CJK SC preferred). */
    static String chineseFamily() {
        List<String> families = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames());
        for (String preferred : List.of("Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei",
                "AR PL SungtiL GB")) {
            if (families.contains(preferred)) {
                return preferred;
            }
        }
        return families.stream().filter(f -> new Font(f, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1)
                .findFirst().orElse(Font.SANS_SERIF);
    }
}

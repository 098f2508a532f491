package org.reformreport.bench.floors;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Floor for the PDF stage: bare iText rendering two-page A4 "unit reports" with an embedded subset
 * CJK font, no project code. The benchmark divides the job's PDF time by this one's.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.reformreport.bench.floors.PdfFloor -Dexec.args="200 2 ttf /tmp/pdf"
 * </pre>
 * Args: {@code <docs> <threads> <ttf|cff> <outDir>}. Prints
 * {@code FLOOR pdf-<ttf|cff> docs=.. threads=.. seconds=.. docs_per_s=.. avg_kb=..}.
 */
public final class PdfFloor {

    static final String TTF = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";
    // Noto Serif CJK Regular collection: faces JP=0, KR=1, SC=2, TC=3, HK=4 (fc-query); SC is index 2.
    static final String TTC = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";
    static final int TTC_SC = 2;

    // 600 of the most frequent simplified characters, all in GB2312 so the AR PL face has them.
    static final String POOL = ""
            + "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方"
            + "多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情"
            + "明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给"
            + "世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太"
            + "量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象"
            + "完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济"
            + "车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚"
            + "请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历"
            + "首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音"
            + "跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值";

    static final String[] COLUMNS = {"月份", "中央媒体", "省级媒体", "市级媒体", "区级媒体", "合计"};

    public static void main(String[] args) throws Exception {
        int docs = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        String kind = args[2];
        File outDir = new File(args[3]);
        outDir.mkdirs();

        long start = System.nanoTime(); // font loading is inside the measured time
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true); // a failed run must not keep exec:java waiting for idle workers
            return t;
        });
        List<Future<Long>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                // Each thread loads its own program once, uncached, so threads share no font state.
                FontProgram program = kind.equals("cff")
                        ? FontProgramFactory.createFont(TTC, TTC_SC, false)
                        : FontProgramFactory.createFont(TTF, false);
                long bytes = 0;
                for (int i = next.getAndIncrement(); i < docs; i = next.getAndIncrement()) {
                    File f = new File(outDir, String.format("unit-%05d.pdf", i));
                    render(program, i, f);
                    bytes += f.length();
                }
                return bytes;
            }));
        }
        long bytes = 0;
        for (Future<Long> r : results) {
            bytes += r.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(String.format(
                Locale.ROOT,
                "FLOOR pdf-%s docs=%d threads=%d seconds=%.2f docs_per_s=%.1f avg_kb=%d",
                kind,
                docs,
                threads,
                seconds,
                docs / seconds,
                Math.round(bytes / 1024.0 / docs)));
    }

    static void render(FontProgram program, int n, File file) throws Exception {
        Random rnd = new Random(20261005L + n); // fixed seed, different per document -> different subsets
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(file), 64 * 1024);
                PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            // A PdfFont belongs to one document; subset embedding happens when the document closes.
            PdfFont font =
                    PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H, EmbeddingStrategy.PREFER_EMBEDDED);
            font.setSubset(true);
            pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new PageNumbers(font));
            Document doc = new Document(pdf, PageSize.A4);
            doc.setMargins(56, 56, 64, 56);
            doc.setFont(font).setFontSize(10.5f); // 五号: twelve paragraphs fit on page 1

            doc.add(new Paragraph(text(rnd, 20))
                    .setFontSize(18)
                    .setFixedLeading(26)
                    .setTextAlignment(TextAlignment.CENTER)
                    .setMarginBottom(10));
            // Fixed leading: Noto's taller ascent/descent would otherwise push page 1 onto a third page.
            for (int p = 0; p < 12; p++) {
                doc.add(new Paragraph(text(rnd, 100 + rnd.nextInt(21)))
                        .setTextAlignment(TextAlignment.JUSTIFIED)
                        .setFirstLineIndent(21)
                        .setFixedLeading(14.5f)
                        .setMarginTop(0)
                        .setMarginBottom(4));
            }

            // Page 2: the figures table, then the chart below it.
            doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
            int[][] values = new int[12][COLUMNS.length - 1];
            Table table = new Table(UnitValue.createPercentArray(COLUMNS.length)).useAllAvailableWidth();
            for (String c : COLUMNS) {
                table.addHeaderCell(new Cell().add(new Paragraph(c)).setTextAlignment(TextAlignment.CENTER));
            }
            for (int r = 0; r < 12; r++) {
                table.addCell(new Cell().add(new Paragraph((r + 1) + "月")));
                int sum = 0;
                for (int c = 0; c < 4; c++) {
                    values[r][c] = rnd.nextInt(60);
                    sum += values[r][c];
                    table.addCell(new Cell()
                            .add(new Paragraph(Integer.toString(values[r][c])))
                            .setTextAlignment(TextAlignment.RIGHT));
                }
                values[r][4] = sum;
                table.addCell(
                        new Cell().add(new Paragraph(Integer.toString(sum))).setTextAlignment(TextAlignment.RIGHT));
            }
            doc.add(table);
            chart(pdf.getLastPage(), font, values);
            if (pdf.getNumberOfPages() != 2) {
                throw new IllegalStateException("document " + n + " has " + pdf.getNumberOfPages() + " pages");
            }
            doc.close();
        }
    }

    /** A bar chart of the row totals drawn straight onto the page: axes, 12 bars, CJK labels. */
    static void chart(PdfPage page, PdfFont font, int[][] values) {
        float x0 = 90, y0 = 110, w = 420, h = 230;
        int max = 1;
        for (int[] row : values) {
            max = Math.max(max, row[4]);
        }
        PdfCanvas canvas = new PdfCanvas(page);
        canvas.saveState()
                .setStrokeColor(ColorConstants.BLACK)
                .setLineWidth(0.8f)
                .moveTo(x0, y0 + h)
                .lineTo(x0, y0)
                .lineTo(x0 + w, y0)
                .stroke();
        float slot = w / 12f;
        canvas.setFillColor(new DeviceRgb(0x2f, 0x5d, 0x8a));
        for (int i = 0; i < 12; i++) {
            float bh = h * values[i][4] / max;
            canvas.rectangle(x0 + i * slot + slot * 0.2f, y0, slot * 0.6f, bh).fill();
        }
        canvas.setFillColor(ColorConstants.BLACK);
        for (int i = 0; i < 12; i++) {
            canvas.beginText()
                    .setFontAndSize(font, 8)
                    .moveText(x0 + i * slot + slot * 0.25f, y0 - 12)
                    .showText((i + 1) + "月")
                    .endText();
        }
        canvas.beginText()
                .setFontAndSize(font, 10)
                .moveText(x0, y0 + h + 12)
                .showText("各月刊发稿件合计")
                .endText();
        canvas.restoreState().release();
    }

    static String text(Random rnd, int length) {
        StringBuilder sb = new StringBuilder(length + 4);
        for (int i = 0; i < length; i++) {
            double u = rnd.nextDouble();
            sb.append(POOL.charAt((int) (POOL.length() * u * u))); // skewed towards frequent characters
            if (i > 6 && rnd.nextInt(14) == 0 && i < length - 2) {
                sb.append(rnd.nextInt(3) == 0 ? '；' : '，');
            }
        }
        return sb.append('。').toString();
    }

    /** "— N —" centred at the bottom of every page, drawn when the page ends. */
    static final class PageNumbers extends AbstractPdfDocumentEventHandler {
        private final PdfFont font;

        PageNumbers(PdfFont font) {
            this.font = font;
            addType(PdfDocumentEvent.END_PAGE);
        }

        @Override
        protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
            PdfDocumentEvent e = (PdfDocumentEvent) event;
            PdfPage page = e.getPage();
            String label = "— " + e.getDocument().getPageNumber(page) + " —";
            float x = (page.getPageSize().getWidth() - font.getWidth(label, 12)) / 2;
            new PdfCanvas(page)
                    .beginText()
                    .setFontAndSize(font, 12)
                    .moveText(x, 36)
                    .showText(label)
                    .endText()
                    .release();
        }
    }
}

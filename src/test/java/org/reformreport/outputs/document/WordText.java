package org.reformreport.outputs.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Reads back what a written .docx says, paragraph by paragraph, and compares it with the PDF's text. */
public final class WordText {

    /**
     * A paragraph's text (line breaks as "\n"), whether it sits in a table cell, and whether in a
     * header row that repeats on every page the table spans.
     */
    public record Paragraph(String text, boolean inTable, boolean inRepeatedHeader) {}

    private WordText() {}

    public static List<Paragraph> paragraphs(Path docx) throws IOException {
        List<Paragraph> paragraphs = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx);
                XWPFDocument doc = new XWPFDocument(in)) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraphs.add(new Paragraph(p.getText(), false, false));
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph p : cell.getParagraphs()) {
                                paragraphs.add(new Paragraph(p.getText(), true, row.isRepeatHeader()));
                            }
                        }
                    }
                }
            }
        }
        return paragraphs;
    }

    /**
     * What differs between the .docx's text and the PDF's, or nothing: every paragraph outside
     * tables found in the PDF in the same order, every line of a table cell found in it, and both
     * holding exactly the same characters (white space and the PDF's page numbers aside).
     */
    public static List<String> differences(Path docx, Path pdf) throws IOException {
        List<String> pages = PdfText.pages(pdf);
        StringBuilder pdfText = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            String page = squeeze(pages.get(i));
            String number = squeeze(PageNumbers.label(i + 1));
            int at = page.lastIndexOf(number);
            pdfText.append(at < 0 ? page : page.substring(0, at) + page.substring(at + number.length()));
        }
        String all = pdfText.toString();
        List<String> differences = new ArrayList<>();
        StringBuilder wordText = new StringBuilder();
        int from = 0;
        List<String> headers = new ArrayList<>();
        StringBuilder header = new StringBuilder();
        for (Paragraph p : paragraphs(docx)) {
            if (p.inRepeatedHeader()) {
                header.append(squeeze(p.text()));
            } else if (!header.isEmpty()) {
                headers.add(header.toString());
                header.setLength(0);
            }
            String text = squeeze(p.text());
            wordText.append(text);
            if (text.isEmpty()) {
                continue;
            }
            if (p.inTable()) {
                for (String line : p.text().split("\n")) {
                    if (!all.contains(squeeze(line))) {
                        differences.add("table text not in the PDF: " + line);
                    }
                }
            } else {
                int at = all.indexOf(text, from);
                if (at < 0) {
                    differences.add("paragraph not in the PDF (in this order): " + p.text());
                } else {
                    from = at + text.length();
                }
            }
        }
        // the PDF repeats a table's header on each page the table continues on: as many copies of it
        // as the PDF has beyond the .docx's characters may go, and nothing else may differ
        Map<Integer, Integer> extra = counts(all);
        counts(wordText.toString()).forEach((c, n) -> extra.merge(c, -n, Integer::sum));
        for (String repeated : headers) {
            Map<Integer, Integer> h = counts(repeated);
            int copies = h.entrySet().stream()
                    .mapToInt(e -> extra.getOrDefault(e.getKey(), 0) / e.getValue())
                    .min()
                    .orElse(0);
            h.forEach((c, n) -> extra.merge(c, -n * Math.max(0, copies), Integer::sum));
        }
        extra.values().removeIf(n -> n == 0);
        if (!extra.isEmpty()) {
            StringBuilder which = new StringBuilder();
            extra.forEach((c, n) ->
                    which.appendCodePoint(c).append(n > 0 ? "+" : "").append(n).append(' '));
            differences.add("the characters differ (PDF minus .docx): "
                    + which.toString().strip());
        }
        return differences;
    }

    private static Map<Integer, Integer> counts(String text) {
        Map<Integer, Integer> counts = new TreeMap<>();
        text.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        return counts;
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}

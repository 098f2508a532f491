package org.reformreport.outputs.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Reads back what a written .docx says, paragraph by paragraph, and compares it with the PDF's text. */
public final class WordText {

    /** A paragraph's text (line breaks as "\n") and whether it sits in a table cell. */
    public record Paragraph(String text, boolean inTable) {}

    private WordText() {}

    public static List<Paragraph> paragraphs(Path docx) throws IOException {
        List<Paragraph> paragraphs = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx);
                XWPFDocument doc = new XWPFDocument(in)) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraphs.add(new Paragraph(p.getText(), false));
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph p : cell.getParagraphs()) {
                                paragraphs.add(new Paragraph(p.getText(), true));
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
        for (Paragraph p : paragraphs(docx)) {
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
        if (!sorted(wordText.toString()).equals(sorted(all))) {
            differences.add("the characters differ: .docx " + wordText.length() + ", PDF " + all.length());
        }
        return differences;
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String sorted(String text) {
        return text.codePoints()
                .sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}

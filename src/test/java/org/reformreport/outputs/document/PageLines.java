package org.reformreport.outputs.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A written PDF's text lines page by page (the page numbers left out), top to bottom, and the
 * pagination rules of GB/T 9704 checked on them.
 */
public final class PageLines {

    /** A line: its text (no spaces) and its extent (PDF points, origin bottom left). */
    public record Line(String text, float bottom, float top) {}

    private static final Pattern HEADING1 = Pattern.compile("[一二三四五六七八九十]+、\\S{1,26}");
    private static final Pattern PAGE_NUMBER = Pattern.compile("— \\d+ —");
    private static final Pattern ATTACHMENT_LABEL = Pattern.compile("附件\\d+");

    private PageLines() {}

    public static List<List<Line>> of(Path pdf) throws IOException {
        List<PdfText.Chunk> chunks = new ArrayList<>(PdfText.chunks(pdf));
        chunks.removeIf(c -> PAGE_NUMBER.matcher(c.text().trim()).matches());
        chunks.sort(Comparator.comparingInt(PdfText.Chunk::page)
                .thenComparing(Comparator.comparingDouble(PdfText.Chunk::bottom).reversed())
                .thenComparingDouble(PdfText.Chunk::left));
        int pageCount = PdfText.pages(pdf).size();
        List<List<Line>> pages = new ArrayList<>();
        for (int i = 0; i < pageCount; i++) {
            pages.add(new ArrayList<>());
        }
        // runs in other faces (a run-in 楷体 heading, a fallback glyph) sit a little higher or lower
        List<PdfText.Chunk> line = new ArrayList<>();
        for (PdfText.Chunk c : chunks) {
            if (!line.isEmpty()
                    && (line.get(0).page() != c.page()
                            || Math.abs(line.get(0).bottom() - c.bottom()) > OfficialPage.LINE_PITCH / 3)) {
                pages.get(line.get(0).page() - 1).add(line(line));
                line.clear();
            }
            line.add(c);
        }
        if (!line.isEmpty()) {
            pages.get(line.get(0).page() - 1).add(line(line));
        }
        return pages;
    }

    private static Line line(List<PdfText.Chunk> chunks) {
        List<PdfText.Chunk> byX = chunks.stream()
                .sorted(Comparator.comparingDouble(PdfText.Chunk::left))
                .toList();
        StringBuilder text = new StringBuilder();
        byX.forEach(c -> text.append(c.text()));
        return new Line(
                text.toString().replaceAll("\\s+", ""),
                (float) byX.stream().mapToDouble(PdfText.Chunk::bottom).min().orElseThrow(),
                (float) byX.stream().mapToDouble(PdfText.Chunk::top).max().orElseThrow());
    }

    public static boolean isHeading1(String line) {
        return HEADING1.matcher(line).matches();
    }

    /**
     * What breaks the rules: a level-1 heading or an attachment's label as the last line of a page;
     * a 落款 (the authority's line) on a page with no body text before it (the 附件说明, from its
     * "附件：" line on, is not body text); and, where {@code endsWithSignature}, pages after the 落款.
     */
    public static List<String> problems(Path pdf, String authority, boolean endsWithSignature) throws IOException {
        return problems(of(pdf), authority, endsWithSignature);
    }

    public static List<String> problems(List<List<Line>> pages, String authority, boolean endsWithSignature) {
        List<String> problems = new ArrayList<>();
        // every line in reading order, with its page
        List<Integer> pageOf = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (int p = 1; p <= pages.size(); p++) {
            List<Line> lines = pages.get(p - 1);
            if (lines.isEmpty()) {
                problems.add("page " + p + " is blank");
                continue;
            }
            String last = lines.get(lines.size() - 1).text();
            if (isHeading1(last) || ATTACHMENT_LABEL.matcher(last).matches()) {
                problems.add("page " + p + " ends with " + last);
            }
            for (Line l : lines) {
                pageOf.add(p);
                text.add(l.text());
            }
        }
        int signature = text.indexOf(authority.replaceAll("\\s+", ""));
        if (signature < 0) {
            problems.add("no 落款 " + authority);
            return problems;
        }
        int page = pageOf.get(signature);
        int note = signature;
        while (note > 0 && !text.get(note).startsWith("附件：")) {
            note--;
        }
        int bodyEnd = text.get(note).startsWith("附件：") ? note : signature;
        if (bodyEnd == 0 || pageOf.get(bodyEnd - 1) != page) {
            problems.add("page " + page + " holds the 落款 without body text: "
                    + text.subList(Math.max(0, bodyEnd - 2), signature + 1));
        }
        if (endsWithSignature && page != pages.size()) {
            problems.add("the 落款 is on page " + page + " of " + pages.size());
        }
        return problems;
    }
}

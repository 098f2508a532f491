package org.reformreport.outputs.document;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.IPropertyContainer;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.LineRenderer;
import com.itextpdf.layout.renderer.ParagraphRenderer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GB/T 9704 7.3.5: the 落款 shares its page with the end of the body, never a page of its own (nor
 * one with only the 附件说明). Once the signature is laid out, this looks at where it landed; when
 * no body text stands on its page, the document is laid out again with, in turn: one blank line
 * above the signature instead of two; slightly closer lines on the body's last page; and, when
 * spacing cannot do it, the body's last lines carried over with it (two, more when a heading must
 * go along). The first that works stays.
 */
final class SignatureFit {

    private static final Logger log = LoggerFactory.getLogger(SignatureFit.class);

    /** Blank lines above the signature: the usual two, at least one. */
    static final float GAP = 2 * OfficialPage.LINE_PITCH;

    static final float SHORT_GAP = OfficialPage.LINE_PITCH;

    /** Line pitches tried on the body's last page: a few percent closer, no more. */
    private static final float[] CLOSER_LINES = {0.97f, 0.94f};

    /** Body lines carried over at most before giving up. */
    private static final int MOST_CARRIED = 6;

    private final Document doc;
    private final ShortenedPages pages;
    private final Set<IPropertyContainer> bodyText;
    private final List<Paragraph> pitched;
    private final Div signature;

    /**
     * @param bodyText the elements whose lines count as body text (title, addressees, headings,
     *     paragraphs; not the 附件说明)
     * @param pitched the paragraphs set on the body's line pitch, which may be brought closer
     */
    SignatureFit(
            Document doc,
            ShortenedPages pages,
            Set<IPropertyContainer> bodyText,
            List<Paragraph> pitched,
            Div signature) {
        this.doc = doc;
        this.pages = pages;
        this.bodyText = bodyText;
        this.pitched = pitched;
        this.signature = signature;
    }

    /** Called right after the signature was added: moves it onto the page of the body's end. */
    void fit() {
        Landing first = landing();
        if (first.holds()) {
            return;
        }
        int lastBodyPage = first.bodyLines().isEmpty()
                ? 1
                : first.bodyLines().get(first.bodyLines().size() - 1).page();
        List<Paragraph> onLastBodyPage = pitched.stream()
                .filter(p -> first.pagesOf(p).contains(lastBodyPage))
                .toList();
        if (tried(SHORT_GAP, 1f, onLastBodyPage)) {
            log.debug("落款 brought up by one blank line above it");
            return;
        }
        for (float closer : CLOSER_LINES) {
            if (tried(SHORT_GAP, closer, onLastBodyPage)) {
                log.debug("落款 brought up by lines at {} of the pitch", closer);
                return;
            }
        }
        List<Line> lines = first.bodyLines();
        for (int carried = 2; carried <= Math.min(MOST_CARRIED, lines.size()); carried++) {
            Line from = lines.get(lines.size() - carried);
            // that page's block ends halfway up this line: the line before it stays, this one and
            // all after it go on to the next page with the 落款
            pages.shorten(from.page(), from.box().getBottom() + OfficialPage.LINE_PITCH / 2 - OfficialPage.BOTTOM);
            if (tried(GAP, 1f, List.of())) {
                log.debug("落款 goes on with the body's last {} lines", carried);
                return;
            }
            pages.clear();
        }
        log.warn("The 落款 could not be brought onto the page of the body's end; it is left where it fell");
        tried(GAP, 1f, List.of());
    }

    private boolean tried(float gap, float pitch, List<Paragraph> closer) {
        signature.setMarginTop(gap);
        for (Paragraph p : pitched) {
            p.setFixedLeading(OfficialPage.LINE_PITCH * (closer.contains(p) ? pitch : 1f));
        }
        doc.relayout();
        return landing().holds();
    }

    /** Where the body's lines and the signature fell in the current layout. */
    private Landing landing() {
        List<Line> bodyLines = new ArrayList<>();
        IdentityHashMap<Object, Set<Integer>> pagesOf = new IdentityHashMap<>();
        for (IRenderer r : doc.getRenderer().getChildRenderers()) {
            if (r.getOccupiedArea() == null) {
                continue;
            }
            int page = r.getOccupiedArea().getPageNumber();
            pagesOf.computeIfAbsent(r.getModelElement(), e -> new TreeSet<>()).add(page);
            if (r instanceof ParagraphRenderer p && bodyText.contains(r.getModelElement()) && p.getLines() != null) {
                for (LineRenderer line : p.getLines()) {
                    bodyLines.add(
                            new Line(page, line.getOccupiedArea().getBBox().clone()));
                }
            }
        }
        return new Landing(bodyLines, pagesOf, pagesOf.getOrDefault(signature, Set.of()));
    }

    private record Line(int page, Rectangle box) {}

    private record Landing(
            List<Line> bodyLines, IdentityHashMap<Object, Set<Integer>> pages, Set<Integer> signaturePages) {

        Set<Integer> pagesOf(Object element) {
            return pages.getOrDefault(element, Collections.emptySet());
        }

        /** The signature on one page, with body text on it, and no page before it left blank. */
        boolean holds() {
            if (signaturePages.size() != 1) {
                return false;
            }
            int page = signaturePages.iterator().next();
            Set<Integer> filled = new TreeSet<>();
            pages.values().forEach(filled::addAll);
            for (int p = 1; p <= page; p++) {
                if (!filled.contains(p)) {
                    return false;
                }
            }
            return bodyLines.stream().anyMatch(l -> l.page() == page);
        }
    }
}

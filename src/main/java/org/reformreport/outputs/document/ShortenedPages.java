package org.reformreport.outputs.document;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.DocumentRenderer;
import com.itextpdf.layout.renderer.IRenderer;
import java.util.HashMap;
import java.util.Map;

/**
 * The document's renderer, able to end a page's text block early: a page shortened by some height
 * sends its last lines on to the next page (how {@link SignatureFit} carries the end of the body over
 * with the 落款). The cuts are shared by every renderer of the document, so they hold across
 * {@link Document#relayout()}. Laid out without drawing until {@link #drawFromHereOn()}, so that
 * the document can be laid out again.
 */
final class ShortenedPages extends DocumentRenderer {

    private final Map<Integer, Float> cuts;

    ShortenedPages(Document document) {
        this(document, new HashMap<>());
    }

    private ShortenedPages(Document document, Map<Integer, Float> cuts) {
        super(document, false);
        this.cuts = cuts;
    }

    /** Page {@code page}'s block ends {@code height} points above its usual bottom edge. */
    void shorten(int page, float height) {
        cuts.put(page, height);
    }

    void clear() {
        cuts.clear();
    }

    /**
     * Draws what is laid out and from now on each element as it is placed, pages flushed as they
     * fill, as iText does by default: the document can no longer be laid out again, and long 附件
     * tables do not stay in memory.
     */
    void drawFromHereOn() {
        flush();
        immediateFlush = true;
    }

    /** Whether elements are drawn as they are placed (after {@link #drawFromHereOn()}). */
    boolean drawing() {
        return immediateFlush;
    }

    @Override
    protected LayoutArea updateCurrentArea(LayoutResult overflowResult) {
        LayoutArea area = super.updateCurrentArea(overflowResult);
        Float cut = cuts.get(area.getPageNumber());
        if (cut != null) {
            Rectangle box = area.getBBox();
            box.setY(box.getY() + cut).setHeight(box.getHeight() - cut);
        }
        return area;
    }

    @Override
    public IRenderer getNextRenderer() {
        return new ShortenedPages(document, cuts);
    }
}

package org.reformreport.outputs.document;

import java.util.List;
import java.util.Map;

/**
 * A piece of an official document in reading order, as the writers decide it and before any format
 * draws it: the PDF ({@link OfficialDocument}) and the Word document render the same parts, so what
 * a report says is decided once. Body text is a {@link ReportBlock}.
 */
public sealed interface DocumentPart
        permits DocumentPart.MastHead,
                DocumentPart.Title,
                DocumentPart.Addressees,
                ReportBlock,
                DocumentPart.AttachmentNote,
                DocumentPart.Signature,
                DocumentPart.AttachmentPage,
                DocumentPart.Table,
                DocumentPart.Chart,
                DocumentPart.Colophon {

    /** 版头: the issuing authority's name with 文件 in red, the document number, the red rule. */
    record MastHead(String authorityName, String documentNumber) implements DocumentPart {}

    /** The title, 二号 小标宋, centred; a long one in balanced lines. */
    record Title(String text) implements DocumentPart {}

    /** 主送机关, flush left, ending in a full-width colon. */
    record Addressees(String text) implements DocumentPart {}

    /** 附件说明: its lines ("附件：1.XXX", "2.YYY"), further items aligned under the first. */
    record AttachmentNote(List<String> lines) implements DocumentPart {}

    /** 落款 without a seal: the authority and the date. */
    record Signature(String authority, String date) implements DocumentPart {}

    /**
     * An attachment starts a new page: "附件N" in 黑体 top left, its title centred on line 3; number 0
     * is a document's only attachment, headed "附件" without a number (GB/T 9704).
     */
    record AttachmentPage(int number, String title) implements DocumentPart {}

    /** A table whose header row repeats on every page it spans. */
    record Table(List<Column> columns, float fontSize, List<List<Cell>> rows) implements DocumentPart {}

    /** A column: its header (may hold line breaks) and its share of the width in percent. */
    record Column(String header, float widthPercent) {}

    /** A cell: text, alignment, shading, how many columns it spans and whether it is a heading (黑体). */
    record Cell(String text, Align align, Shade shade, int span, boolean heading) {

        public static Cell of(String text, Align align) {
            return new Cell(text, align, Shade.NONE, 1, false);
        }
    }

    enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    /** Cell backgrounds: a group row, a late week, a missing week. */
    enum Shade {
        NONE,
        GROUP,
        LATE,
        MISSING
    }

    /**
     * A bar chart of values by category, fitted into at most {@code maxWidth} × {@code maxHeight}
     * points; {@code width} × {@code height} is its drawing size in pixels.
     */
    record Chart(
            String title,
            String valueLabel,
            Map<String, Integer> values,
            boolean horizontal,
            int width,
            int height,
            float maxWidth,
            float maxHeight,
            boolean centred)
            implements DocumentPart {}

    /**
     * 版记 on the last page: 抄送, the printing office and the date printed, between rules.
     *
     * @param copiesTo    the 抄送 line as printed, "抄送：区委办公室，区政府办公室。" ("" for none)
     * @param printedDate 2026年11月3日, without "印发"
     */
    record Colophon(String copiesTo, String printingOffice, String printedDate) implements DocumentPart {}
}

package org.reformreport.outputs.document;

/** A piece of the report body in reading order: a level-1 heading, or a paragraph (with a run-in level-2 heading). */
public sealed interface ReportBlock extends DocumentPart {

    record Heading(String text) implements ReportBlock {}

    record Paragraph(String runInHeading, String text) implements ReportBlock {
        public Paragraph(String text) {
            this(null, text);
        }
    }
}

package org.reformreport.outputs.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The characters of a month's texts that no report face can draw (they come out as □), found once
 * for the whole month so the operator is told once which unit's which field to have corrected,
 * rather than once per document or glyph.
 */
public final class UndrawableCharacters {

    /**
     * A text the reports show and where it comes from.
     *
     * @param unitCode the unit it belongs to, null for settings and templates
     * @param taskCode the reform task, when it is a task's text
     * @param field    what it is, e.g. 单位名称, 领衔领导, 本月进展
     * @param charted  also drawn in a chart (unit names), whose fonts must have it too
     */
    public record Source(
            String unitCode, String unitName, String taskCode, String field, String text, boolean charted) {}

    /** A text with characters that are drawn as □. */
    public record Finding(Source source, Set<Integer> characters) {

        /** One line for the operator's log, in English. */
        public String message() {
            StringBuilder where = new StringBuilder();
            if (source.unitCode() != null) {
                where.append("unit ")
                        .append(source.unitCode())
                        .append(" (")
                        .append(PdfFiles.info(source.unitName()))
                        .append("), ");
            }
            if (source.taskCode() != null) {
                where.append("task ").append(source.taskCode()).append(", ");
            }
            where.append("field ").append(source.field());
            return characters.stream().map(GlyphRuns::describe).collect(Collectors.joining(", "))
                    + " in " + where + ": no report font has a glyph for "
                    + (characters.size() == 1 ? "it" : "them") + "; the reports show "
                    + Character.toString(GlyphRuns.PLACEHOLDER) + " instead";
        }
    }

    private UndrawableCharacters() {}

    /**
     * @param pdf   the PDF faces' chain
     * @param chart the chart fonts' chain
     */
    public static List<Finding> find(List<Source> texts, GlyphRuns pdf, GlyphRuns chart) {
        List<Finding> findings = new ArrayList<>();
        Set<Source> seen = new java.util.HashSet<>();
        for (Source source : texts) {
            if (source.text() == null || source.text().isEmpty() || !seen.add(source)) {
                continue;
            }
            Set<Integer> missing = new LinkedHashSet<>(pdf.undrawable(source.text()));
            if (source.charted()) {
                missing.addAll(chart.undrawable(source.text()));
            }
            if (!missing.isEmpty()) {
                findings.add(new Finding(source, missing));
            }
        }
        return findings;
    }
}

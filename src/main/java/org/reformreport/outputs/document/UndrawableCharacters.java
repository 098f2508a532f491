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
     * @param owner   the unit (and task) it belongs to, null for settings and templates
     * @param field   what it is, e.g. 单位名称, 领衔领导, 本月进展
     * @param charted also drawn in a chart (unit names), whose fonts must have it too
     */
    public record Source(Owner owner, String field, String text, boolean charted) {

        /** A text of the settings or templates: nobody's in particular. */
        public static Source setting(String field, String text) {
            return new Source(null, field, text, false);
        }

        /** A text of a unit itself (not of one of its tasks). */
        public static Source unit(String unitCode, String unitName, String field, String text, boolean charted) {
            return new Source(new Owner(unitCode, unitName, null), field, text, charted);
        }

        /** A text of a unit's reform task. */
        public static Source task(String unitCode, String unitName, String taskCode, String field, String text) {
            return new Source(new Owner(unitCode, unitName, taskCode), field, text, false);
        }
    }

    /** The unit a text belongs to, and the reform task when it is a task's text (else null). */
    public record Owner(String unitCode, String unitName, String taskCode) {}

    /** A text with characters that are drawn as □. */
    public record Finding(Source source, Set<Integer> characters) {

        /** One line for the operator's log, in English. */
        public String message() {
            StringBuilder where = new StringBuilder();
            Owner owner = source.owner();
            if (owner != null && owner.unitCode() != null) {
                where.append("unit ")
                        .append(owner.unitCode())
                        .append(" (")
                        .append(PdfFiles.info(owner.unitName()))
                        .append("), ");
            }
            if (owner != null && owner.taskCode() != null) {
                where.append("task ").append(owner.taskCode()).append(", ");
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

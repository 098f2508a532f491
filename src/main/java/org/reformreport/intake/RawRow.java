package org.reformreport.intake;

import java.util.Map;

/**
 * One data row as read from a form: the cell text under each recognised header, and why the row
 * cannot be taken as read, if so (a cell saved as a formula without its result, an error value, an
 * ambiguous header), in the liaison's words.
 */
record RawRow(SourcePosition source, Map<String, String> values, String problem) {

    public RawRow(SourcePosition source, Map<String, String> values) {
        this(source, values, null);
    }

    public String get(String header) {
        String value = values.get(header);
        return value == null ? "" : value;
    }

    /** No value and nothing wrong: a formula cell without its result is not a blank. */
    public boolean isBlank() {
        return problem == null && values.values().stream().allMatch(Fields::isBlank);
    }

    /** The row's cells, for an administrator checking a rejected row. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        values.forEach((header, value) -> {
            if (!Fields.isBlank(value)) {
                sb.append(sb.isEmpty() ? "" : "，").append(header).append('=').append(value.strip());
            }
        });
        return sb.toString();
    }
}

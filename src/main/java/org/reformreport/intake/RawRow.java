package org.reformreport.intake;

import java.util.Map;

/** One data row as read from a form: the cell text under each recognised header. */
public record RawRow(SourcePosition source, Map<String, String> values) {

    public String get(String header) {
        String value = values.get(header);
        return value == null ? "" : value;
    }

    public boolean isBlank() {
        return values.values().stream().allMatch(Fields::isBlank);
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

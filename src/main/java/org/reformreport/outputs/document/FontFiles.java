package org.reformreport.outputs.document;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** reform.fonts: the font files an office has, by role; unset roles use the open faces found on the machine. */
public record FontFiles(String title, String body, String heading1, String heading2, String numbers) {
    public Map<FontRole, Path> configured() {
        Map<FontRole, Path> files = new EnumMap<>(FontRole.class);
        put(files, FontRole.TITLE, title);
        put(files, FontRole.BODY, body);
        put(files, FontRole.HEADING1, heading1);
        put(files, FontRole.HEADING2, heading2);
        put(files, FontRole.NUMBERS, numbers);
        return files;
    }

    private static void put(Map<FontRole, Path> files, FontRole role, String file) {
        if (file != null && !file.isBlank()) {
            files.put(role, Path.of(file));
        }
    }
}

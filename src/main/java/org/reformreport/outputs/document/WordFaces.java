package org.reformreport.outputs.document;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * reform.word.faces: the font names the Word document asks for, by role. Word and WPS draw with the
 * face of that name the office has installed, so these are the office's own faces by name, not
 * files (the PDF embeds files: {@link FontFiles}). A blank name is the default.
 */
public record WordFaces(
        @DefaultValue(TITLE) String title,
        @DefaultValue(BODY) String body,
        @DefaultValue(HEADING1) String heading1,
        @DefaultValue(HEADING2) String heading2,
        @DefaultValue(BODY) String numbers) {

    static final String TITLE = "方正小标宋简体";
    static final String BODY = "仿宋_GB2312";
    static final String HEADING1 = "黑体";
    static final String HEADING2 = "楷体_GB2312";

    /** The faces of GB/T 9704 as offices have them installed. */
    public static final WordFaces OFFICE = new WordFaces(TITLE, BODY, HEADING1, HEADING2, BODY);

    public WordFaces {
        title = orDefault(title, TITLE);
        body = orDefault(body, BODY);
        heading1 = orDefault(heading1, HEADING1);
        heading2 = orDefault(heading2, HEADING2);
        numbers = orDefault(numbers, BODY);
    }

    public String face(FontRole role) {
        return switch (role) {
            case TITLE -> title;
            case BODY -> body;
            case HEADING1 -> heading1;
            case HEADING2 -> heading2;
            case NUMBERS -> numbers;
        };
    }

    private static String orDefault(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name.strip();
    }
}

package org.reformreport.outputs.document;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * reform.word: the district report as a Word document beside the PDF, for an office to edit before
 * it issues it. {@code faces}: the font names it asks for; {@code attachToLeaders}: whether the
 * leaders' email carries it too (it is always written and listed in the manifest).
 */
public record WordSettings(
        @DefaultValue WordFaces faces, @DefaultValue("true") boolean attachToLeaders) {

    public static final WordSettings DEFAULT = new WordSettings(WordFaces.OFFICE, true);

    public WordSettings {
        faces = faces == null ? WordFaces.OFFICE : faces;
    }
}

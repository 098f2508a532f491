package org.reformreport.outputs.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** reform.word as settings.yml gives it: the faces by role, blank ones the defaults, and the attachment switch. */
class WordSettingsTest {

    private static WordSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("reform.word", WordSettings.class);
    }

    @Test
    void unsetTheOfficeFacesAndTheWordDocumentGoesToLeaders() {
        WordSettings none = bind(Map.of());
        assertThat(none.attachToLeaders()).isTrue();
        assertThat(none.faces()).isEqualTo(WordFaces.OFFICE);
        assertThat(none.faces().face(FontRole.TITLE)).isEqualTo("方正小标宋简体");
        assertThat(none.faces().face(FontRole.BODY)).isEqualTo("仿宋_GB2312");
        assertThat(none.faces().face(FontRole.HEADING1)).isEqualTo("黑体");
        assertThat(none.faces().face(FontRole.HEADING2)).isEqualTo("楷体_GB2312");
    }

    @Test
    void anOfficeNamesItsOwnFacesAndCanKeepTheDocumentFromLeaders() {
        WordSettings set = bind(Map.of(
                "reform.word.faces.title", " 华文中宋 ",
                "reform.word.faces.body", "",
                "reform.word.faces.heading2", "楷体",
                "reform.word.attach-to-leaders", "false"));
        assertThat(set.attachToLeaders()).isFalse();
        assertThat(set.faces().title()).isEqualTo("华文中宋");
        assertThat(set.faces().body()).isEqualTo("仿宋_GB2312");
        assertThat(set.faces().heading2()).isEqualTo("楷体");
        assertThat(set.faces().heading1()).isEqualTo("黑体");
    }
}

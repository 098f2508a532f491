package org.reformreport.weekly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WeeklySettingsTest {

    private static WeeklySettings withBlankForm(String form) {
        return new WeeklySettings("", false, form, "", 100);
    }

    @Test
    void theBlankFormMustBeAFileInTheTemplatesFolder() {
        assertThat(withBlankForm("宣传报道周报表（模板）.xlsx").blankForm()).isEqualTo("宣传报道周报表（模板）.xlsx");
        assertThat(withBlankForm("forms/周报表.xlsx").blankForm()).isEqualTo("forms/周报表.xlsx");
        // each of these would attach a file from elsewhere to every reminder
        for (String outside :
                new String[] {"/etc/passwd", "../job-config/units.csv", "C:\\报表\\周报.xlsx", "\\\\server\\share\\a.xlsx"
                }) {
            assertThatThrownBy(() -> withBlankForm(outside))
                    .as(outside)
                    .hasMessageContaining("reform.weekly.blank-form must be a file in the templates folder");
        }
    }

    @Test
    void anOfficeAddressMustBeAnAddressAndAtLeastOneRowIsListed() {
        assertThat(new WeeklySettings("  office@pc.example.cn ", false, "", "", 1).officeEmail())
                .isEqualTo("office@pc.example.cn");
        assertThatThrownBy(() -> new WeeklySettings("office at pc", false, "", "", 100))
                .hasMessageContaining("reform.weekly.office-email is not an address");
        assertThatThrownBy(() -> new WeeklySettings("", false, "", "", 0))
                .hasMessageContaining("listed-rows must be at least 1");
    }
}

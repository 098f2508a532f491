package org.reformreport.outputs.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNamesTest {

    @TempDir
    Path dir;

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void ordinaryNamesAreKeptAsTheSpecSaysAndRefusedCharactersReplaced() {
        assertThat(FileNames.unitReport("A1", "甲街道")).isEqualTo("A1_甲街道.pdf");
        assertThat(FileNames.unitReport("FGJ", "区发改局（区粮食局）")).isEqualTo("FGJ_区发改局（区粮食局）.pdf");
        assertThat(FileNames.unitReport("FGJ", "区 发改局")).isEqualTo("FGJ_区_发改局.pdf");
        assertThat(FileNames.unitReport("X", "a\\b/c:d*e?f\"g<h>i|j")).isEqualTo("X_a_b_c_d_e_f_g_h_i_j.pdf");
        assertThat(FileNames.unitReport("X", "区　发改局"))
                .as("ideographic space kept")
                .isEqualTo("X_区　发改局.pdf");
    }

    @Test
    void controlInvisibleAndUnencodableCharactersBecomeUnderscores() {
        String name = FileNames.unitReport("X", "甲\u0000乙\n丙\u007F丁\u0085戊\u202Efdp.exe\u200B己\u2028庚\uD83D辛\uFFFF");
        assertThat(name).isEqualTo("X_甲_乙_丙_丁_戊_fdp.exe_己_庚_辛_.pdf");
        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(name)).isTrue();
        // Emoji and rare characters are fine in file names.
        assertThat(FileNames.unitReport("X", "王喆👍街道")).isEqualTo("X_王喆👍街道.pdf");
    }

    @Test
    void aNameTooLongForAFileSystemIsShortenedAndMarked() throws Exception {
        String name = "平川区人民政府办公室（区人民政府研究室、区大数据管理局、区政务服务中心）".repeat(3).substring(0, 86);
        assertThat(name).hasSize(86);
        assertThat(bytes("A1_" + name + ".pdf")).isGreaterThan(255);
        String file = FileNames.unitReport("A1", name);
        assertThat(bytes(file)).isLessThanOrEqualTo(FileNames.MAX_BYTES);
        assertThat(file).startsWith("A1_平川区人民政府办公室").endsWith("….pdf");
        String kept = file.substring(3, file.length() - "….pdf".length());
        assertThat(name).startsWith(kept);
        assertThat(bytes(file)).as("as much of the name as fits").isGreaterThan(FileNames.MAX_BYTES - 3);
        Files.createFile(dir.resolve(file)); // the file system takes it
        // Exactly at the limit: not shortened.
        String fits = "甲".repeat((FileNames.MAX_BYTES - bytes("A1_.pdf")) / 3);
        assertThat(FileNames.unitReport("A1", fits)).isEqualTo("A1_" + fits + ".pdf");
        assertThat(FileNames.unitReport("A1", fits + "乙")).endsWith("….pdf");
    }

    @Test
    void shorteningNeverCutsACharacterInTwo() {
        assertThat(FileNames.shorten("ab👍cd", 5)).isEqualTo("ab"); // the emoji needs 4 bytes
        assertThat(FileNames.shorten("ab👍cd", 6)).isEqualTo("ab👍");
        assertThat(FileNames.shorten("xe\u0301f", 2)).isEqualTo("x"); // not e without its accent
        assertThat(FileNames.shorten("xe\u0301f", 4)).isEqualTo("xe\u0301");
        assertThat(FileNames.shorten("a👍\u200D👍b", 8)).isEqualTo("a👍"); // not after a joiner
        assertThat(FileNames.shorten("甲乙", 100)).isEqualTo("甲乙");
        String longEmoji = "👍".repeat(100);
        String file = FileNames.unitReport("E", longEmoji);
        assertThat(bytes(file)).isLessThanOrEqualTo(FileNames.MAX_BYTES);
        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(file)).isTrue();
    }

    @Test
    void namesThatWouldCoincideAreKeptApart() throws Exception {
        Map<String, String> units = new LinkedHashMap<>();
        units.put("B", "丙镇");
        units.put("A", "1_乙");
        units.put("A_1", "乙");
        units.put("A_2", "丁");
        units.put("Z", "2_X");
        units.put("z_2", "x"); // "z_2_x.pdf" is "Z_2_X.pdf" on a case-insensitive file system
        Map<String, String> names = FileNames.unitReports(units);
        assertThat(names.get("B")).isEqualTo("B_丙镇.pdf");
        assertThat(names.get("A_2")).isEqualTo("A_2_丁.pdf");
        assertThat(names.get("A")).isEqualTo("A_1_乙（A）.pdf");
        assertThat(names.get("A_1")).isEqualTo("A_1_乙（A_1）.pdf");
        assertThat(names.get("Z")).isEqualTo("Z_2_X（Z）.pdf");
        assertThat(names.get("z_2")).isEqualTo("z_2_x（z_2）.pdf");
        assertThat(names.values().stream()
                        .map(n -> n.toLowerCase(java.util.Locale.ROOT))
                        .distinct())
                .hasSize(units.size());
        for (String n : names.values()) {
            Files.createFile(dir.resolve(n));
        }
        // The same units in another order: the same names (every partition agrees).
        Map<String, String> reversed = new LinkedHashMap<>();
        java.util.List<String> codes = new java.util.ArrayList<>(units.keySet());
        java.util.Collections.reverse(codes);
        codes.forEach(k -> reversed.put(k, units.get(k)));
        assertThat(FileNames.unitReports(reversed)).isEqualTo(names);
    }

    @Test
    void longNamesThatDifferOnlyAfterTheCutStayApartByTheirCodes() {
        String common = "甲".repeat(90);
        Map<String, String> names = FileNames.unitReports(Map.of("U1", common + "一", "U2", common + "二"));
        assertThat(names.get("U1")).startsWith("U1_").endsWith("….pdf");
        assertThat(names.get("U2")).startsWith("U2_").endsWith("….pdf");
        assertThat(names.get("U1").substring(3)).isEqualTo(names.get("U2").substring(3));
    }
}

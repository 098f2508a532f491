package org.reformreport.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inbox names of files whose names are not UTF-8 (a zip unpacked from Chinese Windows, a careless script). */
class InboxScannerNamesTest {

    @TempDir
    Path inbox;

    /** A file in the inbox named by raw bytes, as `unzip` leaves a GBK name or a script writes any byte. */
    private Path rawName(String folder, String percentEscapedName) throws Exception {
        Path dir = Files.createDirectories(inbox.resolve(folder));
        Path file = Path.of(java.net.URI.create(dir.toUri() + percentEscapedName));
        Files.writeString(file, "x");
        return file;
    }

    @Test
    void namesDifferingOnlyInUndecodableBytesStayApartAndGbkNamesReadAsChinese() throws Exception {
        String gbk = java.net.URLEncoder.encode("长征街道.csv", Charset.forName("GBK"));
        rawName("坏", "bad%FF.csv");
        rawName("坏", "bad%FE.csv");
        rawName("坏", gbk);
        Files.writeString(inbox.resolve("坏/正常.csv"), "x");

        List<String> names = InboxScanner.entries(inbox).stream()
                .map(e -> InboxScanner.relativeName(inbox, e.path()))
                .toList();

        // before: "坏/bad\uFFFD.csv" twice and "坏/\uFFFD\uFFFD….csv"
        assertThat(names).containsExactlyInAnyOrder("坏/bad%FE.csv", "坏/bad%FF.csv", "坏/长征街道.csv", "坏/正常.csv");
        assertThat(names).doesNotHaveDuplicates();
        assertThat(InboxScanner.entries(inbox)).allMatch(InboxScanner.Entry::readable);
    }
}

package org.reformreport.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small helpers shared by the demo inbox and the blank templates. */
final class OfficeXlsx {

    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");
    static final String AUTHOR = "平川区委全面深化改革委员会办公室";

    private OfficeXlsx() {}

    /** POI stamps "now" into docProps/core.xml; a fixed date keeps re-runs byte-identical. */
    static void fixProperties(XSSFWorkbook workbook, LocalDate day, String title) {
        Date date = Date.from(day.atTime(9, 0).atZone(OFFICE_ZONE).toInstant());
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setCreator(AUTHOR);
        core.setLastModifiedByUser(AUTHOR);
        core.setTitle(title);
    }

    /**
     * Saves the workbook with every zip entry stamped with the given day: POI stamps entries with the
     * current time, which would make each run's bytes differ.
     */
    static void save(XSSFWorkbook workbook, Path file, LocalDate day) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        workbook.write(written);
        LocalDateTime stamp = day.atTime(9, 0);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(written.toByteArray()));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(stamp);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    /**
     * Column width in POI units for a text: CJK characters take about two Latin character widths in
     * the default Excel font, hence the doubling.
     */
    static int widthFor(String text, int minChars, int maxChars) {
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += text.charAt(i) < 0x2E80 ? 1 : 2;
        }
        int chars = Math.max(minChars, Math.min(maxChars, units + 2));
        return chars * 256;
    }
}

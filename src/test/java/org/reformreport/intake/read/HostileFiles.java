package org.reformreport.intake.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Files that must be reported as a whole and never crash or fool the intake. */
public final class HostileFiles {

    private HostileFiles() {}

    public static void randomBytes(Path file) throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Files.write(file, bytes);
    }

    /** A tiny valid tally workbook, as the base for the tampered ones. */
    public static byte[] smallTally() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("第1周");
            String[] header = {"单位编码", "周起始日", "中央媒体", "省级媒体", "市级媒体", "区级媒体", "政务新媒体"};
            var h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            var r = sheet.createRow(1);
            r.createCell(0).setCellValue("CZJD");
            r.createCell(1).setCellValue("2026-10-05");
            for (int i = 2; i < header.length; i++) {
                r.createCell(i).setCellValue(1);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    public static void truncated(Path file) throws IOException {
        byte[] whole = smallTally();
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
    }

    /** A sheet whose XML declares an external entity pointing at a local file. */
    public static void externalEntity(Path file) throws IOException {
        rewriteSheet(
                file,
                xml -> xml.replaceFirst(
                                "<worksheet",
                                "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]><worksheet")
                        .replace("CZJD", "&xxe;"));
    }

    /** A sheet that inflates from a few hundred KB to hundreds of MB of blanks. */
    public static void zipBomb(Path file) throws IOException {
        byte[] blanks = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(smallTally()));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = readAll(in);
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int cut = xml.indexOf("</sheetData>");
                    out.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < 64; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(data);
                }
                out.closeEntry();
            }
        }
    }

    public static void encrypted(Path file) throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(smallTally());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    public static void legacyXls(Path file) throws IOException {
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("单位编码");
            wb.write(out);
        }
    }

    /**
     * A tally workbook whose shared strings inflate to about the given size: every cell a distinct
     * text, as a form full of long remarks would be, compressing only a few times over (like the
     * 35 MB file of issue 11 whose strings inflate to 475 MB, under POI's zip-bomb ratio).
     */
    public static void sharedStringsBomb(Path file, int approxBytes) throws IOException {
        Random random = new Random(11);
        String alphabet = "改革宣传报道街道乡镇单位进展成效问题打算经验推广层级中央省级市级区级媒体新政务专栏稿件典型案例舆论监督";
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("第1周");
            String[] header = {"单位编码", "周起始日", "中央媒体", "省级媒体", "市级媒体", "区级媒体", "政务新媒体", "备注"};
            var h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            int written = 0;
            for (int r = 1; written < approxBytes; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("CZJD");
                row.createCell(1).setCellValue("2026-10-05");
                StringBuilder remark = new StringBuilder();
                for (int i = 0; i < 200; i++) {
                    remark.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                row.createCell(7).setCellValue(remark.toString());
                written += remark.length() * 3 + 20;
            }
            wb.write(out);
        }
    }

    /**
     * Makes the zip's central directory declare a smaller uncompressed size for one entry than it
     * inflates to (readers that trust declared sizes are fooled; the data itself is intact).
     */
    public static void lieAboutSize(Path file, String entryName, int declaredSize) throws IOException {
        byte[] zip = Files.readAllBytes(file);
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        boolean patched = false;
        for (int i = 0; i + 46 < zip.length; i++) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x01 && zip[i + 3] == 0x02) {
                int nameLength = (zip[i + 28] & 0xFF) | (zip[i + 29] & 0xFF) << 8;
                if (nameLength == name.length
                        && java.util.Arrays.equals(zip, i + 46, i + 46 + nameLength, name, 0, name.length)) {
                    for (int b = 0; b < 4; b++) {
                        zip[i + 24 + b] = (byte) (declaredSize >>> (8 * b));
                    }
                    patched = true;
                }
            }
        }
        if (!patched) {
            throw new IllegalArgumentException("no entry " + entryName);
        }
        Files.write(file, zip);
    }

    /** A small tally workbook plus enough empty entries to pass POI's limit of parts. */
    public static void tooManyEntries(Path file, int extra) throws IOException {
        rewrite(file, (name, data) -> data, out -> {
            for (int i = 0; i < extra; i++) {
                out.putNextEntry(new ZipEntry("xl/media/padding" + i + ".bin"));
                out.closeEntry();
            }
        });
    }

    /** A relationships part padded with comments to the given size (POI parses it whole on opening). */
    public static void bloatedRelationships(Path file, int bytes) throws IOException {
        String comment = "<!--" + "x".repeat(92) + "-->";
        rewrite(
                file,
                (name, data) -> {
                    if (!name.equals("_rels/.rels")) {
                        return data;
                    }
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int cut = xml.indexOf("<Relationship ");
                    return (xml.substring(0, cut) + comment.repeat(bytes / comment.length()) + xml.substring(cut))
                            .getBytes(StandardCharsets.UTF_8);
                },
                out -> {});
    }

    /** The small tally with its first sheet's XML edited (cells, attributes, formulas as a script writes them). */
    public static void withSheetXml(Path file, UnaryOperator<String> edit) throws IOException {
        rewriteSheet(file, edit);
    }

    private interface EntryEdit {
        byte[] apply(String name, byte[] data);
    }

    private interface ZipAddition {
        void write(ZipOutputStream out) throws IOException;
    }

    private static void rewrite(Path file, EntryEdit edit, ZipAddition addition) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(smallTally()));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = edit.apply(entry.getName(), readAll(in));
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
            }
            addition.write(out);
        }
    }

    private static void rewriteSheet(Path file, UnaryOperator<String> edit) throws IOException {
        rewrite(
                file,
                (name, data) -> name.equals("xl/worksheets/sheet1.xml")
                        ? edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                        : data,
                out -> {});
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}

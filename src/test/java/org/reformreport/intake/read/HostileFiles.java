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

    private HostileFiles() {
    }

    public static void randomBytes(Path file) throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Files.write(file, bytes);
    }

    /** A tiny valid tally workbook, as the base for the tampered ones. */
    public static byte[] smallTally() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
        rewriteSheet(file, xml -> xml.replaceFirst("<worksheet",
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
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("单位编码");
            wb.write(out);
        }
    }

    private static void rewriteSheet(Path file, UnaryOperator<String> edit) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(smallTally()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = readAll(in);
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    data = edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}

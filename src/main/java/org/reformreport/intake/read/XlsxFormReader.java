package org.reformreport.intake.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams every sheet of an xlsx with POI's event API (SAX), so a 200,000-row form never sits in
 * memory as a workbook. POI's zip-bomb limits and its hardened XML parser (no DOCTYPE, no external
 * entities) stay on.
 */
public final class XlsxFormReader {

    public void read(Path file, SheetRowHandler handler) throws UnreadableFileException {
        checkMagic(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            reader.setUseReadOnlySharedStringsTable(true);
            SharedStrings strings = reader.getSharedStringsTable();
            StylesTable styles = reader.getStylesTable();
            defineChineseDateFormats(styles);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            int index = 0;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    handler.startSheet(index++, sheets.getSheetName());
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new RowCollector(handler),
                            new CanonicalCellFormatter(), false));
                    parser.parse(new InputSource(sheet));
                    handler.endSheet();
                }
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new UnreadableFileException("不是有效的xlsx文件（文件可能已损坏，或并非Excel文件）", e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new UnreadableFileException("文件内容不是规范的Excel表格（XML无法解析，可能已损坏或被篡改）", e);
        } catch (OpenXML4JException | OpenXML4JRuntimeException | EncryptedDocumentException e) {
            throw new UnreadableFileException("不是有效的xlsx文件（文件结构损坏）", e);
        } catch (IOException e) {
            throw new UnreadableFileException(describe(e), e);
        } catch (RuntimeException e) {
            // POI signals malformed packages (missing parts, bad relationships, Strict OOXML) with
            // runtime exceptions; whatever it is, this file is refused and the run goes on.
            throw new UnreadableFileException(e.getMessage() != null && e.getMessage().contains("Strict OOXML")
                    ? "文件为“Strict Open XML”格式，请在Excel中另存为普通“Excel工作簿(.xlsx)”后重新报送"
                    : "不是有效的xlsx文件（文件结构损坏）", e);
        }
    }

    /**
     * Chinese Excel saves its built-in date formats (yyyy"年"m"月"d"日", yyyy"年"m"月", m"月"d"日" …) by
     * id only, ids 27–31, 36 and 50–58, which POI does not know as dates. Defining them as dates
     * makes such cells read as dates instead of serial numbers like 46300.
     */
    private static void defineChineseDateFormats(StylesTable styles) {
        int[] ids = {27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58};
        for (int id : ids) {
            if (styles.getNumberFormatAt((short) id) == null) {
                styles.putNumberFormat((short) id, "yyyy-mm-dd");
            }
        }
    }

    private static void checkMagic(Path file) throws UnreadableFileException {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new UnreadableFileException("文件无法打开：" + e.getMessage(), e);
        }
        if (magic == FileMagic.OOXML) {
            return;
        }
        if (magic == FileMagic.OLE2) {
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                if (fs.getRoot().hasEntry("EncryptedPackage")) {
                    throw new UnreadableFileException("文件设置了打开密码，无法读取，请取消密码后重新报送");
                }
            } catch (IOException e) {
                throw new UnreadableFileException("不是有效的xlsx文件（文件可能已损坏）", e);
            }
            throw new UnreadableFileException("文件实为旧版Excel 97-2003格式，请在Excel中另存为.xlsx后重新报送");
        }
        throw new UnreadableFileException("不是有效的xlsx文件（文件可能已损坏，或并非Excel文件）");
    }

    private static String describe(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Zip bomb") || message.contains("zip bomb")) {
            return "文件疑似压缩炸弹（解压后体积异常），已拒绝读取";
        }
        if (message.contains("exceeds the max") || message.contains("too large")) {
            return "文件解压后过大，已拒绝读取";
        }
        if (message.contains("Truncated") || message.contains("truncated") || message.contains("Unexpected end")) {
            return "文件不完整（可能未上传完或已损坏）";
        }
        return "文件无法读取（" + message + "）";
    }

    /** Gathers one row's cells by column (cells may be sparse) and hands the row on. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final SheetRowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;

        RowCollector(SheetRowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, formattedValue);
            nextColumn = column + 1;
        }

        @Override
        public void endRow(int rowNum) {
            handler.row(rowNum + 1, cells.toArray(new String[0]));
        }
    }
}

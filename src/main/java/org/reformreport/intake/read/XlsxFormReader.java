package org.reformreport.intake.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams every sheet of an xlsx with POI's event API (SAX), so a 200,000-row form never sits in
 * memory as a workbook. POI's zip-bomb limits and its hardened XML parser (no DOCTYPE, no external
 * entities) stay on; on top of them every part is metered against the file's {@link ReadLimits} as
 * it inflates (zip entries may declare any size), and what is held in memory (shared strings,
 * styles) is bounded before it is built. Dates follow the workbook's date system (1900 or 1904).
 */
final class XlsxFormReader {

    private final ReadLimits limits;

    public XlsxFormReader(ReadLimits limits) {
        this.limits = limits;
    }

    public void read(Path file, SheetRowHandler handler) throws UnreadableFileException {
        checkMagic(file);
        ReadBudget budget = new ReadBudget(limits);
        PackageCheck.check(file, budget);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            Reader reader = new Reader(pkg);
            WorkbookIndex workbook;
            try (InputStream in = budget.meter(reader.workbookPart().getInputStream(), Long.MAX_VALUE, null)) {
                workbook = WorkbookIndex.read(in, limits.maxSheets());
            }
            BoundedSharedStrings strings = sharedStrings(pkg, budget);
            StylesTable styles = styles(pkg, budget);
            defineChineseDateFormats(styles);
            CellFormats formats = new CellFormats(styles);
            CanonicalCellFormatter formatter = new CanonicalCellFormatter(workbook.date1904());
            int index = 0;
            for (WorkbookIndex.Sheet sheet : workbook.sheets()) {
                PackagePart part = reader.sheetPart(sheet.relationshipId());
                budget.declared(part.getSize(), Long.MAX_VALUE, null);
                try (InputStream in = budget.meter(part.getInputStream(), Long.MAX_VALUE, null)) {
                    handler.startSheet(index++, sheet.name(), sheet.state());
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(
                            new SheetXmlReader(sheet.name(), handler, budget, strings, formats, formatter));
                    parser.parse(new InputSource(in));
                    handler.endSheet();
                }
            }
        } catch (ReadLimitException e) {
            throw new UnreadableFileException(e.getMessage(), e);
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw limitOr(e, "不是有效的xlsx文件（文件可能已损坏，或并非Excel文件）");
        } catch (SAXException | ParserConfigurationException e) {
            throw limitOr(e, "文件内容不是规范的Excel表格（XML无法解析，可能已损坏或被篡改）");
        } catch (OpenXML4JException | OpenXML4JRuntimeException | EncryptedDocumentException e) {
            throw limitOr(e, "不是有效的xlsx文件（文件结构损坏）");
        } catch (IOException e) {
            throw limitOr(e, describe(e));
        } catch (RuntimeException e) {
            // POI signals malformed packages (missing parts, bad relationships, Strict OOXML) with
            // runtime exceptions; whatever it is, this file is refused and the run goes on.
            throw limitOr(
                    e,
                    e.getMessage() != null && e.getMessage().contains("Strict OOXML")
                            ? "文件为“Strict Open XML”格式，请在Excel中另存为普通“Excel工作簿(.xlsx)”后重新报送"
                            : "不是有效的xlsx文件（文件结构损坏）");
        }
    }

    /** A limit reached inside a parser or stream may come back wrapped: its reason is the one to give. */
    private static UnreadableFileException limitOr(Exception e, String reason) {
        ReadLimitException limit = ReadLimitException.in(e);
        return new UnreadableFileException(limit != null ? limit.getMessage() : reason, e);
    }

    private BoundedSharedStrings sharedStrings(OPCPackage pkg, ReadBudget budget)
            throws IOException, SAXException, ParserConfigurationException, InvalidFormatException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return BoundedSharedStrings.empty();
        }
        String over = "文件中的文字内容（共享字符串）解压后超过" + ReadLimits.size(limits.maxSharedStringBytes()) + "（上限），已拒绝读取，请拆分后重新报送";
        PackagePart part = parts.get(0);
        budget.declared(part.getSize(), limits.maxSharedStringBytes(), over);
        try (InputStream in = budget.meter(part.getInputStream(), limits.maxSharedStringBytes(), over)) {
            return BoundedSharedStrings.read(in, limits);
        }
    }

    /** The styles (number formats tell dates from numbers); a workbook without them reads as unformatted. */
    private StylesTable styles(OPCPackage pkg, ReadBudget budget) throws IOException, InvalidFormatException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return new StylesTable();
        }
        String over = "文件的样式表解压后超过" + ReadLimits.size(limits.maxStylesBytes()) + "（上限），已拒绝读取（可在Excel中清除多余的单元格格式后重新报送）";
        PackagePart part = parts.get(0);
        budget.declared(part.getSize(), limits.maxStylesBytes(), over);
        try (InputStream in = budget.meter(part.getInputStream(), limits.maxStylesBytes(), over)) {
            return new StylesTable(in);
        }
    }

    /** POI's reader, with the workbook part and sheet parts within reach. */
    private static final class Reader extends XSSFReader {
        Reader(OPCPackage pkg) throws IOException, OpenXML4JException {
            super(pkg);
        }

        PackagePart workbookPart() {
            return workbookPart;
        }

        PackagePart sheetPart(String relationshipId) throws InvalidFormatException {
            PackageRelationship rel = workbookPart.getRelationship(relationshipId);
            PackagePart part = rel == null ? null : pkg.getPart(PackagingURIHelper.createPartName(rel.getTargetURI()));
            if (part == null) {
                throw new InvalidFormatException("No sheet part for relationship " + relationshipId);
            }
            return part;
        }
    }

    /**
     * Chinese Excel saves its built-in date formats (yyyy"年"m"月"d"日", yyyy"年"m"月", m"月"d"日" …) by
     * id only, ids 27–31, 36 and 50–58, which POI does not know as dates. Defining them as dates
     * makes such cells read as dates instead of serial numbers like 46300.
     */
    static void defineChineseDateFormats(StylesTable styles) {
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
}

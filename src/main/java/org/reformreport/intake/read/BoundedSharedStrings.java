package org.reformreport.intake.read;

import static org.apache.poi.xssf.usermodel.XSSFRelation.NS_SPREADSHEETML;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings, held in memory as POI's ReadOnlySharedStringsTable holds them, but
 * counted as they are parsed: no more than {@link ReadLimits#maxSharedStrings()} strings and
 * {@link ReadLimits#maxCellChars()} characters in one (the part's bytes are metered by the stream).
 * A string is its text runs as Excel shows the cell; phonetic guides (拼音指南, {@code <rPh>}) are not
 * part of the value and are left out.
 */
final class BoundedSharedStrings extends DefaultHandler implements SharedStrings {

    private final ReadLimits limits;
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;

    private BoundedSharedStrings(ReadLimits limits) {
        this.limits = limits;
    }

    static BoundedSharedStrings read(InputStream xml, ReadLimits limits)
            throws IOException, SAXException, ParserConfigurationException {
        BoundedSharedStrings table = new BoundedSharedStrings(limits);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(table);
        parser.parse(new InputSource(xml));
        return table;
    }

    static BoundedSharedStrings empty() {
        return new BoundedSharedStrings(ReadLimits.defaults());
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (uri != null && !uri.equals(NS_SPREADSHEETML)) {
            return;
        }
        switch (localName) {
            case "si" -> text.setLength(0);
            case "t" -> inText = true;
            case "rPh" -> inPhonetic = true;
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (uri != null && !uri.equals(NS_SPREADSHEETML)) {
            return;
        }
        switch (localName) {
            case "si" -> {
                if (strings.size() >= limits.maxSharedStrings()) {
                    throw new ReadLimitException("文件含超过" + limits.maxSharedStrings() + "个不同的文字内容（上限），已拒绝读取，请拆分后重新报送");
                }
                strings.add(text.toString());
            }
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText && !inPhonetic) {
            if (text.length() + length > limits.maxCellChars()) {
                throw new ReadLimitException("文件中有超过" + limits.maxCellChars() + "个字符的单元格文字（上限），已拒绝读取");
            }
            text.append(ch, start, length);
        }
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new XSSFRichTextString(raw(idx));
    }

    /** The text of {@link #getItemAt} without the rich-text object per cell (SheetXmlReader). */
    String text(int idx) {
        return SheetXmlReader.asPoiReadsIt(raw(idx));
    }

    private String raw(int idx) {
        if (idx < 0 || idx >= strings.size()) {
            throw new IllegalStateException(
                    "Shared string " + idx + " does not exist (" + strings.size() + " strings)");
        }
        return strings.get(idx);
    }

    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }
}

package org.reformreport.intake.read;

import static org.apache.poi.xssf.usermodel.XSSFRelation.NS_SPREADSHEETML;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What workbook.xml says about reading the sheets: their order, names, relationship ids and
 * visibility, and the workbook's date system ({@code <workbookPr date1904="1"/>} on Mac workbooks).
 */
record WorkbookIndex(boolean date1904, List<Sheet> sheets) {

    record Sheet(String name, String relationshipId, SheetState state) {}

    static WorkbookIndex read(InputStream xml, int maxSheets)
            throws IOException, SAXException, ParserConfigurationException {
        Handler handler = new Handler(maxSheets);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(xml));
        return new WorkbookIndex(handler.date1904, List.copyOf(handler.sheets));
    }

    private static final class Handler extends DefaultHandler {
        private final int maxSheets;
        private final List<Sheet> sheets = new ArrayList<>();
        private boolean date1904;

        Handler(int maxSheets) {
            this.maxSheets = maxSheets;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (uri != null && !uri.equals(NS_SPREADSHEETML)) {
                return;
            }
            if (localName.equals("workbookPr")) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            } else if (localName.equals("sheet")) {
                String name = null;
                String id = null;
                for (int i = 0; i < attributes.getLength(); i++) {
                    // r:id, whatever prefix the relationships namespace has (as POI reads it)
                    if (attributes.getLocalName(i).equals("name")) {
                        name = attributes.getValue(i);
                    } else if (attributes.getLocalName(i).equals("id")) {
                        id = attributes.getValue(i);
                    }
                }
                if (name == null || id == null || id.isEmpty()) {
                    return; // POI's sheet iterator skips such entries too: nothing to read
                }
                if (sheets.size() >= maxSheets) {
                    throw new ReadLimitException("文件超过" + maxSheets + "个工作表（上限），已拒绝读取，请拆分后重新报送");
                }
                sheets.add(new Sheet(name, id, SheetState.of(attributes.getValue("state"))));
            }
        }
    }
}

package org.reformreport.intake.read;

import static org.apache.poi.xssf.usermodel.XSSFRelation.NS_SPREADSHEETML;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The sheet reader as it was before SheetXmlReader read the cells itself: this filter in front of
 * POI's XSSFSheetXMLHandler. Kept in the tests as the reference SheetXmlReaderTest holds the new
 * one to.
 *
 * <p>Former description:
 * One sheet's XML, between the parser and POI's sheet handler (which turns cells into text), and
 * the rows POI's handler hands back, gathered by column and passed on. Seeing the XML itself, it
 * counts rows and cells against the file's budget, bounds each cell's text before POI accumulates
 * it, and tells what POI's handler passes over without a word: a formula saved without its result
 * ({@code <f>} without {@code <v>}, as scripts and exporters write them; POI hands on nothing, so the
 * cell would read as blank) and an error value ({@code t="e"}: #REF!, #DIV/0!, which POI hands on as
 * the text "ERROR:#REF!").
 */
final class PoiSheetXmlReader extends XMLFilterImpl implements XSSFSheetXMLHandler.SheetContentsHandler {

    private enum Text {
        NONE,
        VALUE,
        FORMULA,
        HEADER_FOOTER
    }

    private final String sheetName;
    private final SheetRowHandler handler;
    private final ReadBudget budget;
    private final int maxCellChars;

    private final List<String> cells = new ArrayList<>();
    private final List<CellProblem> problems = new ArrayList<>();
    private long rows;
    private long cellCount;
    private int rowNumber;
    private int nextColumn;

    // the cell being read
    private int column;
    private String reference;
    private boolean error;
    private boolean hasFormula;
    private boolean hasValue;
    private boolean inlineString;
    private boolean inInlineString;
    private final StringBuilder errorText = new StringBuilder();
    private Text text = Text.NONE;
    private int valueChars;
    private int formulaChars;
    private int headerFooterChars;

    PoiSheetXmlReader(String sheetName, SheetRowHandler handler, ReadBudget budget) {
        this.sheetName = sheetName;
        this.handler = handler;
        this.budget = budget;
        this.maxCellChars = budget.limits().maxCellChars();
    }

    // ---- the XML, on its way to POI's handler

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (uri == null || uri.equals(NS_SPREADSHEETML)) {
            switch (localName) {
                case "row" -> {
                    budget.row(sheetName, ++rows);
                    String r = attributes.getValue("r");
                    rowNumber = r != null ? parseRowNumber(r) : rowNumber + 1;
                    nextColumn = 0;
                }
                case "c" -> startCell(attributes);
                case "f" -> {
                    hasFormula = true;
                    text = Text.FORMULA;
                }
                case "v" -> {
                    hasValue = true;
                    text = Text.VALUE;
                }
                case "is" -> {
                    inlineString = true;
                    inInlineString = true;
                }
                case "t" -> text = inInlineString ? Text.VALUE : text;
                case "oddHeader", "evenHeader", "firstHeader", "oddFooter", "evenFooter", "firstFooter" -> {
                    text = Text.HEADER_FOOTER;
                    headerFooterChars = 0;
                }
                default -> {}
            }
        }
        super.startElement(uri, localName, qName, attributes);
    }

    private void startCell(Attributes attributes) {
        budget.cells(sheetName, ++cellCount, 1);
        reference = attributes.getValue("r");
        column = reference != null ? columnOf(reference) : nextColumn;
        nextColumn = column + 1;
        error = "e".equals(attributes.getValue("t"));
        hasFormula = false;
        hasValue = false;
        inlineString = false;
        inInlineString = false;
        errorText.setLength(0);
        valueChars = 0;
        formulaChars = 0;
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (uri == null || uri.equals(NS_SPREADSHEETML)) {
            switch (localName) {
                case "c" -> endCell();
                case "is" -> inInlineString = false;
                case "f",
                        "v",
                        "t",
                        "oddHeader",
                        "evenHeader",
                        "firstHeader",
                        "oddFooter",
                        "evenFooter",
                        "firstFooter" -> text = Text.NONE;
                default -> {}
            }
        }
        super.endElement(uri, localName, qName);
    }

    private void endCell() {
        String at = here();
        if (error) {
            String shown = errorText.toString().strip();
            problems.add(new CellProblem(column, at, "为错误值" + (shown.isEmpty() ? "" : shown) + "，请更正后重新报送"));
            set(column, shown.isEmpty() ? null : shown);
        } else if (hasFormula && !hasValue && !inlineString) {
            problems.add(new CellProblem(column, at, "为公式且无计算结果，请在Excel中打开并保存后重新报送"));
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        switch (text) {
            case VALUE -> {
                valueChars += length;
                if (valueChars > maxCellChars) {
                    throw new ReadLimitException(ReadBudget.sheetLabel(sheetName) + "的单元格"
                            + here() + "超过"
                            + maxCellChars + "个字符（上限），已拒绝读取整个文件");
                }
                if (error && errorText.length() < 32) {
                    errorText.append(ch, start, Math.min(length, 32));
                }
            }
            case FORMULA -> {
                formulaChars += length;
                if (formulaChars > maxCellChars) {
                    throw new ReadLimitException(ReadBudget.sheetLabel(sheetName) + "的单元格"
                            + here() + "的公式超过"
                            + maxCellChars + "个字符（上限），已拒绝读取整个文件");
                }
            }
            case HEADER_FOOTER -> {
                headerFooterChars += length;
                if (headerFooterChars > maxCellChars) {
                    throw new ReadLimitException(
                            ReadBudget.sheetLabel(sheetName) + "的页眉页脚超过" + maxCellChars + "个字符（上限），已拒绝读取整个文件");
                }
            }
            default -> {}
        }
        super.characters(ch, start, length);
    }

    // ---- the cells POI's handler made of it

    @Override
    public void startRow(int rowNum) {
        cells.clear();
        problems.clear();
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        // Called within the <c> element being read, so its column is the one worked out above.
        set(column, formattedValue);
    }

    @Override
    public void endRow(int rowNum) {
        handler.row(rowNum + 1, cells.toArray(new String[0]), List.copyOf(problems));
    }

    /** The cell being read as Excel names it, worked out when the file does not say. */
    private String here() {
        return reference != null ? reference : CellReference.convertNumToColString(column) + rowNumber;
    }

    private void set(int col, String value) {
        while (cells.size() <= col) {
            cells.add(null);
        }
        cells.set(col, value);
    }

    /** The column of a cell reference such as "D5", refusing any beyond Excel's last column (XFD). */
    private int columnOf(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z' || (col = col * 26 + (c - 'A' + 1)) > ReadLimits.EXCEL_MAX_COLUMNS) {
                throw badReference(ref);
            }
            i++;
        }
        if (i == 0) {
            throw badReference(ref);
        }
        return col - 1;
    }

    private int parseRowNumber(String r) {
        try {
            int n = Integer.parseInt(r);
            if (n >= 1 && n <= 1_048_576) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ReadLimitException(
                ReadBudget.sheetLabel(sheetName) + "的行号“" + clip(r) + "”超出Excel的行范围，文件可能已损坏或被篡改，已拒绝读取");
    }

    private ReadLimitException badReference(String ref) {
        return new ReadLimitException(
                ReadBudget.sheetLabel(sheetName) + "的单元格位置“" + clip(ref) + "”无效（超出Excel的列范围或格式错误），文件可能已损坏或被篡改，已拒绝读取");
    }

    private static String clip(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}

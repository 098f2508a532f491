package org.reformreport.intake.read;

import static org.apache.poi.xssf.usermodel.XSSFRelation.NS_SPREADSHEETML;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One sheet's XML turned into rows of cell text, gathered by column and passed on. It reads the
 * cells as POI's XSSFSheetXMLHandler does (same types, same text, the same formatter for numbers,
 * SheetXmlReaderTest holds the two together) without its cost per cell: a cell style and a format
 * look-up for every number, a rich-text object for every string. Seeing the XML itself, it counts
 * rows and cells against the file's budget, bounds each cell's text as it accumulates, and tells
 * what POI's handler passes over without a word: a formula saved without its result ({@code <f>}
 * without {@code <v>}, as scripts and exporters write them; it would read as blank) and an error
 * value ({@code t="e"}: #REF!, #DIV/0!, which POI hands on as the text "ERROR:#REF!").
 */
final class SheetXmlReader extends DefaultHandler {

    /** What a cell's text means, by its {@code t} attribute (and an {@code <f>} in a number cell). */
    private enum Type {
        BOOLEAN,
        ERROR,
        FORMULA,
        INLINE_STRING,
        SHARED_STRING,
        NUMBER
    }

    /** Which text is being metered against the cell limit. */
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
    private final BoundedSharedStrings strings;
    private final CellFormats formats;
    private final CanonicalCellFormatter formatter;

    private final List<String> cells = new ArrayList<>();
    private final List<CellProblem> problems = new ArrayList<>();
    private long rows;
    private long cellCount;
    /** The row as named in messages (its r, or one after the row opened before). */
    private int rowNumber;
    /** The 0-based row handed on, as POI numbers it (its r, or one after the row closed before). */
    private int poiRow;

    private int poiNextRow;
    private int nextColumn;

    // the cell being read
    private int column;
    private String reference;
    private Type type = Type.NUMBER;
    private CellFormats.Format format = CellFormats.NONE;
    private boolean error;
    private boolean hasFormula;
    private boolean hasValue;
    private boolean inlineString;
    private boolean inInlineString;
    /** Inside a text element whose characters make the cell's value (v, t of is, inlineStr). */
    private boolean valueOpen;

    private final StringBuilder value = new StringBuilder(64);
    private final StringBuilder errorText = new StringBuilder();
    private Text text = Text.NONE;
    private int valueChars;
    private int formulaChars;
    private int headerFooterChars;

    SheetXmlReader(
            String sheetName,
            SheetRowHandler handler,
            ReadBudget budget,
            BoundedSharedStrings strings,
            CellFormats formats,
            CanonicalCellFormatter formatter) {
        this.sheetName = sheetName;
        this.handler = handler;
        this.budget = budget;
        this.maxCellChars = budget.limits().maxCellChars();
        this.strings = strings;
        this.formats = formats;
        this.formatter = formatter;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (uri != null && !uri.equals(NS_SPREADSHEETML)) {
            return;
        }
        switch (localName) {
            case "row" -> startRow(attributes);
            case "c" -> startCell(attributes);
            case "f" -> {
                hasFormula = true;
                text = Text.FORMULA;
                if (type == Type.NUMBER) {
                    type = Type.FORMULA;
                }
            }
            case "v" -> {
                hasValue = true;
                text = Text.VALUE;
                openValue();
            }
            case "is" -> {
                inlineString = true;
                inInlineString = true;
            }
            case "t" -> {
                if (inInlineString) {
                    text = Text.VALUE;
                    openValue();
                }
            }
            // POI takes an element of this name as a value's text too
            case "inlineStr" -> openValue();
            case "oddHeader", "evenHeader", "firstHeader", "oddFooter", "evenFooter", "firstFooter" -> {
                text = Text.HEADER_FOOTER;
                headerFooterChars = 0;
            }
            default -> {}
        }
    }

    private void openValue() {
        valueOpen = true;
        if (!inInlineString) {
            value.setLength(0);
        }
    }

    private void startRow(Attributes attributes) {
        budget.row(sheetName, ++rows);
        String r = attributes.getValue("r");
        rowNumber = r != null ? parseRowNumber(r) : rowNumber + 1;
        poiRow = r != null ? rowNumber - 1 : poiNextRow;
        nextColumn = 0;
        cells.clear();
        problems.clear();
    }

    private void startCell(Attributes attributes) {
        budget.cells(sheetName, ++cellCount, 1);
        reference = attributes.getValue("r");
        column = reference != null ? columnOf(reference) : nextColumn;
        nextColumn = column + 1;
        String t = attributes.getValue("t");
        error = "e".equals(t);
        hasFormula = false;
        hasValue = false;
        inlineString = false;
        inInlineString = false;
        errorText.setLength(0);
        valueChars = 0;
        formulaChars = 0;
        format = CellFormats.NONE;
        if (t == null) {
            type = Type.NUMBER;
        } else {
            type = switch (t) {
                case "b" -> Type.BOOLEAN;
                case "e" -> Type.ERROR;
                case "inlineStr" -> Type.INLINE_STRING;
                case "s" -> Type.SHARED_STRING;
                case "str" -> Type.FORMULA;
                default -> Type.NUMBER;
            };
        }
        if (type == Type.NUMBER) {
            // POI looks the style up for number cells only: a str formula's result stays as written
            format = formats.of(attributes.getValue("s"));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (uri != null && !uri.equals(NS_SPREADSHEETML)) {
            return;
        }
        switch (localName) {
            case "c" -> endCell();
            case "is" -> {
                inInlineString = false;
                cell();
            }
            case "v" -> {
                text = Text.NONE;
                closeValue();
            }
            case "inlineStr" -> closeValue();
            case "t" -> {
                text = Text.NONE;
                if (inInlineString) {
                    valueOpen = false;
                }
            }
            case "f", "oddHeader", "evenHeader", "firstHeader", "oddFooter", "evenFooter", "firstFooter" ->
                text = Text.NONE;
            case "row" -> {
                handler.row(poiRow + 1, cells.toArray(new String[0]), List.copyOf(problems));
                poiNextRow = poiRow + 1;
            }
            default -> {}
        }
    }

    private void closeValue() {
        valueOpen = false;
        if (!inInlineString) {
            cell();
        }
    }

    /** A value read through: its text as POI's handler makes it, at the cell's column. */
    private void cell() {
        set(column, cellText());
        value.setLength(0);
    }

    private String cellText() {
        return switch (type) {
            case BOOLEAN -> value.charAt(0) == '0' ? "FALSE" : "TRUE";
            case ERROR -> "ERROR:" + value;
            case INLINE_STRING -> asPoiReadsIt(value.toString());
            case SHARED_STRING -> {
                String index = value.toString().trim();
                if (index.isEmpty()) {
                    yield null;
                }
                int i;
                try {
                    i = Integer.parseInt(index);
                } catch (NumberFormatException e) {
                    yield null;
                }
                yield strings.text(i);
            }
            case FORMULA -> number(value.toString());
            case NUMBER -> {
                String n = value.toString();
                yield n.isEmpty() ? n : number(n);
            }
        };
    }

    /** A number as POI's handler formats it: the stored text when there is no format or it is no number. */
    private String number(String stored) {
        if (format.pattern() == null) {
            return stored;
        }
        try {
            return formatter.format(Double.parseDouble(stored.trim()), format);
        } catch (RuntimeException e) {
            return stored;
        }
    }

    /**
     * A string's text as POI's XSSFRichTextString gives it back (it decodes Excel's _xHHHH_ escapes);
     * plain text, by far the most, is itself, and anything else goes through POI.
     */
    static String asPoiReadsIt(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '_' || Character.isSurrogate(c) || c >= '\uFFFE') {
                return new XSSFRichTextString(s).getString();
            }
        }
        return s;
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
    public void characters(char[] ch, int start, int length) {
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
        if (valueOpen) {
            value.append(ch, start, length);
        }
    }

    /** The cell being read as Excel names it, worked out when the file does not say. */
    private String here() {
        return reference != null ? reference : CellReference.convertNumToColString(column) + rowNumber;
    }

    private void set(int col, String cellValue) {
        while (cells.size() <= col) {
            cells.add(null);
        }
        cells.set(col, cellValue);
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

package org.reformreport.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.reformreport.intake.FormType;
import org.reformreport.intake.Headers;
import org.reformreport.intake.ProgressStatus;
import org.reformreport.intake.PromotionLevel;

/**
 * The blank forms liaisons fill in: 宣传报道周报表 and 改革任务进展表, each with a 填表说明 sheet, header
 * comments, data validation on the rules of spec §4.1 / §4.2, a frozen header and print settings.
 */
public final class LiaisonFormTemplates {

    static final String TALLY_FILE = "宣传报道周报表（模板）.xlsx";
    static final String PROGRESS_FILE = "改革任务进展表（模板）.xlsx";

    /** Fixed so that re-running the generator writes identical bytes. */
    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 5);

    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 1;
    private static final int FIRST_DATA_ROW = 2;
    private static final int DATA_ROWS = 60;
    private static final int LAST_DATA_ROW = FIRST_DATA_ROW + DATA_ROWS - 1;

    /** How a column is typed into: drives the cell style of the empty rows. */
    private enum Kind {
        CODE,
        TEXT,
        LONG_TEXT,
        DATE,
        COUNT
    }

    /** One column: header text (the intake's own, see {@link Headers}), the comment on it, its width in characters. */
    private record Column(String header, String comment, Kind kind, int width, boolean required) {}

    /** How the form explains and styles a column; the header texts and their order are the intake's. */
    private record Note(String comment, Kind kind, int width, boolean required) {}

    private static final Map<String, Note> TALLY_NOTES = Map.ofEntries(
            Map.entry(
                    Headers.UNIT_CODE,
                    new Note("必填。按区委宣传部下发的单位名册填写，如长征街道填CZJD；只能是字母、数字、“-”或“_”，最长32位。", Kind.CODE, 11, true)),
            Map.entry(
                    Headers.UNIT_NAME,
                    new Note("选填。填写单位规范简称，如“长征街道”“区发改局”。与名册不一致时不影响统计，但会提示核对。", Kind.TEXT, 20, false)),
            Map.entry(
                    Headers.WEEK_START,
                    new Note(
                            "必填。所报周的星期一，如2026年10月第2周填2026-10-05。每周从星期一到星期日，" + "按该周星期四所在月份计入当月。", Kind.DATE, 13, true)),
            Map.entry(Headers.CENTRAL, new Note("本周在中央媒体（含其网站、客户端）刊播的稿件篇数。填不小于0的整数，没有的填0或留空。", Kind.COUNT, 9, true)),
            Map.entry(Headers.PROVINCIAL, new Note("本周在省级媒体刊播的稿件篇数。填不小于0的整数，没有的填0或留空。", Kind.COUNT, 9, true)),
            Map.entry(Headers.MUNICIPAL, new Note("本周在市级媒体刊播的稿件篇数。填不小于0的整数，没有的填0或留空。", Kind.COUNT, 9, true)),
            Map.entry(Headers.DISTRICT, new Note("本周在区融媒体中心所属电视台、网站、客户端刊播的稿件篇数。填不小于0的整数。", Kind.COUNT, 9, true)),
            Map.entry(Headers.NEW_MEDIA, new Note("本周在政务微信、微博、抖音等账号发布的条数。填不小于0的整数。", Kind.COUNT, 11, true)),
            Map.entry(
                    Headers.SPECIAL_COLUMN,
                    new Note("其中数：在“优化营商环境 赋能高质量”等专栏刊发的稿件。填不小于0的整数，" + "不得大于前五类媒体稿件之和。", Kind.COUNT, 9, true)),
            Map.entry(Headers.TYPICAL_CASES, new Note("其中数：典型案例报道篇数。填不小于0的整数，不得大于前五类媒体稿件之和。", Kind.COUNT, 9, true)),
            Map.entry(Headers.SUPERVISION, new Note("其中数：舆论监督（曝光）报道篇数。填不小于0的整数，不得大于前五类媒体稿件之和。", Kind.COUNT, 9, true)),
            Map.entry(Headers.LEADER_INTERVIEWS, new Note("本周电视台播出的本单位主要负责同志访谈期数。填不小于0的整数。", Kind.COUNT, 11, true)),
            Map.entry(
                    Headers.SOCIAL_PUBLICITY,
                    new Note("本周利用LED电子屏、公示栏、宣传栏、广场大屏等开展宣传的次数。填不小于0的整数。", Kind.COUNT, 9, true)),
            Map.entry(Headers.FILLER, new Note("选填。联络员姓名。", Kind.TEXT, 9, false)),
            Map.entry(
                    Headers.FILLED_DATE,
                    new Note("必填。实际报送的日期，如2026-10-12。超过该周结束后的下一个星期一报送的为迟报；" + "不填的按文件日期计算。", Kind.DATE, 13, true)),
            Map.entry(Headers.REMARK, new Note("选填。需要说明的情况，如转载媒体名称、访谈栏目等。", Kind.LONG_TEXT, 30, false)));

    private static final Map<String, Note> PROGRESS_NOTES = Map.ofEntries(
            Map.entry(Headers.TASK_CODE, new Note("必填。按区委改革办下发的改革任务台账填写，如GG-2025-01。", Kind.CODE, 13, true)),
            Map.entry(Headers.TASK_NAME, new Note("选填。便于核对，不参与统计。", Kind.TEXT, 26, false)),
            Map.entry(Headers.REPORTING_UNIT, new Note("必填。本单位的单位编码，须为该任务的牵头单位或配合单位。", Kind.CODE, 13, true)),
            Map.entry(Headers.REPORT_MONTH, new Note("必填。所报月份，如2026-10，也可写2026年10月。", Kind.CODE, 11, true)),
            Map.entry(Headers.STATUS, new Note("必填。从下拉列表选择：已完成、按期推进、滞后、未启动。", Kind.TEXT, 11, true)),
            Map.entry(Headers.PERCENT, new Note("选填。累计完成的百分比，填0到100的整数，不带%。", Kind.COUNT, 10, false)),
            Map.entry(Headers.THIS_MONTH, new Note("本月主要工作和推进情况，可分条填写，单元格内换行按Alt+Enter。", Kind.LONG_TEXT, 40, false)),
            Map.entry(Headers.ACHIEVEMENTS, new Note("取得的成效，尽量用数据说话。", Kind.LONG_TEXT, 32, false)),
            Map.entry(Headers.PROBLEMS, new Note("推进中遇到的困难和问题。", Kind.LONG_TEXT, 32, false)),
            Map.entry(Headers.NEXT_STEPS, new Note("下月工作安排。", Kind.LONG_TEXT, 32, false)),
            Map.entry(Headers.EXPERIENCE, new Note("选填。值得推广的经验做法，没有的不填。", Kind.LONG_TEXT, 30, false)),
            Map.entry(Headers.PROMOTION, new Note("选填。典型经验被采纳或刊发的最高层级：国家级、省级或市级；没有的留空。", Kind.TEXT, 11, false)),
            Map.entry(Headers.FILLER, new Note("选填。联络员姓名。", Kind.TEXT, 9, false)),
            Map.entry(Headers.FILLED_DATE, new Note("必填。实际报送的日期，如2026-11-03。", Kind.DATE, 13, true)));

    private static final List<Column> TALLY = columns(FormType.TALLY, TALLY_NOTES);
    private static final List<Column> PROGRESS = columns(FormType.PROGRESS, PROGRESS_NOTES);

    private LiaisonFormTemplates() {}

    /** Usage: LiaisonFormTemplates templatesDir. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: LiaisonFormTemplates <templatesDir>");
            System.exit(2);
        }
        write(Path.of(args[0]));
    }

    public static void write(Path templatesDir) {
        try {
            writeTally(templatesDir.resolve(TALLY_FILE));
            writeProgress(templatesDir.resolve(PROGRESS_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTally(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = dataSheet(workbook, "宣传报道周报表", "平川区宣传报道周报表（　　年　　月第　　周）", TALLY);
            XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
            validate(
                    sheet,
                    TALLY,
                    Headers.UNIT_CODE,
                    helper.createTextLengthConstraint(OperatorType.BETWEEN, "1", "32"),
                    "单位编码为1到32位的字母、数字、“-”或“_”，请按单位名册填写。",
                    "按单位名册填写，如CZJD");
            String weekCell = cell(index(TALLY, Headers.WEEK_START));
            validate(
                    sheet,
                    TALLY,
                    Headers.WEEK_START,
                    helper.createCustomConstraint("AND(ISNUMBER(" + weekCell + "),WEEKDAY(" + weekCell + ",2)=1)"),
                    "周起始日须填写该周星期一的日期，如2026-10-05。",
                    "填该周星期一的日期");
            String mediaSum = "SUM($" + col(index(TALLY, Headers.MEDIA.get(0))) + (FIRST_DATA_ROW + 1) + ":$"
                    + col(index(TALLY, Headers.MEDIA.get(Headers.MEDIA.size() - 1))) + (FIRST_DATA_ROW + 1) + ")";
            for (Column c : TALLY) {
                if (c.kind() != Kind.COUNT) {
                    continue;
                }
                boolean ofWhich = Headers.OF_WHICH.contains(c.header());
                DataValidationConstraint constraint = ofWhich
                        ? helper.createIntegerConstraint(OperatorType.BETWEEN, "0", mediaSum)
                        : helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
                String error = ofWhich
                        ? c.header() + "须为不小于0的整数，且不得大于中央、省级、市级、区级媒体和政务新媒体稿件之和。"
                        : c.header() + "须为不小于0的整数，没有的填0或留空。";
                validate(sheet, TALLY, c.header(), constraint, error, null);
            }
            validate(sheet, TALLY, Headers.FILLED_DATE, dateConstraint(helper), "请填写日期，如2026-10-12。", null);
            notesSheet(
                    workbook,
                    TALLY,
                    List.of(
                            "宣传报道周报表填表说明",
                            "一、填报对象：各乡镇街道、部门单位、开发区和驻区单位的宣传联络员，每个单位每周填写一行。",
                            "二、统计周期：每周从星期一到星期日。跨月的周按该周星期四所在月份计入当月，如2026年9月28日至10月4日这一周计入10月。",
                            "三、报送时间：该周结束后的下一个星期一（含当天）下班前报送区委宣传部，晚于该日报送的记为迟报，未报送的记为缺报。",
                            "四、报送方式：填写本表后通过电子邮件报送；用WPS或Excel另存为CSV文件报送的，请先删除第一行标题，保留表头，不要改动栏目名称。",
                            "五、数量单位为篇（条），只填整数；没有的填0或留空，不要填写“无”“三篇”等文字。",
                            "六、“专栏稿件”“典型案例”“舆论监督”是前五类媒体稿件中的其中数，均不得大于五类媒体稿件之和。",
                            "七、同一周报错需要更正的，重新填写该周一行并注明更正，以填报日期较晚的一行为准。",
                            "八、各栏目的具体要求见下表，鼠标停在表头单元格上也可查看批注。"));
            OfficeXlsx.fixProperties(workbook, ISSUED, "宣传报道周报表（模板）");
            OfficeXlsx.save(workbook, file, ISSUED);
        }
    }

    private static void writeProgress(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = dataSheet(workbook, "改革任务进展表", "平川区全面深化改革任务进展情况表（　　年　　月）", PROGRESS);
            XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
            validate(
                    sheet,
                    PROGRESS,
                    Headers.STATUS,
                    helper.createExplicitListConstraint(Arrays.stream(ProgressStatus.values())
                            .map(ProgressStatus::label)
                            .toArray(String[]::new)),
                    "进展状态须为已完成、按期推进、滞后或未启动，请从下拉列表选择。",
                    "从下拉列表选择");
            validate(
                    sheet,
                    PROGRESS,
                    Headers.PROMOTION,
                    helper.createExplicitListConstraint(Arrays.stream(PromotionLevel.values())
                            .map(PromotionLevel::label)
                            .toArray(String[]::new)),
                    "推广层级须为国家级、省级、市级或空白，请从下拉列表选择。",
                    "没有的留空");
            validate(
                    sheet,
                    PROGRESS,
                    Headers.PERCENT,
                    helper.createIntegerConstraint(OperatorType.BETWEEN, "0", "100"),
                    "完成进度须为0到100的整数，不带%。",
                    null);
            validate(
                    sheet,
                    PROGRESS,
                    Headers.REPORTING_UNIT,
                    helper.createTextLengthConstraint(OperatorType.BETWEEN, "1", "32"),
                    "请按单位名册填写本单位编码，如SFJ。",
                    null);
            validate(sheet, PROGRESS, Headers.FILLED_DATE, dateConstraint(helper), "请填写日期，如2026-11-03。", null);
            notesSheet(
                    workbook,
                    PROGRESS,
                    List.of(
                            "改革任务进展表填表说明",
                            "一、填报对象：改革任务的牵头单位和配合单位联络员，每项任务每月填写一行；同时承担多项任务的，每项任务各填一行。",
                            "二、报送时间：每月结束后5日内报送区委改革办，如10月的进展于11月5日前报送。",
                            "三、牵头单位填报的进展状态作为该任务当月状态，未报送的记为“未报送”；超过计划完成月份仍未完成的按滞后统计。",
                            "四、进展状态只能选择已完成、按期推进、滞后或未启动；任务报送“已完成”后，以后各月不再填报。",
                            "五、推广层级指典型经验被采纳或刊发的最高层级，计入当月考核加分，请附相关文件或报道链接备查。",
                            "六、文字栏目请简明扼要、数据准确，分条填写时单元格内换行按Alt+Enter。",
                            "七、报错需要更正的，重新填写该行并以填报日期较晚的一行为准。",
                            "八、各栏目的具体要求见下表，鼠标停在表头单元格上也可查看批注。"));
            OfficeXlsx.fixProperties(workbook, ISSUED, "改革任务进展表（模板）");
            OfficeXlsx.save(workbook, file, ISSUED);
        }
    }

    private static XSSFSheet dataSheet(XSSFWorkbook workbook, String name, String title, List<Column> columns) {
        XSSFSheet sheet = workbook.createSheet(name);
        Styles styles = new Styles(workbook);

        XSSFRow titleRow = sheet.createRow(TITLE_ROW);
        titleRow.setHeightInPoints(30);
        XSSFCell titleCell = titleRow.createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, columns.size() - 1));

        XSSFRow header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(32);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            XSSFCell cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(column.required() ? styles.requiredHeader : styles.header);
            sheet.setColumnWidth(c, column.width() * 256);
            XSSFClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 3);
            anchor.setRow1(HEADER_ROW);
            anchor.setRow2(HEADER_ROW + 5);
            XSSFComment comment = drawing.createCellComment(anchor);
            comment.setString(new XSSFRichTextString(column.comment()));
            comment.setAuthor("区委改革办");
            cell.setCellComment(comment);
        }
        for (int r = FIRST_DATA_ROW; r <= LAST_DATA_ROW; r++) {
            XSSFRow row = sheet.createRow(r);
            for (int c = 0; c < columns.size(); c++) {
                row.createCell(c).setCellStyle(styles.of(columns.get(c).kind()));
            }
        }
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(TITLE_ROW, HEADER_ROW, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        workbook.setActiveSheet(0);
        return sheet;
    }

    /**
     * The explanation sheet. Its first ten rows are prose without the words the intake looks for, so a
     * returned form's 填表说明 sheet is never mistaken for a data sheet; the column table starts below.
     */
    private static void notesSheet(XSSFWorkbook workbook, List<Column> columns, List<String> lines) {
        XSSFSheet sheet = workbook.createSheet("填表说明");
        Styles styles = new Styles(workbook);
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, 80 * 256);
        int r = 0;
        for (String line : lines) {
            XSSFRow row = sheet.createRow(r);
            XSSFCell cell = row.createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(r == 0 ? styles.title : styles.prose);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
            row.setHeightInPoints(r == 0 ? 30 : 32);
            r++;
        }
        r = Math.max(r, 10) + 1;
        XSSFRow head = sheet.createRow(r++);
        String[] titles = {"栏目", "是否必填", "填写要求"};
        for (int c = 0; c < titles.length; c++) {
            XSSFCell cell = head.createCell(c);
            cell.setCellValue(titles[c]);
            cell.setCellStyle(styles.header);
        }
        for (Column column : columns) {
            XSSFRow row = sheet.createRow(r++);
            String need = !column.required() ? "选填" : column.kind() == Kind.COUNT ? "空白按0计" : "必填";
            String[] values = {column.header(), need, column.comment()};
            for (int c = 0; c < values.length; c++) {
                XSSFCell cell = row.createCell(c);
                cell.setCellValue(values[c]);
                cell.setCellStyle(c == 2 ? styles.longText : styles.text);
            }
        }
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    }

    /** Data validation on a column's data rows, its boxes titled with the column's header. */
    private static void validate(
            XSSFSheet sheet,
            List<Column> columns,
            String title,
            DataValidationConstraint constraint,
            String error,
            String prompt) {
        int column = index(columns, title);
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidation validation = helper.createValidation(
                constraint, new CellRangeAddressList(FIRST_DATA_ROW, LAST_DATA_ROW, column, column));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(title + "填写有误", error);
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        if (prompt != null) {
            validation.createPromptBox(title, prompt);
            validation.setShowPromptBox(true);
        }
        sheet.addValidationData(validation);
    }

    private static DataValidationConstraint dateConstraint(XSSFDataValidationHelper helper) {
        return helper.createDateConstraint(OperatorType.BETWEEN, "=DATE(2020,1,1)", "=DATE(2099,12,31)", null);
    }

    /**
     * The form's columns in the intake's order with their notes. A column the intake gains without a
     * note here (or a note for one it dropped) stops the writer rather than write a form that drifts.
     */
    private static List<Column> columns(FormType type, Map<String, Note> notes) {
        List<String> headers = Headers.formColumns(type);
        Set<String> orphans = new TreeSet<>(notes.keySet());
        headers.forEach(orphans::remove);
        if (!orphans.isEmpty()) {
            throw new IllegalStateException(type.label() + ": notes for columns the intake does not have: " + orphans);
        }
        List<Column> columns = new ArrayList<>();
        for (String header : headers) {
            Note note = notes.get(header);
            if (note == null) {
                throw new IllegalStateException(type.label() + ": no note for the intake's column " + header);
            }
            columns.add(new Column(header, note.comment(), note.kind(), note.width(), note.required()));
        }
        return List.copyOf(columns);
    }

    private static int index(List<Column> columns, String header) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(header)) {
                return i;
            }
        }
        throw new IllegalArgumentException(header);
    }

    /** The first data cell of a column, relative, as data-validation formulas expect. */
    private static String cell(int column) {
        return col(column) + (FIRST_DATA_ROW + 1);
    }

    private static String col(int column) {
        return CellReference.convertNumToColString(column);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle requiredHeader;
        final CellStyle text;
        final CellStyle code;
        final CellStyle longText;
        final CellStyle date;
        final CellStyle count;
        final CellStyle prose;

        Styles(XSSFWorkbook workbook) {
            Font titleFont = workbook.createFont();
            titleFont.setFontName("方正小标宋简体");
            titleFont.setFontHeightInPoints((short) 18);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);

            Font bold = workbook.createFont();
            bold.setFontName("黑体");
            bold.setBold(true);
            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            // Required columns in a light yellow, a convention offices already know.
            requiredHeader = workbook.createCellStyle();
            requiredHeader.cloneStyleFrom(header);
            requiredHeader.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());

            text = bordered(workbook);
            code = bordered(workbook);
            code.setDataFormat(workbook.createDataFormat().getFormat("@")); // keep codes and months as typed
            longText = bordered(workbook);
            longText.setWrapText(true);
            date = bordered(workbook);
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            date.setAlignment(HorizontalAlignment.CENTER);
            count = bordered(workbook);
            count.setDataFormat(workbook.createDataFormat().getFormat("0"));
            count.setAlignment(HorizontalAlignment.CENTER);
            prose = workbook.createCellStyle();
            prose.setWrapText(true);
            prose.setVerticalAlignment(VerticalAlignment.CENTER);
        }

        CellStyle of(Kind kind) {
            return switch (kind) {
                case CODE -> code;
                case LONG_TEXT -> longText;
                case DATE -> date;
                case COUNT -> count;
                case TEXT -> text;
            };
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }
}

package org.reformreport.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformreport.intake.read.CellProblem;
import org.reformreport.intake.read.SheetState;

class FormSheetParserTest {

    private final List<String> events = new ArrayList<>();
    private final FormSheetParser parser = new FormSheetParser(1, "f.xlsx", new FormRowSink() {
        @Override
        public void headerFound(int sheetIndex, String sheetName, FormType type) {
            events.add("header " + type);
        }

        @Override
        public void dataRow(FormType type, List<String> missingRequired, RawRow row) {
            events.add("row " + row.source().rowNumber() + " " + row.get("单位编码") + " missing=" + missingRequired
                    + (row.problem() == null ? "" : " problem=" + row.problem()) + (row.isBlank() ? " blank" : ""));
        }

        @Override
        public void sheetWarning(int sheetIndex, String sheetName, String message) {
            events.add("warning " + message);
        }
    });

    private void sheet(String name, String[]... rows) {
        sheet(name, SheetState.VISIBLE, Map.of(), rows);
    }

    /** @param problems cell problems by 1-based row number */
    private void sheet(String name, SheetState state, Map<Integer, List<CellProblem>> problems, String[]... rows) {
        parser.startSheet(0, name, state);
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] != null) {
                parser.row(i + 1, rows[i], problems.getOrDefault(i + 1, List.of()));
            }
        }
        parser.endSheet();
    }

    private static final String[] TALLY = {
        "单位编码", "周起始日", "中央媒体", "省级媒体", "市级媒体", "区级媒体", "政务新媒体", "专栏稿件", "典型案例", "舆论监督", "一把手访谈", "社会宣传", "填报日期"
    };

    @Test
    void aLabelBlockAboveTheTableIsNotTakenForTheHeader() {
        sheet("周报", new String[] {"单位编码", "FGJ", "填报人", "张三"}, null, TALLY, new String[] {"FGJ", "2026-10-05"});
        assertThat(events).containsExactly("header TALLY", "row 4 FGJ missing=[]");
    }

    @Test
    void aUnitCodeHeaderIsUsedWhenNoRowNamesTheWeekOrTask() {
        sheet("周报", new String[] {"标题"}, new String[] {"单位编码", "中央媒体"}, new String[] {"FGJ", "1"});
        assertThat(events).containsExactly("warning 工作表“周报”的表头既无“周起始日”也无“任务编号”，不是周报表或改革任务进展表，未读取");
    }

    @Test
    void missingRequiredColumnsRejectRowsAndMissingOptionalOnesAreSaidOnce() {
        sheet("周报", new String[] {"单位编码", "周起始日", "中央媒体"}, new String[] {"FGJ", "2026-10-05", "1"});
        assertThat(events).containsExactly("header TALLY", "row 2 FGJ missing=[省级媒体, 市级媒体, 区级媒体, 政务新媒体]");
        events.clear();
        sheet("周报", new String[] {"单位编码", "周起始日", "中央媒体", "省级媒体", "市级媒体", "区级媒体", "政务新媒体", "填报日期"}, new String[] {
            "FGJ", "2026-10-05"
        });
        assertThat(events)
                .containsExactly(
                        "header TALLY", "warning 工作表“周报”表头缺少列：专栏稿件、典型案例、舆论监督、一把手访谈、社会宣传，按0计", "row 2 FGJ missing=[]");
    }

    @Test
    void sheetsWithoutAHeaderAreReportedUnlessTheyAreInstructions() {
        sheet("Sheet3", new String[] {"随手记"}, new String[] {"第二行"});
        sheet("填表说明", new String[] {"每周一报送"});
        assertThat(events).containsExactly("warning 工作表“Sheet3”前10行中未找到表头（应含“单位编码”或“任务编号”），其中2行内容未读取");
    }

    @Test
    void aFormColumnNamedTwiceMakesEveryNonBlankRowOfTheSheetUnreadableNamingTheColumns() {
        String[] header = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(TALLY), java.util.stream.Stream.of("*中央媒体(篇)", "序号"))
                .toArray(String[]::new);
        String[] both = new String[15];
        both[0] = "FGJ";
        both[1] = "2026-10-05";
        both[2] = "1";
        both[13] = "3";
        String[] secondOnly = new String[15];
        secondOnly[13] = "2";
        String[] numberOnly = new String[15];
        numberOnly[14] = "3";
        sheet("第1周", header, both, secondOnly, numberOnly);
        String reason = "表头中“中央媒体”（C列、N列）重复出现，无法确定以哪一列为准，本表数据未计入，请删除多余的列后重新报送";
        assertThat(events)
                .containsExactly(
                        "header TALLY",
                        "row 2 FGJ missing=[] problem=" + reason,
                        "row 3  missing=[] problem=" + reason,
                        "row 4  missing=[] blank");
    }

    @Test
    void aDescriptiveColumnNamedTwiceIsReadFromItsFirstColumnAndSaid() {
        String[] header = {"单位编码", "周起始日", "中央媒体", "省级媒体", "市级媒体", "区级媒体", "政务新媒体", "备注", "备注"};
        sheet("第1周", header, new String[] {"FGJ", "2026-10-05", "1", "0", "0", "0", "0", "a", "b"});
        assertThat(events)
                .containsExactly(
                        "header TALLY",
                        "warning 工作表“第1周”表头中“备注”（H列、I列）重复出现，只读取了H列",
                        "warning 工作表“第1周”表头缺少列：专栏稿件、典型案例、舆论监督、一把手访谈、社会宣传、填报日期（缺填报日期的按文件修改日期计，缺数量的按0计）",
                        "row 2 FGJ missing=[]");
    }

    @Test
    void unreadableCellsUnderFormColumnsMakeTheRowUnreadableAndOthersAreIgnored() {
        Map<Integer, List<CellProblem>> problems = Map.of(
                3,
                        List.of(
                                new CellProblem(2, "C3", "为公式且无计算结果，请在Excel中打开并保存后重新报送"),
                                new CellProblem(13, "N3", "为错误值#REF!，请更正后重新报送")), // under 合计: not read
                4, List.of(new CellProblem(13, "N4", "为错误值#REF!，请更正后重新报送")),
                5, List.of(new CellProblem(3, "D5", "为错误值#DIV/0!，请更正后重新报送")));
        String[] header = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(TALLY), java.util.stream.Stream.of("合计"))
                .toArray(String[]::new);
        sheet(
                "第1周",
                SheetState.VISIBLE,
                problems,
                null,
                header,
                new String[] {"FGJ", "2026-10-05"},
                new String[] {"FGJ", "2026-10-05"},
                new String[] {},
                new String[] {});
        assertThat(events)
                .containsExactly(
                        "header TALLY",
                        "row 3 FGJ missing=[] problem=“中央媒体”（C3单元格）为公式且无计算结果，请在Excel中打开并保存后重新报送",
                        "row 4 FGJ missing=[]",
                        "row 5  missing=[] problem=“省级媒体”（D5单元格）为错误值#DIV/0!，请更正后重新报送",
                        "row 6  missing=[] blank");
    }

    @Test
    void hiddenSheetsAreReadAndSaidToBeHidden() {
        sheet("第2周", SheetState.HIDDEN, Map.of(), TALLY, new String[] {"FGJ", "2026-10-12"});
        sheet("第3周", SheetState.VERY_HIDDEN, Map.of(), TALLY, new String[] {"FGJ", "2026-10-19"});
        sheet("填表说明", SheetState.VERY_HIDDEN, Map.of(), new String[] {"每周一报送"}); // nothing read, nothing said
        assertThat(events)
                .containsExactly(
                        "header TALLY",
                        "warning 工作表“第2周”为隐藏工作表，其数据已读取",
                        "row 2 FGJ missing=[]",
                        "header TALLY",
                        "warning 工作表“第3周”为隐藏工作表（深度隐藏，在Excel中“取消隐藏”也看不到），其数据已读取",
                        "row 2 FGJ missing=[]");
    }

    @Test
    void headerCellsMayCarryRequiredMarksAndNotes() {
        assertThat(FormSheetParser.headerName(" *周起始日（星期一） ")).isEqualTo("周起始日");
        assertThat(FormSheetParser.headerName("完成进度(%)")).isEqualTo("完成进度");
    }
}

package org.reformreport.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormSheetParserTest {

    private final List<String> events = new ArrayList<>();
    private final FormSheetParser parser = new FormSheetParser(1, "f.xlsx", new FormRowSink() {
        @Override
        public void headerFound(int sheetIndex, String sheetName, FormType type) {
            events.add("header " + type);
        }

        @Override
        public void dataRow(FormType type, List<String> missingRequired, RawRow row) {
            events.add("row " + row.source().rowNumber() + " " + row.get("单位编码") + " missing=" + missingRequired);
        }

        @Override
        public void sheetWarning(int sheetIndex, String sheetName, String message) {
            events.add("warning " + message);
        }
    });

    private void sheet(String name, String[]... rows) {
        parser.startSheet(0, name);
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] != null) {
                parser.row(i + 1, rows[i]);
            }
        }
        parser.endSheet();
    }

    private static final String[] TALLY = {"单位编码", "周起始日", "中央媒体", "省级媒体", "市级媒体", "区级媒体", "政务新媒体",
            "专栏稿件", "典型案例", "舆论监督", "一把手访谈", "社会宣传", "填报日期"};

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
        assertThat(events).containsExactly("header TALLY",
                "row 2 FGJ missing=[省级媒体, 市级媒体, 区级媒体, 政务新媒体]");
        events.clear();
        sheet("周报", new String[] {"单位编码", "周起始日", "中央媒体", "省级媒体", "市级媒体", "区级媒体", "政务新媒体",
                "填报日期"}, new String[] {"FGJ", "2026-10-05"});
        assertThat(events).containsExactly("header TALLY",
                "warning 工作表“周报”表头缺少列：专栏稿件、典型案例、舆论监督、一把手访谈、社会宣传，按0计", "row 2 FGJ missing=[]");
    }

    @Test
    void sheetsWithoutAHeaderAreReportedUnlessTheyAreInstructions() {
        sheet("Sheet3", new String[] {"随手记"}, new String[] {"第二行"});
        sheet("填表说明", new String[] {"每周一报送"});
        assertThat(events).containsExactly("warning 工作表“Sheet3”前10行中未找到表头（应含“单位编码”或“任务编号”），其中2行内容未读取");
    }

    @Test
    void headerCellsMayCarryRequiredMarksAndNotes() {
        assertThat(FormSheetParser.headerName(" *周起始日（星期一） ")).isEqualTo("周起始日");
        assertThat(FormSheetParser.headerName("完成进度(%)")).isEqualTo("完成进度");
    }
}

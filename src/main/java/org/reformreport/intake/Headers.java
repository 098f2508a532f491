package org.reformreport.intake;

import java.util.List;
import java.util.stream.Stream;

/** The column headers of the two forms (spec §4.1, §4.2), exactly as liaisons see them. */
public final class Headers {

    public static final String UNIT_CODE = "单位编码";
    public static final String UNIT_NAME = "单位名称";
    public static final String WEEK_START = "周起始日";
    public static final String CENTRAL = "中央媒体";
    public static final String PROVINCIAL = "省级媒体";
    public static final String MUNICIPAL = "市级媒体";
    public static final String DISTRICT = "区级媒体";
    public static final String NEW_MEDIA = "政务新媒体";
    public static final String SPECIAL_COLUMN = "专栏稿件";
    public static final String TYPICAL_CASES = "典型案例";
    public static final String SUPERVISION = "舆论监督";
    public static final String LEADER_INTERVIEWS = "一把手访谈";
    public static final String SOCIAL_PUBLICITY = "社会宣传";
    public static final String FILLER = "填报人";
    public static final String FILLED_DATE = "填报日期";
    public static final String REMARK = "备注";

    public static final String TASK_CODE = "任务编号";
    public static final String REPORTING_UNIT = "报送单位编码";
    public static final String REPORT_MONTH = "报送月份";
    public static final String STATUS = "进展状态";
    public static final String PERCENT = "完成进度";
    public static final String THIS_MONTH = "本月进展";
    public static final String ACHIEVEMENTS = "主要成效";
    public static final String PROBLEMS = "存在问题";
    public static final String NEXT_STEPS = "下步打算";
    public static final String EXPERIENCE = "典型经验";
    public static final String PROMOTION = "推广层级";
    /** On the blank progress form so a liaison can check the row; the task's name comes from the registry, not from here. */
    public static final String TASK_NAME = "任务名称";

    public static final List<String> MEDIA = List.of(CENTRAL, PROVINCIAL, MUNICIPAL, DISTRICT, NEW_MEDIA);
    public static final List<String> OF_WHICH = List.of(SPECIAL_COLUMN, TYPICAL_CASES, SUPERVISION);

    public static final List<String> TALLY_REQUIRED =
            List.of(UNIT_CODE, WEEK_START, CENTRAL, PROVINCIAL, MUNICIPAL, DISTRICT, NEW_MEDIA);
    /** The ten count columns of a tally, in form order: each a whole number of articles or items for the week. */
    public static final List<String> TALLY_COUNTS = List.of(
            CENTRAL,
            PROVINCIAL,
            MUNICIPAL,
            DISTRICT,
            NEW_MEDIA,
            SPECIAL_COLUMN,
            TYPICAL_CASES,
            SUPERVISION,
            LEADER_INTERVIEWS,
            SOCIAL_PUBLICITY);

    public static final List<String> TALLY_ALL = Stream.of(
                    List.of(UNIT_CODE, UNIT_NAME, WEEK_START), TALLY_COUNTS, List.of(FILLER, FILLED_DATE, REMARK))
            .flatMap(List::stream)
            .toList();

    public static final List<String> PROGRESS_REQUIRED = List.of(TASK_CODE, REPORTING_UNIT, REPORT_MONTH, STATUS);
    /** The progress form's columns left to right, as the blank form (templates/) shows them. */
    public static final List<String> PROGRESS_FORM = List.of(
            TASK_CODE,
            TASK_NAME,
            REPORTING_UNIT,
            REPORT_MONTH,
            STATUS,
            PERCENT,
            THIS_MONTH,
            ACHIEVEMENTS,
            PROBLEMS,
            NEXT_STEPS,
            EXPERIENCE,
            PROMOTION,
            FILLER,
            FILLED_DATE);
    /** The progress columns the intake reads: the form's, less 任务名称. */
    public static final List<String> PROGRESS_ALL =
            PROGRESS_FORM.stream().filter(h -> !h.equals(TASK_NAME)).toList();

    private Headers() {}

    /**
     * A form's columns in the order the blank form shows them (every column the intake reads, plus
     * any it only shows the liaison), so the blank forms are written from the intake's own headers.
     */
    public static List<String> formColumns(FormType type) {
        return switch (type) {
            case TALLY -> TALLY_ALL;
            case PROGRESS -> PROGRESS_FORM;
        };
    }
}

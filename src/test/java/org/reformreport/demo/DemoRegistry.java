package org.reformreport.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The demo registries of 平川区: units (seed 001's interview schedule plus townships) and reform tasks. */
final class DemoRegistry {

    static final String TOWNSHIP = "乡镇街道";
    static final String DEPARTMENT = "部门单位";
    static final String ZONE = "开发区";
    static final String STATIONED = "驻区单位";

    static final String[] UNIT_HEADERS = {
        "单位编码", "单位名称", "单位类型", "上级单位编码", "联络员", "联络员电话", "联络员邮箱", "负责人", "负责人邮箱", "启用月份", "停用月份"
    };
    static final String[] TASK_HEADERS = {"任务编号", "任务名称", "领衔领导", "牵头单位编码", "配合单位编码", "开始月份", "计划完成月份", "类别"};

    static final String KEY_REFORM = "重点改革";
    static final String GENERAL_REFORM = "一般改革";

    private static final String MAIL_DOMAIN = "@pingchuan.example.cn";

    record Unit(
            String code,
            String name,
            String type,
            String parent,
            String liaison,
            String liaisonPinyin,
            String phone,
            String head,
            String headPinyin,
            YearMonth from,
            YearMonth until,
            boolean hasEmail) {

        boolean activeIn(YearMonth month) {
            return (from == null || !month.isBefore(from)) && (until == null || !month.isAfter(until));
        }

        String liaisonEmail() {
            return hasEmail ? liaisonPinyin + MAIL_DOMAIN : "";
        }

        String headEmail() {
            return hasEmail ? headPinyin + MAIL_DOMAIN : "";
        }

        boolean isTownship() {
            return TOWNSHIP.equals(type);
        }
    }

    /** partnersText keeps the separator as an office would type it; partners is the parsed list. */
    record Task(
            String code,
            String name,
            String leader,
            String lead,
            String partnersText,
            YearMonth start,
            YearMonth planned,
            String category) {

        List<String> partners() {
            if (partnersText.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(partnersText.split("[;；、]")).map(String::trim).toList();
        }

        boolean involves(String unitCode) {
            return lead.equals(unitCode) || partners().contains(unitCode);
        }
    }

    static final List<Unit> UNITS = List.of(
            township("CZJD", "长征街道", "王晓燕", "wangxiaoyan", "牛建华", "niujianhua", 101),
            township("DLLJD", "电力路街道", "李建军", "lijianjun", "段志刚", "duanzhigang", 102),
            township("XPLJD", "兴平路街道", "张丽娟", "zhanglijuan", "雷红霞", "leihongxia", 103),
            township("HHLJD", "红会路街道", "刘志强", "liuzhiqiang", "汪海", "wanghai", 104),
            township("SQZ", "水泉镇", "陈海燕", "chenhaiyan", "邓永强", "dengyongqiang", 105),
            township("GHZ", "共和镇", "杨文斌", "yangwenbin", "薛文涛", "xuewentao", 106),
            township("BJZ", "宝积镇", "赵婷婷", "zhaotingting", "柴国庆", "chaiguoqing", 107),
            township("HQZ", "黄峤镇", "马永福", "mayongfu", "姚金山", "yaojinshan", 108),
            township("WJSZ", "王家山镇", "周亚楠", "zhouyanan", "任伟", "renwei", 109),
            township("ZTZ", "种田镇", "吴国栋", "wuguodong", "康宏", "kanghong", 110),
            // 复兴乡 has no office mailbox yet: the unit without any email.
            new Unit("FXX", "复兴乡", TOWNSHIP, "", "徐彩霞", "xucaixia", phone(111), "白玉林", "baiyulin", null, null, false),
            unit("JKQ", "经济开发区管委会", ZONE, "孙鹏", "sunpeng", "石振东", "shizhendong", 201),
            unit("FGJ", "区发改局", DEPARTMENT, "朱雅琴", "zhuyaqin", "杜明辉", "duminghui", 202),
            unit("GXJ", "区工信局", DEPARTMENT, "胡晓东", "huxiaodong", "秦凯", "qinkai", 203),
            unit("SFJ", "区司法局", DEPARTMENT, "郭静", "guojing", "陆婧", "lujing", 204),
            unit("RSJ", "区人社局", DEPARTMENT, "何佳慧", "hejiahui", "孔德胜", "kongdesheng", 205),
            unit("ZJJ", "区住建局", DEPARTMENT, "高振宇", "gaozhenyu", "黎晓峰", "lixiaofeng", 206),
            unit("JTJ", "区交通局", DEPARTMENT, "罗明", "luoming", "曾勇", "zengyong", 207),
            unit("SWJ", "区商务局", DEPARTMENT, "魏春梅", "weichunmei", "于洁", "yujie", 208),
            unit("WLJ", "区文旅局", DEPARTMENT, "苏雨涵", "suyuhan", "万莉", "wanli", 209),
            unit("SCJGJ", "区市场监管局", DEPARTMENT, "田立伟", "tianliwei", "金涛", "jintao", 210),
            // 区金融办 sits under 区发改局 and 区经合局 under 区商务局: the roll-up examples.
            new Unit(
                    "JRB",
                    "区金融办",
                    DEPARTMENT,
                    "FGJ",
                    "蒋欣怡",
                    "jiangxinyi",
                    phone(211),
                    "吕芳",
                    "lvfang",
                    null,
                    null,
                    true),
            // 区经合局 was merged into 区商务局 after August 2026.
            new Unit(
                    "JHJ",
                    "区经合局",
                    DEPARTMENT,
                    "SWJ",
                    "韩旭",
                    "hanxu",
                    phone(212),
                    "崔文杰",
                    "cuiwenjie",
                    null,
                    YearMonth.of(2026, 8),
                    true),
            unit("XZSPZX", "区行政审批中心", DEPARTMENT, "贾瑞", "jiarui", "潘峰", "panfeng", 213),
            // 区数据局 was set up in October 2026.
            new Unit(
                    "SJJ",
                    "区数据局",
                    DEPARTMENT,
                    "",
                    "冯思远",
                    "fengsiyuan",
                    phone(214),
                    "钟毅",
                    "zhongyi",
                    YearMonth.of(2026, 10),
                    null,
                    true),
            unit("ZRZYFJ", "市自然资源局平川分局", STATIONED, "曹建平", "caojianping", "廖建新", "liaojianxin", 301),
            unit("STHJFJ", "市生态环境局平川分局", STATIONED, "彭丽", "pengli", "谭敏", "tanmin", 302),
            unit("QSWJ", "区税务局", STATIONED, "袁晨", "yuanchen", "邹宏伟", "zouhongwei", 303));

    static final List<Task> TASKS = List.of(
            new Task(
                    "GG-2025-01",
                    "营商环境“一照通”审批服务改革",
                    "孙立新（区委常委、常务副区长）",
                    "XZSPZX",
                    "SCJGJ;QSWJ",
                    ym(2025, 3),
                    ym(2026, 12),
                    KEY_REFORM),
            new Task(
                    "GG-2025-02",
                    "国有“三资”清查盘活管理改革",
                    "孙立新（区委常委、常务副区长）",
                    "FGJ",
                    "ZRZYFJ；JKQ",
                    ym(2025, 4),
                    ym(2026, 8),
                    KEY_REFORM),
            new Task(
                    "GG-2025-03",
                    "园区招商体制改革",
                    "郑国华（区委常委、经济开发区党工委书记）",
                    "JKQ",
                    "SWJ、JHJ",
                    ym(2025, 5),
                    ym(2026, 6),
                    KEY_REFORM),
            new Task(
                    "GG-2025-04",
                    "基层社会“末梢治理”改革",
                    "王海涛（区委常委、政法委书记）",
                    "SFJ",
                    "CZJD;DLLJD;SQZ;BJZ",
                    ym(2025, 6),
                    ym(2026, 12),
                    KEY_REFORM),
            new Task(
                    "GG-2025-05",
                    "涉企包容审慎监管改革",
                    "李慧敏（副区长）",
                    "SCJGJ",
                    "SFJ；JTJ",
                    ym(2025, 9),
                    ym(2026, 12),
                    GENERAL_REFORM),
            new Task(
                    "GG-2025-06",
                    "工程建设项目审批制度改革",
                    "李慧敏（副区长）",
                    "ZJJ",
                    "XZSPZX、ZRZYFJ",
                    ym(2025, 10),
                    ym(2027, 6),
                    GENERAL_REFORM),
            new Task(
                    "GG-2026-01",
                    "数字政府“一网通办”建设",
                    "周文博（副区长）",
                    "GXJ",
                    "XZSPZX;SJJ",
                    ym(2026, 1),
                    ym(2026, 12),
                    KEY_REFORM),
            new Task(
                    "GG-2026-02",
                    "生态产品价值实现机制改革",
                    "陈建国（副区长）",
                    "STHJFJ",
                    "ZRZYFJ；WJSZ；ZTZ",
                    ym(2026, 9),
                    ym(2027, 6),
                    GENERAL_REFORM),
            new Task(
                    "GG-2026-03",
                    "普惠金融服务乡村振兴改革",
                    "周文博（副区长）",
                    "JRB",
                    "HQZ、FXX、GHZ",
                    ym(2026, 6),
                    ym(2026, 10),
                    GENERAL_REFORM),
            new Task(
                    "GG-2026-04",
                    "就业创业服务“一站式”改革",
                    "刘红梅（副区长）",
                    "RSJ",
                    "XPLJD;HHLJD",
                    ym(2026, 1),
                    ym(2026, 10),
                    GENERAL_REFORM),
            new Task(
                    "GG-2026-05", "文旅融合体制机制改革", "刘红梅（副区长）", "WLJ", "SWJ；BJZ", ym(2026, 3), ym(2027, 3), GENERAL_REFORM),
            new Task(
                    "GG-2026-06", "城乡交通运输一体化改革", "陈建国（副区长）", "JTJ", "ZJJ、GHZ", ym(2026, 11), ym(2027, 10), KEY_REFORM));

    private static final Map<String, Unit> BY_CODE =
            UNITS.stream().collect(Collectors.toMap(Unit::code, Function.identity()));
    private static final Map<String, Task> TASK_BY_CODE =
            TASKS.stream().collect(Collectors.toMap(Task::code, Function.identity()));

    private DemoRegistry() {}

    static Unit unit(String code) {
        Unit unit = BY_CODE.get(code);
        if (unit == null) {
            throw new IllegalArgumentException("no demo unit " + code);
        }
        return unit;
    }

    static Task task(String code) {
        Task task = TASK_BY_CODE.get(code);
        if (task == null) {
            throw new IllegalArgumentException("no demo task " + code);
        }
        return task;
    }

    static List<Unit> activeUnits(YearMonth month) {
        return UNITS.stream().filter(u -> u.activeIn(month)).toList();
    }

    static void writeUnits(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Unit u : UNITS) {
            rows.add(List.of(
                    u.code(),
                    u.name(),
                    u.type(),
                    u.parent(),
                    u.liaison(),
                    u.phone(),
                    u.liaisonEmail(),
                    u.head(),
                    u.headEmail(),
                    text(u.from()),
                    text(u.until())));
        }
        writeCsv(file, UNIT_HEADERS, rows);
    }

    /** The leaders who receive the district report: the district's Party secretary, the deputy in charge, the office head. */
    static void writeLeaders(Path file) throws IOException {
        writeCsv(
                file,
                new String[] {"姓名", "职务", "邮箱"},
                List.of(
                        List.of("马国栋", "区委书记、区委全面深化改革委员会主任", "maguodong@pingchuan.example.cn"),
                        List.of("杨春梅", "区委副书记", "yangchunmei@pingchuan.example.cn"),
                        List.of("冯立新", "区委常委、区委改革办主任", "fenglixin@pingchuan.example.cn")));
    }

    static void writeTasks(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Task t : TASKS) {
            rows.add(List.of(
                    t.code(),
                    t.name(),
                    t.leader(),
                    t.lead(),
                    t.partnersText(),
                    t.start().toString(),
                    t.planned().toString(),
                    t.category()));
        }
        writeCsv(file, TASK_HEADERS, rows);
    }

    /** UTF-8 with BOM so that Excel on an office PC opens the registry without garbling it. */
    private static void writeCsv(Path file, String[] headers, List<List<String>> rows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            out.write('\uFEFF');
            printer.printRecord((Object[]) headers);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }

    private static Unit township(
            String code,
            String name,
            String liaison,
            String liaisonPinyin,
            String head,
            String headPinyin,
            int phoneNo) {
        return unit(code, name, TOWNSHIP, liaison, liaisonPinyin, head, headPinyin, phoneNo);
    }

    private static Unit unit(
            String code,
            String name,
            String type,
            String liaison,
            String liaisonPinyin,
            String head,
            String headPinyin,
            int phoneNo) {
        return new Unit(
                code, name, type, "", liaison, liaisonPinyin, phone(phoneNo), head, headPinyin, null, null, true);
    }

    /** Fictitious office lines in the 0943 (白银) area: 0943-5550101 and so on. */
    private static String phone(int n) {
        return "0943-5550" + n;
    }

    private static YearMonth ym(int year, int month) {
        return YearMonth.of(year, month);
    }

    private static String text(YearMonth month) {
        return month == null ? "" : month.toString();
    }
}

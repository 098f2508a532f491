package org.reformreport.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.calendar.Weeks;

/**
 * Writes a district, city or province for the benchmark: N units in four groups, a task ledger,
 * and M months of forms as offices send them, deterministic from a seed. Each group's liaisons
 * fill a shared monthly workbook (a sheet per week, a title row), about 1% of units send their own
 * GB18030 CSV from WPS instead, each month brings a correction file, and about 0.2% of rows carry a
 * mistake liaisons really make (a Wednesday for a Monday, an unknown unit, a worded or negative
 * count, 专栏稿件 above the media total). Written streaming (SXSSF, CSV) so 10,000 units and a
 * year of history take seconds and little memory. Its settings.yml turns the ranking notice on,
 * as the demo's does.
 */
public final class BenchDistrict {

    static final String[] GROUPS = {"乡镇街道", "部门单位", "开发区", "驻区单位"};
    private static final double[] GROUP_SHARE = {0.35, 0.50, 0.05, 0.10};
    private static final String SYLLABLES =
            "青石东西南北长安兴平红光明新华和顺永丰河川山林金水清泉龙凤宝云天乐福康宁德仁义礼信" + "城关桥塘湾坪沟岭湖滨江海阳春秋河阴华峰茂盛柏松梅竹兰桂杨柳白玉";
    private static final String[] TOWN_SUFFIX = {"街道", "镇", "乡"};
    private static final String[] DEPARTMENTS = {
        "发改局", "教育局", "科技局", "工信局", "民政局", "司法局", "财政局", "人社局", "自然资源局", "生态环境局", "住建局", "交通运输局", "水务局", "农业农村局", "商务局",
        "文旅局", "卫健委", "应急局", "审计局", "市场监管局", "统计局", "医保局", "信访局", "城管局", "林业局", "税务局", "融媒体中心", "政务服务中心"
    };
    private static final String CHINESE_TEXT =
            "深化改革推进落实工作机制创新服务群众基层治理营商环境优化审批流程数字政府建设" + "便民利企提质增效综合执法网格管理社会保障医疗卫生教育资源公共服务乡村振兴产业发展项目建设督查考核";
    static final List<String> TALLY_HEADER = List.of(
            "单位编码", "单位名称", "周起始日", "中央媒体", "省级媒体", "市级媒体", "区级媒体", "政务新媒体", "专栏稿件", "典型案例", "舆论监督", "一把手访谈", "社会宣传",
            "填报人", "填报日期", "备注");
    static final List<String> PROGRESS_HEADER = List.of(
            "任务编号", "报送单位编码", "报送月份", "进展状态", "完成进度", "本月进展", "主要成效", "存在问题", "下步打算", "典型经验", "推广层级", "填报人", "填报日期");

    record Unit(String code, String name, int group, String liaison, String email, String head, String headEmail) {}

    record Task(String code, String title, Unit lead, List<Unit> partners, ReportMonth start, ReportMonth planned) {}

    /** What was written: enough to read the benchmark's figures against. */
    public record Written(
            int units,
            int tasks,
            int files,
            long tallyRows,
            long progressRows,
            long mistakes,
            long corrections,
            long bytes) {}

    private final SplittableRandom random;
    private final List<Unit> units = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();
    private long tallyRows;
    private long progressRows;
    private long mistakes;
    private long corrections;
    private int files;

    private BenchDistrict(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** {@code BenchDistrict <units> <months> <seed> <configDir> <inboxDir>}: writes a district for a look or a run. */
    public static void main(String[] args) throws IOException {
        Written w = write(
                Path.of(args[3]),
                Path.of(args[4]),
                Integer.parseInt(args[0]),
                ReportMonth.of(2026, 10),
                Integer.parseInt(args[1]),
                Long.parseLong(args[2]));
        System.out.println(w);
    }

    /** Writes registries into {@code config} and {@code months} months of forms ending with {@code last} into {@code inbox}. */
    public static Written write(Path config, Path inbox, int unitCount, ReportMonth last, int months, long seed)
            throws IOException {
        BenchDistrict d = new BenchDistrict(seed);
        d.makeUnits(unitCount);
        ReportMonth first = last.plusMonths(-(months - 1));
        d.makeTasks(first, last);
        d.writeRegistries(config);
        for (ReportMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            d.writeMonth(inbox, m);
        }
        long bytes;
        try (var walk = Files.walk(inbox)) {
            bytes = walk.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
        return new Written(
                d.units.size(), d.tasks.size(), d.files, d.tallyRows, d.progressRows, d.mistakes, d.corrections, bytes);
    }

    /**
     * One large form for the intake comparison: every unit's tallies of the {@code weeks} weeks up to
     * {@code last}, in one sheet (the units are those {@link #write} makes from the same seed).
     */
    public static long writeBigForm(Path file, int unitCount, ReportMonth last, int weeks, long seed)
            throws IOException {
        BenchDistrict d = new BenchDistrict(seed);
        d.makeUnits(unitCount);
        LocalDate lastWeek = Weeks.of(last).get(Weeks.of(last).size() - 1);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = wb.createSheet("周报");
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue("宣传报道周报表（汇总）");
            writeRow(sheet.createRow(r++), new ArrayList<>(TALLY_HEADER));
            for (int w = weeks - 1; w >= 0; w--) {
                LocalDate week = lastWeek.minusWeeks(w);
                for (Unit u : d.units) {
                    writeRow(sheet.createRow(r++), d.tally(u, week));
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return r - 2L;
        }
    }

    private void makeUnits(int count) {
        Map<String, Integer> names = new HashMap<>();
        int[] perGroup = new int[GROUPS.length];
        for (int i = 0; i < count; i++) {
            int group = pickGroup(i, count);
            perGroup[group]++;
            String base = switch (group) {
                case 0 -> syllables(2) + TOWN_SUFFIX[random.nextInt(TOWN_SUFFIX.length)];
                case 1 -> "区" + DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
                case 2 -> syllables(2) + "经济开发区";
                default -> syllables(2) + "驻区办事处";
            };
            int seen = names.merge(base, 1, Integer::sum);
            String name = seen == 1 ? base : base + "（" + seen + "）";
            String code = String.format("U%05d", i + 1);
            String person = surname() + syllables(1 + random.nextInt(2));
            String head = surname() + syllables(1 + random.nextInt(2));
            // a few units have no usable address: the delivery lists them
            String email = random.nextInt(100) < 2 ? "" : code.toLowerCase() + "@units.example.cn";
            String headEmail = random.nextInt(100) < 10 ? "" : code.toLowerCase() + "-head@units.example.cn";
            units.add(new Unit(code, name, group, person, email, head, headEmail));
        }
    }

    /** The groups in their shares, interleaved so any prefix of the units is a realistic mix. */
    private static int pickGroup(int index, int count) {
        double position = (index * 0.6180339887) % 1.0;
        double sum = 0;
        for (int g = 0; g < GROUP_SHARE.length; g++) {
            sum += GROUP_SHARE[g];
            if (position < sum) {
                return g;
            }
        }
        return 0;
    }

    private void makeTasks(ReportMonth first, ReportMonth last) {
        int count = Math.max(3, units.size() / 4);
        for (int i = 0; i < count; i++) {
            Unit lead = units.get(random.nextInt(units.size()));
            List<Unit> partners = new ArrayList<>();
            for (int p = random.nextInt(3); p > 0; p--) {
                Unit partner = units.get(random.nextInt(units.size()));
                if (partner != lead && !partners.contains(partner)) {
                    partners.add(partner);
                }
            }
            ReportMonth start = first.plusMonths(random.nextInt(Math.max(1, monthsBetween(first, last))));
            ReportMonth planned = start.plusMonths(3 + random.nextInt(15));
            tasks.add(new Task(String.format("GG-%05d", i + 1), text(8, 18) + "改革", lead, partners, start, planned));
        }
    }

    private static int monthsBetween(ReportMonth a, ReportMonth b) {
        return (b.year() - a.year()) * 12 + b.monthValue() - a.monthValue() + 1;
    }

    private void writeRegistries(Path config) throws IOException {
        Files.createDirectories(config);
        try (CSVPrinter out = csv(config.resolve("units.csv"), StandardCharsets.UTF_8)) {
            out.printRecord("单位编码", "单位名称", "单位类型", "上级单位编码", "联络员", "联络员电话", "联络员邮箱", "负责人", "负责人邮箱", "启用月份", "停用月份");
            for (Unit u : units) {
                out.printRecord(
                        u.code(),
                        u.name(),
                        GROUPS[u.group()],
                        "",
                        u.liaison(),
                        "0943-5" + u.code().substring(1),
                        u.email(),
                        u.head(),
                        u.headEmail(),
                        "",
                        "");
            }
        }
        try (CSVPrinter out = csv(config.resolve("reform-tasks.csv"), StandardCharsets.UTF_8)) {
            out.printRecord("任务编号", "任务名称", "领衔领导", "牵头单位编码", "配合单位编码", "开始月份", "计划完成月份", "类别");
            for (Task t : tasks) {
                out.printRecord(
                        t.code(),
                        t.title(),
                        surname() + "某某",
                        t.lead().code(),
                        String.join("；", t.partners().stream().map(Unit::code).toList()),
                        t.start(),
                        t.planned(),
                        random.nextInt(3) == 0 ? "重点改革" : "一般改革");
            }
        }
        try (CSVPrinter out = csv(config.resolve("leaders.csv"), StandardCharsets.UTF_8)) {
            out.printRecord("姓名", "职务", "邮箱");
            out.printRecord("马国栋", "书记", "leader1@example.cn");
            out.printRecord("杨春梅", "副书记", "leader2@example.cn");
            out.printRecord("冯立新", "改革办主任", "leader3@example.cn");
        }
        // the ranking notice on, as in the demo's job-config/settings.yml, so the district step's
        // cost includes the notice (PDF and .docx) beside the district report
        Files.writeString(config.resolve("settings.yml"), """
                reform:
                  notice:
                    enabled: true
                    authority-name: 中共平川区委全面深化改革委员会办公室
                    number-prefix: 区委改办
                    first-number: 12
                    copies-to:
                      - 区委办公室
                      - 区政府办公室
                    printing-office: 平川区委改革办
                """);
    }

    private void writeMonth(Path inbox, ReportMonth month) throws IOException {
        Path folder = inbox.resolve(month.toString());
        Files.createDirectories(folder);
        List<LocalDate> weeks = Weeks.of(month);
        String label = month.year() + "年" + month.monthValue() + "月";
        List<List<Object>> corrected = new ArrayList<>();
        for (int g = 0; g < GROUPS.length; g++) {
            int group = g;
            List<Unit> members = units.stream().filter(u -> u.group() == group).toList();
            if (members.isEmpty()) {
                continue;
            }
            try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
                for (int w = 0; w < weeks.size(); w++) {
                    LocalDate week = weeks.get(w);
                    SXSSFSheet sheet = wb.createSheet("第" + (w + 1) + "周");
                    int r = 0;
                    sheet.createRow(r++).createCell(0).setCellValue(GROUPS[group] + "宣传报道周报表（" + week + "）");
                    writeRow(sheet.createRow(r++), new ArrayList<>(TALLY_HEADER));
                    for (Unit u : members) {
                        if (ownCsv(u) || random.nextInt(100) < 4) {
                            continue; // the unit sends its own CSV, or missed the week
                        }
                        List<Object> row = tally(u, week);
                        writeRow(sheet.createRow(r++), row);
                        tallyRows++;
                        if (random.nextInt(1000) < 5) {
                            List<Object> fix = new ArrayList<>(row);
                            fix.set(6, ((Integer) row.get(6)) + 1 + random.nextInt(3));
                            fix.set(14, ((LocalDate) row.get(14)).plusDays(2).toString());
                            corrected.add(fix);
                        }
                    }
                }
                try (OutputStream out =
                        Files.newOutputStream(folder.resolve("宣传报道周报表_" + GROUPS[group] + "_" + label + ".xlsx"))) {
                    wb.write(out);
                }
                files++;
            }
        }
        for (Unit u : units) {
            if (ownCsv(u)) {
                // WPS exports GB18030; a unit's own file covers the month's weeks
                try (CSVPrinter out =
                        csv(folder.resolve(u.code() + "_" + label + "周报.csv"), Charset.forName("GB18030"))) {
                    out.printRecord(TALLY_HEADER);
                    for (LocalDate week : weeks) {
                        out.printRecord(
                                tally(u, week).stream().map(String::valueOf).toList());
                        tallyRows++;
                    }
                }
                files++;
            }
        }
        if (!corrected.isEmpty()) {
            try (CSVPrinter out = csv(folder.resolve("更正_" + label + ".csv"), StandardCharsets.UTF_8)) {
                out.printRecord(TALLY_HEADER);
                for (List<Object> row : corrected) {
                    out.printRecord(row.stream().map(String::valueOf).toList());
                }
            }
            corrections += corrected.size();
            tallyRows += corrected.size();
            files++;
        }
        writeProgress(folder, month, label);
    }

    private boolean ownCsv(Unit u) {
        return Math.floorMod(u.code().hashCode(), 100) == 7;
    }

    /** One week's tally of a unit: most counts small, a central-media article rare, now and then a mistake. */
    private List<Object> tally(Unit u, LocalDate week) {
        int central = random.nextInt(100) < 3 ? 1 : 0;
        int provincial = poisson(0.4);
        int municipal = poisson(1.2);
        int district = poisson(3.0);
        int newMedia = poisson(6.0);
        int total = central + provincial + municipal + district + newMedia;
        int special = total == 0 ? 0 : random.nextInt(Math.min(total, 3) + 1);
        LocalDate due = week.plusDays(7);
        int lateness = random.nextInt(100);
        LocalDate filled = lateness < 92 ? due.minusDays(random.nextInt(3)) : due.plusDays(1 + random.nextInt(5));
        List<Object> row = new ArrayList<>(List.of(
                u.code(),
                u.name(),
                week.toString(),
                central,
                provincial,
                municipal,
                district,
                newMedia,
                special,
                random.nextInt(10) == 0 ? 1 : 0,
                0,
                random.nextInt(20) == 0 ? 1 : 0,
                poisson(1.0),
                u.liaison(),
                filled,
                random.nextInt(10) < 3 ? text(6, 30) : ""));
        if (random.nextInt(1000) < 2) {
            mistakes++;
            switch (random.nextInt(5)) {
                case 0 -> row.set(2, week.plusDays(2).toString()); // a Wednesday
                case 1 -> row.set(0, "X" + random.nextInt(1000)); // unknown unit
                case 2 -> row.set(5, "三"); // a worded count
                case 3 -> row.set(6, -1); // negative
                default -> row.set(8, total + 5); // 专栏稿件 above the media total
            }
        }
        return row;
    }

    private void writeProgress(Path folder, ReportMonth month, String label) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = wb.createSheet("进展");
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue("改革任务进展表（" + label + "）");
            writeRow(sheet.createRow(r++), new ArrayList<>(PROGRESS_HEADER));
            LocalDate filled = month.value().plusMonths(1).atDay(3);
            for (Task t : tasks) {
                if (month.isBefore(t.start()) || random.nextInt(100) < 5) {
                    continue;
                }
                writeRow(sheet.createRow(r++), progress(t, t.lead(), month, filled));
                progressRows++;
                for (Unit partner : t.partners()) {
                    if (random.nextInt(3) == 0) {
                        writeRow(sheet.createRow(r++), progress(t, partner, month, filled));
                        progressRows++;
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(folder.resolve("改革任务进展表_" + label + ".xlsx"))) {
                wb.write(out);
            }
            files++;
        }
    }

    private List<Object> progress(Task t, Unit unit, ReportMonth month, LocalDate filled) {
        int roll = random.nextInt(100);
        String status = month.isAfter(t.planned())
                ? (roll < 60 ? "已完成" : "滞后")
                : roll < 8 ? "已完成" : roll < 80 ? "按期推进" : roll < 92 ? "滞后" : "未启动";
        String level = random.nextInt(100) < 3 ? (random.nextInt(5) == 0 ? "省级" : "市级") : "";
        return new ArrayList<>(List.of(
                t.code(),
                unit.code(),
                month.toString(),
                status,
                status.equals("已完成") ? 100 : random.nextInt(95),
                text(40, 160),
                text(30, 120),
                random.nextInt(3) == 0 ? text(20, 60) : "",
                text(20, 80),
                level.isEmpty() ? "" : text(30, 90),
                level,
                unit.liaison(),
                filled.toString()));
    }

    private static void writeRow(Row row, List<Object> values) {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v instanceof Integer n) {
                row.createCell(c).setCellValue(n);
            } else if (v != null && !v.toString().isEmpty()) {
                row.createCell(c).setCellValue(v.toString());
            }
        }
    }

    private static CSVPrinter csv(Path file, Charset charset) throws IOException {
        Writer writer = Files.newBufferedWriter(file, charset);
        if (charset.equals(StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
        }
        return new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    private int poisson(double mean) {
        double l = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private String syllables(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(SYLLABLES.charAt(random.nextInt(SYLLABLES.length())));
        }
        return sb.toString();
    }

    private String surname() {
        return String.valueOf("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗".charAt(random.nextInt(20)));
    }

    private String text(int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(i > 0 && i % 17 == 0 ? '，' : CHINESE_TEXT.charAt(random.nextInt(CHINESE_TEXT.length())));
        }
        return sb.append('。').toString();
    }
}

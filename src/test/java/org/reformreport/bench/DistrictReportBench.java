package org.reformreport.bench;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.intake.PromotionLevel;
import org.reformreport.outputs.document.DistrictMonth;
import org.reformreport.outputs.document.DistrictReportWriter;
import org.reformreport.outputs.document.DocumentPart;
import org.reformreport.outputs.document.NoticeNarrative;
import org.reformreport.outputs.document.RankingNotice;
import org.reformreport.outputs.document.RankingNoticeWriter;
import org.reformreport.outputs.document.ReportFonts;
import org.reformreport.outputs.document.ReportTemplates;
import org.reformreport.outputs.document.WordDocument;
import org.reformreport.outputs.document.WordFaces;
import org.reformreport.summary.EffectiveStatus;
import org.reformreport.summary.MediaCounts;
import org.reformreport.summary.OfWhichCounts;
import org.reformreport.summary.UnitMonthFigures;
import org.reformreport.summary.UnitScore;
import org.reformreport.summary.WeekSubmission;
import org.reformreport.support.ContentFingerprint;

/**
 * The district step's documents alone, at any size, without the job: a month of N units shaped as
 * {@link BenchDistrict} shapes them (groups, names, tasks with long texts, missed and late weeks),
 * each document written and timed on its own, with the heap used after a full collection.
 * {@code DistrictReportBench <units> <outDir> [rounds]}; run with -Xmx1g like the job.
 */
public final class DistrictReportBench {

    private DistrictReportBench() {}

    public static void main(String[] args) throws Exception {
        int units = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        String only = args.length > 3 ? args[3] : "all";
        Files.createDirectories(out);
        ReportMonth month = ReportMonth.of(2026, 10);
        DistrictMonth district = month(units, month, 20261022L);
        Map<String, Map<LocalDate, WeekSubmission>> grid = grid(district, month, 20261022L);
        ReportFonts fonts = ReportFonts.load(Map.of());
        ReportTemplates templates = ReportTemplates.load(Path.of("templates"));
        LocalDate issued = LocalDate.of(2026, 11, 3);
        RankingNotice notice = new RankingNotice(
                "中共平川区委全面深化改革委员会办公室", "区委改办〔2026〕12号", List.of("区委办公室", "区政府办公室"), "中共平川区委全面深化改革委员会办公室");
        System.out.printf(
                "units %d, tasks %d, experiences %d, heap after gc %d MB%n",
                units, district.tasks().size(), district.experiences().size(), usedAfterGc());
        for (int round = 1; round <= rounds; round++) {
            DistrictReportWriter writer = new DistrictReportWriter(fonts, templates);
            long t0 = now();
            if (only.equals("all") || only.equals("pdf")) {
                writer.write(out.resolve("district.pdf"), district, grid, issued);
            }
            long t1 = now();
            if (only.equals("all") || only.equals("docx")) {
                writer.writeWord(out.resolve("district.docx"), district, grid, issued, WordFaces.OFFICE);
            }
            long t2 = now();
            String fingerprint = ContentFingerprint.of(district, grid);
            long t3 = now();
            List<DocumentPart> parts = notice.parts(district, templates, issued);
            String title = new NoticeNarrative(templates).title(district);
            if (only.equals("all") || only.equals("notice")) {
                new RankingNoticeWriter(fonts).write(out.resolve("notice.pdf"), title, notice.authority(), parts);
            }
            long t4 = now();
            if (only.equals("all") || only.equals("noticedocx")) {
                WordDocument.write(out.resolve("notice.docx"), parts, WordFaces.OFFICE, title, notice.authority());
            }
            long t5 = now();
            ContentFingerprint.of(notice, district);
            long t6 = now();
            System.out.printf(
                    "round %d: district pdf %.2f s, docx %.2f s, fingerprint %.2f s, notice pdf %.2f s, docx %.2f s,"
                            + " fingerprint %.2f s; total %.2f s; heap after gc %d MB%n",
                    round,
                    (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9,
                    (t3 - t2) / 1e9,
                    (t4 - t3) / 1e9,
                    (t5 - t4) / 1e9,
                    (t6 - t5) / 1e9,
                    (t6 - t0) / 1e9,
                    usedAfterGc());
            if (fingerprint.isEmpty()) {
                throw new IllegalStateException();
            }
        }
    }

    /** Wall time, or this thread's CPU time with -Dbench.cpu=true (the machine is shared: CPU time is what others disturb least). */
    private static long now() {
        return Boolean.getBoolean("bench.cpu")
                ? ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                : System.nanoTime();
    }

    private static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static final String SYLLABLES =
            "青石东西南北长安兴平红光明新华和顺永丰河川山林金水清泉龙凤宝云天乐福康宁德仁义礼信" + "城关桥塘湾坪沟岭湖滨江海阳春秋河阴华峰茂盛柏松梅竹兰桂杨柳白玉";
    private static final String[] DEPARTMENTS = {
        "发改局", "教育局", "科技局", "工信局", "民政局", "司法局", "财政局", "人社局", "自然资源局", "生态环境局", "住建局", "交通运输局", "水务局", "农业农村局", "商务局",
        "文旅局", "卫健委", "应急局", "审计局", "市场监管局", "统计局", "医保局", "信访局", "城管局", "林业局", "税务局", "融媒体中心", "政务服务中心"
    };
    private static final String TEXT =
            "深化改革推进落实工作机制创新服务群众基层治理营商环境优化审批流程数字政府建设" + "便民利企提质增效综合执法网格管理社会保障医疗卫生教育资源公共服务乡村振兴产业发展项目建设督查考核";

    /** A month of {@code count} units, figures and scores as the summary stage would store them. */
    static DistrictMonth month(int count, ReportMonth month, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<UnitMonthFigures> figures = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        int weeks = month.weeks().size();
        for (int i = 0; i < count; i++) {
            double position = (i * 0.6180339887) % 1.0;
            int group = position < 0.35 ? 0 : position < 0.85 ? 1 : position < 0.90 ? 2 : 3;
            String base = switch (group) {
                case 0 -> syllables(random, 2) + new String[] {"街道", "镇", "乡"}[random.nextInt(3)];
                case 1 -> "区" + DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
                case 2 -> syllables(random, 2) + "经济开发区";
                default -> syllables(random, 2) + "驻区办事处";
            };
            int seen = names.merge(base, 1, Integer::sum);
            String name = seen == 1 ? base : base + "（" + seen + "）";
            int missing = 0;
            int late = 0;
            for (int w = 0; w < weeks; w++) {
                int roll = random.nextInt(100);
                if (roll < 4) {
                    missing++;
                } else if (roll < 12) {
                    late++;
                }
            }
            Map<EffectiveStatus, Integer> tasks = new EnumMap<>(EffectiveStatus.class);
            if (random.nextInt(4) == 0) {
                tasks.put(EffectiveStatus.values()[random.nextInt(4)], 1);
            }
            int total = 5 + random.nextInt(60);
            figures.add(UnitMonthFigures.builder(String.format("U%05d", i + 1), name, BenchDistrict.GROUPS[group])
                    .weeksDue(weeks)
                    .onTime(weeks - missing - late)
                    .late(late)
                    .media(new MediaCounts(
                            random.nextInt(2), random.nextInt(5), random.nextInt(8), total / 3, total - total / 3))
                    .previousMonthTotal(5 + random.nextInt(60))
                    .lastYearTotal(random.nextInt(60))
                    .yearToDateTotal(300 + random.nextInt(300))
                    .ofWhich(new OfWhichCounts(
                            random.nextInt(4), random.nextInt(2), 0, random.nextInt(2), random.nextInt(3)))
                    .leadTasks(tasks)
                    .promotions(random.nextInt(30) == 0 ? Map.of(PromotionLevel.MUNICIPAL, 1) : Map.of())
                    .build());
        }
        // scores and ranks within each group, as Scoring ranks them (highest first, ties share a rank)
        Map<String, UnitScore> scores = new LinkedHashMap<>();
        Map<String, List<UnitScore>> byGroup = new LinkedHashMap<>();
        for (UnitMonthFigures f : figures) {
            BigDecimal publicity = BigDecimal.valueOf(random.nextInt(4000), 2);
            BigDecimal submission = BigDecimal.valueOf(random.nextInt(3000), 2);
            BigDecimal task = BigDecimal.valueOf(random.nextInt(3000), 2);
            BigDecimal bonus = BigDecimal.valueOf(random.nextInt(10) == 0 ? 200 : 0, 2);
            BigDecimal total = publicity.add(submission).add(task).add(bonus).setScale(2, RoundingMode.HALF_UP);
            byGroup.computeIfAbsent(f.group(), g -> new ArrayList<>())
                    .add(new UnitScore(
                            f.unitCode(), BigDecimal.TEN, publicity, submission, task, false, bonus, total, 0));
        }
        byGroup.values().forEach(group -> {
            group.sort(Comparator.comparing(UnitScore::total).reversed());
            int rank = 0;
            BigDecimal previous = null;
            for (int i = 0; i < group.size(); i++) {
                UnitScore s = group.get(i);
                if (previous == null || s.total().compareTo(previous) != 0) {
                    rank = i + 1;
                }
                previous = s.total();
                scores.put(s.unitCode(), s.withRank(rank));
            }
        });
        List<DistrictMonth.TaskLine> tasks = new ArrayList<>();
        List<DistrictMonth.Experience> experiences = new ArrayList<>();
        for (int i = 0; i < Math.max(3, count / 4); i++) {
            UnitMonthFigures lead = figures.get(random.nextInt(figures.size()));
            int roll = random.nextInt(100);
            EffectiveStatus status = roll < 5
                    ? EffectiveStatus.NOT_REPORTED
                    : roll < 15
                            ? EffectiveStatus.COMPLETED
                            : roll < 80 ? EffectiveStatus.ON_TRACK : EffectiveStatus.LAGGING;
            tasks.add(new DistrictMonth.TaskLine(
                    String.format("GG-%05d", i + 1),
                    text(random, 8, 18) + "改革",
                    lead.unitName(),
                    "王某某",
                    status,
                    status == EffectiveStatus.NOT_REPORTED ? null : text(random, 30, 120)));
            if (status != EffectiveStatus.NOT_REPORTED && random.nextInt(100) < 3) {
                experiences.add(new DistrictMonth.Experience(
                        lead.unitName(), text(random, 30, 90), random.nextInt(5) == 0 ? "省级" : "市级"));
            }
        }
        return new DistrictMonth("平川区", "中共平川区委全面深化改革委员会办公室", month, figures, scores, tasks, experiences);
    }

    /** Each unit's weeks: the missed and late ones its figures count. */
    static Map<String, Map<LocalDate, WeekSubmission>> grid(DistrictMonth district, ReportMonth month, long seed) {
        Map<String, Map<LocalDate, WeekSubmission>> grid = new HashMap<>();
        List<LocalDate> weeks = month.weeks();
        for (UnitMonthFigures f : district.units()) {
            Map<LocalDate, WeekSubmission> unit = new HashMap<>();
            int w = 0;
            for (int i = 0; i < f.missing(); i++) {
                w++; // missing weeks are absent from the grid
            }
            for (int i = 0; i < f.late(); i++) {
                unit.put(weeks.get(w++), WeekSubmission.LATE);
            }
            while (w < weeks.size()) {
                unit.put(weeks.get(w++), WeekSubmission.ON_TIME);
            }
            grid.put(f.unitCode(), unit);
        }
        return grid;
    }

    private static String syllables(SplittableRandom random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(SYLLABLES.charAt(random.nextInt(SYLLABLES.length())));
        }
        return sb.toString();
    }

    private static String text(SplittableRandom random, int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(i > 0 && i % 17 == 0 ? '，' : TEXT.charAt(random.nextInt(TEXT.length())));
        }
        return sb.append('。').toString();
    }
}

package org.reformreport.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.intake.PromotionLevel;
import org.reformreport.outputs.document.ReportFonts;
import org.reformreport.outputs.document.ReportTemplates;
import org.reformreport.outputs.document.UnitMonth;
import org.reformreport.outputs.document.UnitReportWriter;
import org.reformreport.summary.EffectiveStatus;
import org.reformreport.summary.MediaCounts;
import org.reformreport.summary.OfWhichCounts;
import org.reformreport.summary.UnitMonthFigures;
import org.reformreport.summary.UnitScore;
import org.reformreport.summary.WeekSubmission;

/**
 * The unit report writer alone, without the job around it, for profiling (JFR) and quick before/after
 * comparisons: {@code <docs> <threads> <outDir>}. Prints {@code UNITS docs=.. seconds=.. docs_per_s=.. avg_kb=..}.
 */
public final class UnitReportProfile {

    private static final String NAMES = "长征街道水泉镇区发改局城关镇新华街道区文旅局经开区税务局青龙乡喆园社区管委会";

    public static void main(String[] args) throws Exception {
        int docs = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        long start = System.nanoTime();
        ReportFonts fonts = ReportFonts.load(Map.of());
        ReportTemplates templates = ReportTemplates.load(Path.of("templates"));
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                UnitReportWriter writer = new UnitReportWriter(fonts, templates);
                long bytes = 0;
                for (int i = next.getAndIncrement(); i < docs; i = next.getAndIncrement()) {
                    Path f = out.resolve(String.format("unit-%05d.pdf", i));
                    writer.write(f, unit(i), LocalDate.of(2026, 11, 3));
                    bytes += Files.size(f);
                }
                return bytes;
            }));
        }
        long bytes = 0;
        for (Future<Long> r : results) {
            bytes += r.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(String.format(
                Locale.ROOT,
                "UNITS docs=%d threads=%d seconds=%.2f docs_per_s=%.1f avg_kb=%d",
                docs,
                threads,
                seconds,
                docs / seconds,
                Math.round(bytes / 1024.0 / docs)));
    }

    static UnitMonth unit(int n) {
        Random rnd = new Random(20261005L + n);
        int a = rnd.nextInt(NAMES.length() - 5);
        String name = NAMES.substring(a, a + 3 + rnd.nextInt(3)) + n;
        Map<EffectiveStatus, Integer> tasks = new EnumMap<>(EffectiveStatus.class);
        tasks.put(EffectiveStatus.ON_TRACK, 1);
        UnitMonthFigures f = UnitMonthFigures.builder("U" + n, name, "乡镇街道")
                .weeksDue(5)
                .onTime(3)
                .late(1)
                .media(new MediaCounts(
                        rnd.nextInt(3), rnd.nextInt(5), rnd.nextInt(9), rnd.nextInt(30), rnd.nextInt(40)))
                .previousMonthTotal(rnd.nextInt(60))
                .lastYearTotal(rnd.nextInt(60))
                .yearToDateTotal(300 + rnd.nextInt(300))
                .ofWhich(new OfWhichCounts(1, 0, 0, 0, 2))
                .leadTasks(tasks)
                .promotions(Map.of(PromotionLevel.MUNICIPAL, 1))
                .build();
        BigDecimal total = BigDecimal.valueOf(6000 + rnd.nextInt(4000), 2);
        UnitScore score = new UnitScore(
                f.unitCode(),
                BigDecimal.TEN,
                total.subtract(BigDecimal.valueOf(50)),
                BigDecimal.valueOf(30),
                BigDecimal.valueOf(20),
                false,
                BigDecimal.ZERO,
                total,
                1 + rnd.nextInt(40));
        Map<ReportMonth, Integer> trend = new LinkedHashMap<>();
        for (int m = 1; m <= 10; m++) {
            trend.put(ReportMonth.of(2026, m), rnd.nextInt(80));
        }
        List<UnitMonth.Task> lead = List.of(
                new UnitMonth.Task("基层“末梢治理”改革", "推进中", "完成社区网格划分，建立联席会议制度，办理时限压缩85%，群众满意度明显提升。"),
                new UnitMonth.Task("数字政府建设", "滞后", null));
        return new UnitMonth(
                "中共平川区委全面深化改革委员会办公室",
                ReportMonth.of(2026, 10),
                f,
                score,
                40,
                Map.of(
                        LocalDate.of(2026, 9, 28), WeekSubmission.ON_TIME,
                        LocalDate.of(2026, 10, 5), WeekSubmission.LATE,
                        LocalDate.of(2026, 10, 12), WeekSubmission.ON_TIME,
                        LocalDate.of(2026, 10, 19), WeekSubmission.ON_TIME),
                lead,
                trend);
    }
}

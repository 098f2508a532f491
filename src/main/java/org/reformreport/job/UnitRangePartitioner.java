package org.reformreport.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reformreport.document.UnitRange;
import org.reformreport.summary.SummaryRepository;
import org.reformreport.summary.UnitMonthFigures;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the run's active units into ranges of unit codes, one partition each: at least one per
 * rendering thread, and none larger than {@value #MAX_UNITS} units, so a failed partition redoes
 * little and a restart resumes at the ranges that had not finished.
 */
class UnitRangePartitioner implements Partitioner {

    static final String FIRST = "firstUnit";
    static final String LAST = "lastUnit";
    static final int MAX_UNITS = 500;

    private final SummaryRepository summaries;
    private final long runId;

    UnitRangePartitioner(SummaryRepository summaries, long runId) {
        this.summaries = summaries;
        this.runId = runId;
    }

    @Override
    public Map<String, ExecutionContext> partition(int threads) {
        List<String> codes = summaries.figures(runId).stream().map(UnitMonthFigures::unitCode).toList();
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        List<UnitRange> ranges = UnitRange.split(codes, threads, MAX_UNITS);
        for (int i = 0; i < ranges.size(); i++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(FIRST, ranges.get(i).first());
            context.putString(LAST, ranges.get(i).last());
            partitions.put(String.format("units%04d", i), context);
        }
        return partitions;
    }
}

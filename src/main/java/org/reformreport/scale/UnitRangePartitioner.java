package org.reformreport.scale;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.reformreport.registry.UnitRange;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the run's active units into ranges of unit codes, one partition each: at least one per
 * thread (or worker), and none larger than a step's own limit, so a failed partition redoes little
 * and a restart resumes at the ranges that had not finished.
 */
public class UnitRangePartitioner implements Partitioner {

    public static final String FIRST = "firstUnit";
    public static final String LAST = "lastUnit";
    /** Unit reports: about 20 s of rendering a range. */
    public static final int REPORTS_PER_PARTITION = 500;
    /**
     * Unit figures: each range reads the month's rows once, which costs about as much as computing
     * thousands of units, so ranges are large.
     */
    public static final int FIGURES_PER_PARTITION = 5000;

    private final int maxUnits;
    private final Supplier<List<String>> unitCodes;

    /** @param unitCodes the run's active units, asked for when the step partitions (not on a restart) */
    public UnitRangePartitioner(int maxUnits, Supplier<List<String>> unitCodes) {
        this.maxUnits = maxUnits;
        this.unitCodes = unitCodes;
    }

    /** The range a partition's step execution works on. */
    public static UnitRange rangeOf(ExecutionContext context) {
        return new UnitRange(context.getString(FIRST), context.getString(LAST));
    }

    @Override
    public Map<String, ExecutionContext> partition(int threads) {
        List<String> codes = unitCodes.get();
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        List<UnitRange> ranges = UnitRange.split(codes, threads, maxUnits);
        for (int i = 0; i < ranges.size(); i++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(FIRST, ranges.get(i).first());
            context.putString(LAST, ranges.get(i).last());
            partitions.put(String.format("units%04d", i), context);
        }
        return partitions;
    }
}

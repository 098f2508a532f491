package org.reformreport.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Decides, for a batch of newly accepted rows, which row counts for each key (tally: unit + week;
 * progress: task + unit + month) given the rows already counted. Plain rule, no storage: the caller
 * applies the decisions.
 */
final class SupersedeResolver {

    /** A row in storage, known by its storage id: the one counted for its key, or (deciding again) any. */
    public record Counted(long id, String key, Submission submission) {}

    /** The outcome: which new rows count, which lose (and to whom), which stored rows are replaced. */
    public record Resolution<T>(
            List<T> counted, Map<T, Submission> supersededNew, Map<Counted, Submission> supersededStored) {}

    private SupersedeResolver() {}

    public static <T> Resolution<T> resolve(
            List<T> newRows, Function<T, String> key, Function<T, Submission> submission, Map<String, Counted> stored) {
        // The current holder of each key: a stored row (Counted) or a new row (T).
        Map<String, Object> holder = new HashMap<>(stored);
        Map<T, Submission> supersededNew = new HashMap<>();
        Map<Counted, Submission> supersededStored = new HashMap<>();
        for (T row : newRows) {
            String k = key.apply(row);
            Submission incoming = submission.apply(row);
            Object current = holder.get(k);
            if (current == null) {
                holder.put(k, row);
                continue;
            }
            Submission currentSubmission =
                    current instanceof Counted c ? c.submission() : submission.apply(cast(current));
            if (incoming.supersedes(currentSubmission)) {
                if (current instanceof Counted c) {
                    supersededStored.put(c, incoming);
                } else {
                    supersededNew.put(cast(current), incoming);
                }
                holder.put(k, row);
            } else {
                supersededNew.put(row, currentSubmission);
            }
        }
        List<T> counted = new ArrayList<>();
        for (T row : newRows) {
            if (!supersededNew.containsKey(row)) {
                counted.add(row);
            }
        }
        return new Resolution<>(counted, supersededNew, supersededStored);
    }

    /**
     * The row that counts among rows of one key: the one whose submission supersedes every other
     * (deciding a key again when a file's rows are taken out).
     */
    public static <T> T winner(Collection<T> rows, Function<T, Submission> submission) {
        T winner = null;
        for (T row : rows) {
            if (winner == null || submission.apply(row).supersedes(submission.apply(winner))) {
                winner = row;
            }
        }
        if (winner == null) {
            throw new IllegalArgumentException("no rows to decide between");
        }
        return winner;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }
}

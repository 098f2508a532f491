package org.reformreport.publish;

import java.util.List;
import org.reformreport.outputs.ReportOutput;
import org.reformreport.support.FileHashes;
import org.springframework.jdbc.core.JdbcTemplate;

/** The fingerprints of a run's documents (table report_output), written by the steps that make them. */
public class ReportOutputRepository {

    private final JdbcTemplate jdbc;

    public ReportOutputRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the run's documents of the given kinds: a restarted step writes them afresh. */
    public void replace(long runId, List<ReportOutput> outputs, ReportOutput.Kind... kinds) {
        for (ReportOutput.Kind kind : kinds) {
            jdbc.update("DELETE FROM report_output WHERE run_id = ? AND kind = ?", runId, kind.name());
        }
        insert(runId, outputs);
    }

    private void insert(long runId, List<ReportOutput> outputs) {
        jdbc.batchUpdate(
                "INSERT INTO report_output (run_id, path, kind, unit_code, content_fingerprint)"
                        + " VALUES (?, ?, ?, ?, ?)",
                outputs,
                1000,
                (ps, o) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, o.path());
                    ps.setString(3, o.kind().name());
                    ps.setString(4, o.unitCode());
                    ps.setString(5, o.fingerprint());
                });
    }

    /** Replaces the unit reports of one range of unit codes: a restarted partition writes its range afresh. */
    public void replaceUnits(long runId, org.reformreport.registry.UnitRange range, List<ReportOutput> outputs) {
        // the range is in Java's code order; the database's collation may order codes otherwise
        List<String> stale = jdbc
                .queryForList(
                        "SELECT unit_code FROM report_output WHERE run_id = ? AND kind = 'UNIT'", String.class, runId)
                .stream()
                .filter(range::contains)
                .toList();
        jdbc.batchUpdate(
                "DELETE FROM report_output WHERE run_id = ? AND kind = 'UNIT' AND unit_code = ?",
                stale,
                500,
                (ps, code) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, code);
                });
        insert(runId, outputs);
    }

    /** A staged output as its step wrote it: where, whose, and its size and hash then. */
    public record StagedFile(String path, ReportOutput.Kind kind, String unitCode, Long bytes, String sha256) {}

    /** Records the size and hash of outputs just written into the staging folder. */
    public void recordWritten(long runId, java.nio.file.Path staging, List<ReportOutput> outputs)
            throws java.io.IOException {
        List<Object[]> rows = new java.util.ArrayList<>();
        for (ReportOutput o : outputs) {
            java.nio.file.Path file = staging.resolve(o.path());
            rows.add(new Object[] {
                java.nio.file.Files.size(file),
                FileHashes.sha256(file),
                runId,
                o.kind().name(),
                o.unitCode()
            });
        }
        // by primary key: partitions recording their ranges at once lock only their own rows (MySQL)
        jdbc.batchUpdate(
                "UPDATE report_output SET size_bytes = ?, sha256 = ? WHERE run_id = ? AND kind = ?"
                        + " AND unit_code = ?",
                rows);
    }

    /** The run's outputs of the given kind (all kinds when null) with what they were when written. */
    public List<StagedFile> staged(long runId, ReportOutput.Kind kind) {
        String sql = "SELECT path, kind, unit_code, size_bytes, sha256 FROM report_output WHERE run_id = ?"
                + (kind == null ? "" : " AND kind = ?") + " ORDER BY kind, unit_code, path";
        Object[] args = kind == null ? new Object[] {runId} : new Object[] {runId, kind.name()};
        return jdbc.query(
                sql,
                (rs, i) -> new StagedFile(
                        rs.getString(1),
                        ReportOutput.Kind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        (Long) rs.getObject(4, Long.class),
                        rs.getString(5)),
                args);
    }

    public List<ReportOutput> outputs(long runId) {
        return jdbc.query(
                "SELECT path, kind, unit_code, content_fingerprint FROM report_output WHERE run_id = ?"
                        + " ORDER BY kind, unit_code, path",
                (rs, i) -> new ReportOutput(
                        rs.getString(1), ReportOutput.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)),
                runId);
    }
}

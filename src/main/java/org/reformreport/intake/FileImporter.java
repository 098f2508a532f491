package org.reformreport.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reformreport.intake.FormReading.FileOutcome;
import org.reformreport.intake.IntakeRepository.FileCounts;
import org.reformreport.intake.IntakeRepository.Rejection;
import org.reformreport.intake.IntakeRepository.Warning;
import org.reformreport.intake.SupersedeResolver.Counted;
import org.reformreport.intake.SupersedeResolver.Resolution;
import org.reformreport.intake.read.FormFileReader;
import org.reformreport.registry.Registry;
import org.reformreport.support.FileHashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one inbox file: reads it (what becomes of each row is decided by {@link FormReading}, as
 * for {@link FormCheck}), resolves corrections against what is already counted, and stores the lot. The caller runs it in a transaction; a file that turns out to
 * be unreadable part-way is rolled back to a savepoint and recorded as a whole.
 */
public final class FileImporter {

    private static final Logger log = LoggerFactory.getLogger(FileImporter.class);
    static final int BATCH = 1000;

    /**
     * What the rows waiting in a batch may hold in characters before they are written, whatever
     * their number: rows of long text (a pasted paragraph, quoted again in its reason and kept among
     * its cells) make a batch of many megabytes, which MySQL refuses above max_allowed_packet (4 MB
     * on MySQL 5.7, 16 MB on MariaDB) and Connector/J, rewriting the batch, did not split in time.
     * A million characters is at most 3 MB of UTF-8.
     */
    static final long BATCH_CHARS = 1_000_000;

    /** The warning of a form with its header and nothing under it, for the weekly round's notice to the office. */
    public static final String NO_DATA = FormReading.NO_DATA_WARNING;

    public enum Outcome {
        /** Read by this run. */
        IMPORTED,
        /** The same content was imported by an earlier run: its rows count as they are. */
        ALREADY_IMPORTED,
        /** The same content as another file this run saw: its rows count once, under the other name. */
        DUPLICATE,
        /** Could not be read at all (not a spreadsheet, encrypted, too large, no permission …). */
        UNREADABLE,
        /** Readable, but holds no tally or progress form. */
        NO_FORM;

        /** Whether the name's rows are the content's rows (not refused, not a second name for them). */
        public boolean countsRows() {
            return this == IMPORTED || this == ALREADY_IMPORTED;
        }

        /** What the name stands as: imported when its rows count, else what became of it. */
        public FileStatus status() {
            return switch (this) {
                case IMPORTED, ALREADY_IMPORTED -> FileStatus.IMPORTED;
                case DUPLICATE -> FileStatus.DUPLICATE;
                case UNREADABLE -> FileStatus.UNREADABLE;
                case NO_FORM -> FileStatus.NO_FORM;
            };
        }
    }

    /** What one file came to, for the run's log and summary. */
    public record Result(String fileName, Outcome outcome, String problem, FileCounts counts) {}

    private final IntakeRepository repository;
    private final FormFileReader reader;
    private final TallyRowValidator tallies;
    private final ProgressRowValidator progress;
    private final TransactionTemplate savepoint;
    private final ZoneId zone;
    private final String registrySha;
    private final IntakeLimits limits;

    /**
     * @param limits the weekly count limit and today (in {@code zone}) that rows are checked against
     * @param zone   the office's time zone, in which a file's modification time becomes its date
     */
    public FileImporter(
            IntakeRepository repository,
            FormFileReader reader,
            Registry registry,
            TransactionTemplate nestedTransaction,
            IntakeLimits limits,
            ZoneId zone) {
        this.repository = repository;
        this.reader = reader;
        this.registrySha = registry.fingerprint();
        this.limits = limits;
        this.tallies = new TallyRowValidator(registry, limits);
        this.progress = new ProgressRowValidator(registry, limits);
        this.savepoint = nestedTransaction;
        this.zone = zone;
    }

    /**
     * Imports a file not seen before (or refused before: limits and readers may have changed since).
     * A file whose bytes cannot be read (no permission, removed meanwhile, an I/O error) is recorded
     * as unreadable under its name, like any file the readers refuse.
     */
    public Result importFile(Path inbox, Path file, long runId) {
        String name = InboxScanner.relativeName(inbox, file);
        String sha256;
        Instant modified;
        long size;
        try {
            sha256 = FileHashes.sha256(file);
            modified = Files.getLastModifiedTime(file).toInstant();
            size = Files.size(file);
        } catch (IOException e) {
            log.debug("Cannot read inbox file {}", name, e);
            return recordUnreadable(inbox, file, "文件无法打开（" + InboxScanner.why(e) + "），请管理员检查文件", runId);
        }
        var existing = repository.findFileBySha(sha256);
        long fileId;
        if (existing.isPresent()
                && !existing.get().readAgain()
                && !repository.needsRecheck(existing.get().id(), registrySha)
                && !repository.holdsRowsBeyond(existing.get().id(), limits)) {
            long id = existing.get().id();
            var firstName = repository.otherNameInRun(runId, id, name);
            if (firstName.isPresent()) {
                String problem = "与“" + firstName.get() + "”内容完全相同，其数据已按该文件计入，本文件不重复计入";
                repository.linkRun(runId, id, name, Outcome.DUPLICATE, problem);
                return new Result(name, Outcome.DUPLICATE, problem, FileCounts.NONE);
            }
            repository.linkRun(runId, id, name, Outcome.ALREADY_IMPORTED, null);
            return new Result(name, Outcome.ALREADY_IMPORTED, null, repository.countsOf(id));
        } else if (existing.isPresent()) {
            // Refused before, imported by an abandoned run, rows rejected for an unknown unit/task and
            // the registry changed since, or rows kept that today's limits refuse (imported under a
            // higher limit, or before there was one: a 2147483647, a 填报日期 of 2099): read it again.
            fileId = existing.get().id();
            repository.forgetRows(fileId);
            repository.reopen(fileId, name, runId);
        } else {
            fileId = repository.insertFile(sha256, name, size, modified, runId);
        }
        Result result = read(file, name, fileId, modified);
        repository.linkRun(runId, fileId, name, result.outcome(), result.problem());
        return result;
    }

    /** An inbox entry that cannot be read at all: listed under its name with the reason, nothing stored of it. */
    public Result recordUnreadable(Path inbox, Path entry, String problem, long runId) {
        String name = InboxScanner.relativeName(inbox, entry);
        repository.linkRun(runId, IntakeRepository.NO_CONTENT, name, Outcome.UNREADABLE, problem);
        return new Result(name, Outcome.UNREADABLE, problem, FileCounts.NONE);
    }

    private Result read(Path file, String name, long fileId, Instant modified) {
        FileOutcome outcome = savepoint.execute(status -> {
            FileOutcome o = new ReadAhead<Batch>()
                    .run(
                            "intake-read",
                            handOver -> {
                                BatchedRows rows = new BatchedRows(handOver);
                                FileOutcome read = new FormReading(
                                                fileId,
                                                name,
                                                LocalDate.ofInstant(modified, zone),
                                                tallies,
                                                progress,
                                                rows)
                                        .read(reader, file);
                                rows.handOverRest();
                                return read;
                            },
                            this::store);
            if (o.outcome() == ReadOutcome.UNREADABLE) {
                status.setRollbackOnly(); // what was stored of it before the reader gave up goes
            }
            return o;
        });
        if (outcome == null) {
            throw new IllegalStateException("no outcome for " + name);
        }
        switch (outcome.outcome()) {
            case UNREADABLE -> {
                repository.refuseFile(fileId, FileStatus.UNREADABLE, outcome.problem(), registrySha);
                return new Result(name, Outcome.UNREADABLE, outcome.problem(), FileCounts.NONE);
            }
            case NO_FORM -> {
                repository.refuseFile(fileId, FileStatus.NO_FORM, outcome.problem(), registrySha);
                return new Result(name, Outcome.NO_FORM, outcome.problem(), FileCounts.NONE);
            }
            case READ -> {}
        }
        String types = outcome.formTypes().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        repository.completeFile(fileId, types, outcome.rows(), registrySha);
        repository.insertWarnings(repository.rowsLeftOutOfResentFile(fileId, name).stream()
                .map(row -> leftOutWarning(fileId, name, row))
                .toList());
        FileCounts counts = repository.countsOf(fileId);
        if (!counts.reconciles()) {
            throw new IllegalStateException("Row reconciliation failed for " + name + ": " + counts);
        }
        return new Result(name, Outcome.IMPORTED, null, counts);
    }

    /** A re-sent form does not delete: a row its earlier version had, and it lacks, still counts. */
    private static Warning leftOutWarning(long fileId, String fileName, IntakeRepository.EarlierRow row) {
        String where = (row.sheetName() == null || row.sheetName().isEmpty() ? "" : "工作表“" + row.sheetName() + "”")
                + "第" + row.rowNumber() + "行";
        String key =
                row.type() == FormType.TALLY ? "周起始日" + row.weekStart() : "任务" + row.taskCode() + " " + row.month();
        return Warning.ofFile(
                fileId,
                row.unitCode(),
                row.month(),
                "此前报送的同名文件“"
                        + fileName + "”" + where + "（" + row.unitCode() + " " + key
                        + "）在重新报送的文件中没有，该行仍按原文件计入；如应删除，请联系管理员处理");
    }

    /** Decisions on a file's rows, to be stored together. */
    private record Batch(
            List<TallyRecord> tallies,
            List<ProgressRecord> progress,
            List<Rejection> rejections,
            List<Warning> warnings) {}

    /**
     * The decisions on the file being read, handed over batch by batch as they are made, to be
     * stored on the file's transaction while the next batch is read.
     */
    private static final class BatchedRows implements FormReading.Decisions {
        private final ReadAhead<Batch> handOver;
        private List<TallyRecord> tallyBatch = new ArrayList<>();
        private List<ProgressRecord> progressBatch = new ArrayList<>();
        private List<Rejection> rejections = new ArrayList<>();
        private List<Warning> warnings = new ArrayList<>();
        /** The text the batch holds, as {@link #BATCH_CHARS} counts it. */
        private long chars;

        BatchedRows(ReadAhead<Batch> handOver) {
            this.handOver = handOver;
        }

        @Override
        public void valid(TallyRecord tally) {
            tallyBatch.add(tally);
            handOverWhenFull(
                    where(tally.source()) + length(tally.unitName()) + length(tally.filler()) + length(tally.remark()));
        }

        @Override
        public void valid(ProgressRecord record) {
            progressBatch.add(record);
            ProgressReport r = record.report();
            handOverWhenFull(where(record.source())
                    + length(record.filler())
                    + length(r.thisMonth())
                    + length(r.achievements())
                    + length(r.problems())
                    + length(r.nextSteps())
                    + length(r.experience()));
        }

        // refused rows and warnings fill a batch too: 200,000 refused rows must not wait in memory
        // for the file's end and go as one INSERT
        @Override
        public void rejected(Rejection rejection) {
            rejections.add(rejection);
            handOverWhenFull(where(rejection.at()) + length(rejection.reason()) + length(rejection.rawValues()));
        }

        @Override
        public void warning(Warning warning) {
            warnings.add(warning);
            handOverWhenFull(length(warning.message()));
        }

        private void handOverWhenFull(long added) {
            chars += added;
            if (tallyBatch.size() + progressBatch.size() + rejections.size() + warnings.size() >= BATCH
                    || chars >= BATCH_CHARS) {
                handOverRest();
            }
        }

        private static long where(SourcePosition at) {
            return length(at.fileName()) + length(at.sheetName());
        }

        private static long length(String s) {
            return s == null ? 0 : s.length();
        }

        void handOverRest() {
            if (tallyBatch.isEmpty() && progressBatch.isEmpty() && rejections.isEmpty() && warnings.isEmpty()) {
                return;
            }
            handOver.handOver(new Batch(tallyBatch, progressBatch, rejections, warnings));
            tallyBatch = new ArrayList<>();
            progressBatch = new ArrayList<>();
            rejections = new ArrayList<>();
            warnings = new ArrayList<>();
            chars = 0;
        }
    }

    /** Stores a batch of decisions: corrections resolved against what is counted already, then inserted. */
    private void store(Batch batch) {
        if (!batch.tallies().isEmpty()) {
            Resolution<TallyRecord> r =
                    resolve(batch.tallies(), TallyRecord::key, TallyRecord::submission, repository::countedTallies);
            repository.supersedeTallies(r.supersededStored());
            repository.insertTallies(batch.tallies(), r.supersededNew());
        }
        if (!batch.progress().isEmpty()) {
            Resolution<ProgressRecord> r = resolve(
                    batch.progress(), ProgressRecord::key, ProgressRecord::submission, repository::countedProgress);
            repository.supersedeProgress(r.supersededStored());
            repository.insertProgress(batch.progress(), r.supersededNew());
        }
        repository.insertRejections(batch.rejections());
        repository.insertWarnings(batch.warnings());
    }

    private static <T> Resolution<T> resolve(
            List<T> batch,
            Function<T, String> key,
            Function<T, Submission> submission,
            Function<Set<String>, Map<String, Counted>> stored) {
        Map<String, T> keys = new LinkedHashMap<>();
        batch.forEach(r -> keys.putIfAbsent(key.apply(r), r));
        return SupersedeResolver.resolve(batch, key, submission, stored.apply(keys.keySet()));
    }
}

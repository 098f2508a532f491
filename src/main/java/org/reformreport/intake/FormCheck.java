package org.reformreport.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reformreport.intake.FormReading.FileOutcome;
import org.reformreport.intake.IntakeRepository.Rejection;
import org.reformreport.intake.IntakeRepository.Warning;
import org.reformreport.intake.read.FormFileReader;
import org.reformreport.registry.Registry;

/**
 * Checks form files without importing anything: each file is read and each row decided exactly as
 * the intake decides it ({@link FormReading}, with the same validators, registry, read limits,
 * weekly limit, "today" and fallback 填报日期), and the decisions are collected in memory instead of
 * stored. Corrections are decided within the file alone (against no stored rows): whether a row
 * corrects data already imported is decided at import.
 */
public final class FormCheck {

    /** A row the intake would reject: where it is (sheet "" in CSV), its unit code as written, and why. */
    public record RejectedRow(String sheet, int row, String unitCode, String reason) {}

    /**
     * Something the intake would note without rejecting: about a row, a sheet ({@code row} null) or
     * the whole file ({@code sheet} "" and {@code row} null).
     */
    public record Note(String sheet, Integer row, String unitCode, String message) {}

    /**
     * What the intake would make of one file: its outcome (with the reason when it is not read), its
     * rows read = valid + rejected + blank, how many valid rows a later row of the same file
     * supersedes, every rejected row and every note, in the order read.
     */
    public record Result(
            String fileName,
            ReadOutcome outcome,
            String problem,
            int read,
            int blank,
            int rejected,
            int valid,
            int supersededInFile,
            List<RejectedRow> rejections,
            List<Note> notes) {

        /** Whether anything would keep a row out: a rejected row, or a file not read as a form. */
        public boolean hasProblems() {
            return outcome != ReadOutcome.READ || rejected > 0;
        }

        static Result refused(String fileName, ReadOutcome outcome, String problem, List<Note> notes) {
            return new Result(fileName, outcome, problem, 0, 0, 0, 0, 0, List.of(), List.copyOf(notes));
        }
    }

    private final FormFileReader reader;
    private final TallyRowValidator tallies;
    private final ProgressRowValidator progress;
    private final ZoneId zone;

    /**
     * @param today the office's date (in {@code zone}): no 填报日期, week or month after it
     * @param zone  the office's time zone, in which a file's modification time becomes its date
     */
    public FormCheck(Registry registry, IntakeSettings settings, ZoneId zone, LocalDate today) {
        IntakeLimits limits = settings.limits(today);
        this.reader = new FormFileReader(settings.readLimits());
        this.tallies = new TallyRowValidator(registry, limits);
        this.progress = new ProgressRowValidator(registry, limits);
        this.zone = zone;
    }

    /**
     * Checks a file, or every form in a folder as the intake lists an inbox (sub-folders included,
     * hidden and Excel lock files left out), each named {@code name}/its path in the folder (its
     * path alone when {@code name} is empty, as the intake names an inbox file).
     */
    public List<Result> checkAll(Path path, String name) {
        if (!Files.isDirectory(path)) {
            return List.of(check(path, name));
        }
        List<InboxScanner.Entry> entries;
        try {
            entries = InboxScanner.entries(path);
        } catch (IOException e) {
            return List.of(Result.refused(
                    name, ReadOutcome.UNREADABLE, "文件夹无法打开（" + InboxScanner.why(e) + "），其中的报表均未检查", List.of()));
        }
        String folder = name.isEmpty() || name.endsWith("/") ? name : name + "/";
        List<Result> results = new ArrayList<>();
        for (InboxScanner.Entry entry : entries) {
            String entryName = folder + InboxScanner.relativeName(path, entry.path());
            results.add(
                    entry.readable()
                            ? check(entry.path(), entryName)
                            : Result.refused(entryName, ReadOutcome.UNREADABLE, entry.problem(), List.of()));
        }
        return results;
    }

    /** What the intake would make of the file at {@code file}, shown as {@code name}. */
    public Result check(Path file, String name) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Result.refused(name, ReadOutcome.UNREADABLE, "文件不存在，请核对文件名和路径", List.of());
        } catch (IOException e) {
            return Result.refused(name, ReadOutcome.UNREADABLE, "文件无法打开（" + InboxScanner.why(e) + "）", List.of());
        }
        String problem = attributes.isDirectory() ? "是文件夹，不是报表文件" : InboxScanner.problemOfFile(file, attributes);
        if (problem != null) {
            return Result.refused(name, ReadOutcome.UNREADABLE, problem, List.of());
        }
        Collected rows = new Collected();
        LocalDate fileDate = LocalDate.ofInstant(attributes.lastModifiedTime().toInstant(), zone);
        FileOutcome outcome = new FormReading(IntakeRepository.NO_CONTENT, name, fileDate, tallies, progress, rows)
                .read(reader, file);
        return switch (outcome.outcome()) {
            // what was decided before the reader gave up does not stand, as in the intake
            case UNREADABLE -> Result.refused(name, ReadOutcome.UNREADABLE, outcome.problem(), List.of());
            case NO_FORM -> Result.refused(name, ReadOutcome.NO_FORM, outcome.problem(), rows.notes);
            case READ ->
                new Result(
                        name,
                        ReadOutcome.READ,
                        null,
                        outcome.rows().read(),
                        outcome.rows().blank(),
                        outcome.rows().rejected(),
                        outcome.rows().valid(),
                        superseded(rows.tallies) + superseded(rows.progress),
                        List.copyOf(rows.rejections),
                        List.copyOf(rows.notes));
        };
    }

    /** How many of these rows (one form's) a later row of them supersedes, by the intake's rule. */
    private static int superseded(List<Keyed> rows) {
        return SupersedeResolver.resolve(rows, Keyed::key, Keyed::submission, Map.of())
                .supersededNew()
                .size();
    }

    /** What the supersede rule needs of a valid row, and no more: a large file's rows are not kept whole. */
    private record Keyed(String key, Submission submission) {}

    /** The decisions on one file, collected. */
    private static final class Collected implements FormReading.Decisions {
        private final List<Keyed> tallies = new ArrayList<>();
        private final List<Keyed> progress = new ArrayList<>();
        private final List<RejectedRow> rejections = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();

        @Override
        public void valid(TallyRecord tally) {
            tallies.add(new Keyed(tally.key(), tally.submission()));
        }

        @Override
        public void valid(ProgressRecord record) {
            progress.add(new Keyed(record.key(), record.submission()));
        }

        @Override
        public void rejected(Rejection rejection) {
            rejections.add(new RejectedRow(
                    rejection.at().sheetName(), rejection.at().rowNumber(), rejection.unitCode(), rejection.reason()));
        }

        @Override
        public void warning(Warning warning) {
            notes.add(new Note(
                    warning.where().sheetName(),
                    warning.where().rowNumber(),
                    warning.concerning() == null ? null : warning.concerning().unitCode(),
                    warning.message()));
        }
    }
}

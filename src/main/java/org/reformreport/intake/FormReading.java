package org.reformreport.intake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.reformreport.intake.IntakeRepository.Rejection;
import org.reformreport.intake.IntakeRepository.RowCounts;
import org.reformreport.intake.IntakeRepository.Warning;
import org.reformreport.intake.read.FormFileReader;
import org.reformreport.intake.read.UnreadableFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one form file and decides, as its rows stream in, what becomes of each (blank, rejected
 * with the reason a liaison reads, or valid with its warnings), then what became of the file (read,
 * unreadable with the reader's reason, or no form). The one place these decisions are made: the
 * intake stores them ({@link FileImporter}), the check only collects them ({@link FormCheck}); what
 * is done with each is up to the {@link Decisions} handed in.
 */
final class FormReading implements FormRowSink {

    private static final Logger log = LoggerFactory.getLogger(FormReading.class);

    static final String NO_FORM_PROBLEM =
            "未找到周报表或改革任务进展表的表头（前" + FormSheetParser.HEADER_SEARCH_ROWS + "行中应有含“单位编码”及“周起始日”，或含“任务编号”的表头行）";
    static final String NO_DATA_WARNING = "文件有表头但没有填报数据";

    /** What is done with each decision, as it is made. */
    interface Decisions {
        void valid(TallyRecord tally);

        void valid(ProgressRecord progress);

        void rejected(Rejection rejection);

        void warning(Warning warning);
    }

    /**
     * What the file came to: its outcome, the reason when it was not read, its rows (none unless
     * read) and the forms its headers show.
     */
    record FileOutcome(ReadOutcome outcome, String problem, RowCounts rows, Set<FormType> formTypes) {}

    private final long fileId;
    private final String fileName;
    private final LocalDate fileDate;
    private final TallyRowValidator tallies;
    private final ProgressRowValidator progress;
    private final Decisions decisions;
    private final Set<FormType> formTypes = EnumSet.noneOf(FormType.class);
    private boolean headerFound;
    private int read;
    private int blank;
    private int rejected;
    private int valid;

    /**
     * @param fileDate the file's modification date in the office's time zone: the 填报日期 of a row that
     *     leaves it blank (with a warning)
     */
    FormReading(
            long fileId,
            String fileName,
            LocalDate fileDate,
            TallyRowValidator tallies,
            ProgressRowValidator progress,
            Decisions decisions) {
        this.fileId = fileId;
        this.fileName = fileName;
        this.fileDate = fileDate;
        this.tallies = tallies;
        this.progress = progress;
        this.decisions = decisions;
    }

    /**
     * Reads the file through, handing each decision on as it is made. When the file turns out to
     * be unreadable part-way, the decisions handed on before do not stand (the intake rolls them
     * back): the outcome is UNREADABLE with the reader's reason, and no rows. A file with a header
     * and no data is read, with a warning for the whole file.
     */
    FileOutcome read(FormFileReader reader, Path file) {
        try {
            reader.read(file, new FormSheetParser(fileId, fileName, this));
        } catch (UnreadableFileException e) {
            log.debug("Unreadable form file {}", fileName, e);
            return new FileOutcome(ReadOutcome.UNREADABLE, e.reason(), RowCounts.NONE, Set.of());
        }
        if (!headerFound) {
            return new FileOutcome(ReadOutcome.NO_FORM, NO_FORM_PROBLEM, RowCounts.NONE, Set.of());
        }
        if (read == blank) {
            decisions.warning(Warning.ofSheet(fileId, "", NO_DATA_WARNING));
        }
        return new FileOutcome(
                ReadOutcome.READ, null, new RowCounts(read, blank, rejected, valid), Set.copyOf(formTypes));
    }

    @Override
    public void dataRow(FormType type, List<String> missingRequired, RawRow row) {
        read++;
        if (row.isBlank()) {
            blank++;
            return;
        }
        if (!missingRequired.isEmpty()) {
            reject(type, row, "表头缺少必填列：" + String.join("、", missingRequired));
            return;
        }
        if (row.problem() != null) {
            // the reader could not take the row as written (a formula without result, an ambiguous header)
            reject(type, row, row.problem());
            return;
        }
        RowOutcome<?> outcome =
                type == FormType.TALLY ? tallies.validate(row, fileDate) : progress.validate(row, fileDate);
        for (String warning : outcome.warnings()) {
            decisions.warning(Warning.ofRow(row.source(), outcome.unitCode(), outcome.targetMonth(), warning));
        }
        if (!outcome.accepted()) {
            reject(type, row, outcome);
            return;
        }
        valid++;
        if (outcome.record() instanceof TallyRecord t) {
            decisions.valid(t);
        } else {
            decisions.valid((ProgressRecord) outcome.record());
        }
    }

    @Override
    public void headerFound(int sheetIndex, String sheetName, FormType type) {
        headerFound = true;
        formTypes.add(type);
    }

    @Override
    public void sheetWarning(int sheetIndex, String sheetName, String message) {
        decisions.warning(Warning.ofSheet(fileId, sheetName, message));
    }

    /** A row refused before validation (a missing column, a cell the reader could not take): no month known. */
    private void reject(FormType type, RawRow row, String reason) {
        add(new Rejection(type, row.source(), typedUnitCode(type, row), null, reason, cells(row), false));
    }

    private void reject(FormType type, RawRow row, RowOutcome<?> outcome) {
        String code = outcome.unitCode() != null ? outcome.unitCode() : typedUnitCode(type, row);
        add(new Rejection(
                type,
                row.source(),
                code,
                outcome.targetMonth(),
                outcome.rejectionReason(),
                cells(row),
                outcome.registryDependent()));
    }

    private void add(Rejection rejection) {
        rejected++;
        decisions.rejected(rejection);
    }

    /** The unit code as the row has it, for listing a row refused without a known unit. */
    private static String typedUnitCode(FormType type, RawRow row) {
        return TallyRowValidator.blankToNull(
                Fields.normalize(row.get(type == FormType.PROGRESS ? Headers.REPORTING_UNIT : Headers.UNIT_CODE)));
    }

    private static String cells(RawRow row) {
        return IntakeRepository.clip(row.describe(), 4000);
    }
}

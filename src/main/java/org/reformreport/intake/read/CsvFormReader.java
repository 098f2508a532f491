package org.reformreport.intake.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a CSV form (RFC 4180 quoting, so quoted commas and line breaks survive) in the charset
 * {@link CsvCharset} detects. A CSV is one "sheet" with an empty name; a row's number is its record
 * number, the header record being 1, as Excel shows the file when it has no multi-line cells.
 */
final class CsvFormReader {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final ReadLimits limits;

    public CsvFormReader(ReadLimits limits) {
        this.limits = limits;
    }

    public void read(Path file, SheetRowHandler handler) throws UnreadableFileException {
        try {
            CsvCharset.Detected detected = CsvCharset.detect(file);
            try (InputStream in = Files.newInputStream(file)) {
                in.skipNBytes(detected.bomLength());
                Reader reader = new BoundedCsvText(
                        new InputStreamReader(
                                in,
                                detected.charset()
                                        .newDecoder()
                                        .onMalformedInput(CodingErrorAction.REPORT)
                                        .onUnmappableCharacter(CodingErrorAction.REPORT)),
                        limits.maxCellChars());
                ReadBudget budget = new ReadBudget(limits);
                try (CSVParser parser = FORMAT.parse(reader)) {
                    handler.startSheet(0, "", SheetState.VISIBLE);
                    long records = 0;
                    long cells = 0;
                    for (CSVRecord record : parser) {
                        budget.row("", ++records);
                        cells += record.size();
                        budget.cells("", cells, record.size());
                        handler.row((int) record.getRecordNumber(), record.values(), List.of());
                    }
                    handler.endSheet();
                }
            }
        } catch (ReadLimitException e) {
            throw new UnreadableFileException(e.getMessage(), e);
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("文件编码无法识别，请以UTF-8或GBK编码保存CSV后重新报送", e);
        } catch (UncheckedIOException e) {
            if (ReadLimitException.in(e) != null) {
                throw new UnreadableFileException(ReadLimitException.in(e).getMessage(), e);
            }
            if (e.getCause() instanceof CharacterCodingException) {
                throw new UnreadableFileException("文件编码无法识别，请以UTF-8或GBK编码保存CSV后重新报送", e);
            }
            throw new UnreadableFileException("CSV格式错误，无法读取（" + e.getMessage() + "）", e);
        } catch (IOException | IllegalStateException e) {
            throw new UnreadableFileException("CSV格式错误，无法读取（" + e.getMessage() + "）", e);
        }
    }
}

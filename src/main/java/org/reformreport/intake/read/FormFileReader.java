package org.reformreport.intake.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a form file by its type, refusing files too large to be a real form or too costly to read. */
public final class FormFileReader {

    private final long maxFileBytes;
    private final XlsxFormReader xlsx;
    private final CsvFormReader csv;

    public FormFileReader(ReadLimits limits) {
        this.maxFileBytes = limits.maxFileBytes();
        this.xlsx = new XlsxFormReader(limits);
        this.csv = new CsvFormReader(limits);
    }

    /** The default limits but for the file size. */
    public FormFileReader(long maxFileBytes) {
        this(ReadLimits.defaults().withMaxFileBytes(maxFileBytes));
    }

    public void read(Path file, SheetRowHandler handler) throws UnreadableFileException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UnreadableFileException("文件无法打开：" + e.getMessage(), e);
        }
        if (size > maxFileBytes) {
            throw new UnreadableFileException(
                    String.format("文件过大（%.1f MB），超过上限%.0f MB，请拆分后重新报送", size / 1048576.0, maxFileBytes / 1048576.0));
        }
        if (size == 0) {
            throw new UnreadableFileException("文件为空（0字节）");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            xlsx.read(file, handler);
        } else if (name.endsWith(".csv")) {
            csv.read(file, handler);
        } else {
            throw new UnreadableFileException("不是.xlsx或.csv文件，未读取（旧版.xls请另存为.xlsx）");
        }
    }
}

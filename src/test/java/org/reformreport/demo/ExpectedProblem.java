package org.reformreport.demo;

/**
 * A row of the demo inbox that the intake is expected to reject, supersede or warn about.
 *
 * @param file     path relative to the inbox, '/' separated
 * @param sheet    sheet name for xlsx, "" for csv
 * @param row      xlsx: the 1-based Excel row number; csv: the 1-based record number, header = 1
 * @param unitCode the 单位编码 / 报送单位编码 cell as written (trimmed), null when blank
 * @param reason   the message the validator produces; null where it cannot be known in advance
 */
public record ExpectedProblem(String file, String sheet, int row, String unitCode, String reason) {}

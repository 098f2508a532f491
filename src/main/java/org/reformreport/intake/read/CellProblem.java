package org.reformreport.intake.read;

/**
 * A cell whose value cannot be taken as read: a formula saved without its result, an error value.
 * The reader does not know the column's header; the form parser names it in the row's reason.
 *
 * @param column    0-based column
 * @param reference the cell as Excel names it (D5)
 * @param problem   what is wrong and what to do, to follow the column's name ("为公式且无计算结果，…")
 */
public record CellProblem(int column, String reference, String problem) {}

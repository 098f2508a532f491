package org.reformreport.registry;

/** A leader who receives the month's district report and workbook (job-config/leaders.csv). */
public record Leader(String name, String title, String email) {}

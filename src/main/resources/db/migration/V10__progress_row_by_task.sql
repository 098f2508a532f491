-- The month's ledger joins each task to its lead unit's counted progress row: without an index on
-- the task the join looked through the month's progress rows once per task (2,500 tasks × 1,700
-- rows at province scale, for the district report and again for every range of unit reports).
CREATE INDEX progress_row_task ON progress_row (task_code, unit_code, report_month);

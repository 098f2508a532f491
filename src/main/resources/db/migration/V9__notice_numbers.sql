-- The ranking notice's document number (区委改办〔2026〕12号) per report month, decided by the month's
-- first run that wrote the notice (or given with --doc-number): a re-run of the month keeps it, and the
-- next month's notice takes the next number of the document year.
CREATE TABLE notice_number (
    report_year  INT NOT NULL,
    report_month INT NOT NULL,
    doc_year     INT NOT NULL,   -- the year in 〔〕: the year the notice was first issued
    doc_number   INT NOT NULL,
    PRIMARY KEY (report_year, report_month)
);

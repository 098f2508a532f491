-- Schema shared by H2 (embedded default) and MySQL/MariaDB: portable types only.
-- A run is one job instance of monthlyReport (a month and its revision); run_id is its instance id.

CREATE TABLE registry_unit (
    run_id        BIGINT       NOT NULL,
    code          VARCHAR(32)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    unit_group    VARCHAR(100) NOT NULL,
    parent_code   VARCHAR(32),
    liaison       VARCHAR(100),
    liaison_phone VARCHAR(50),
    liaison_email VARCHAR(320),
    head          VARCHAR(100),
    head_email    VARCHAR(320),
    active_from   CHAR(7),
    active_until  CHAR(7),
    PRIMARY KEY (run_id, code)
);

CREATE TABLE registry_task (
    run_id            BIGINT        NOT NULL,
    code              VARCHAR(64)   NOT NULL,
    title             VARCHAR(500)  NOT NULL,
    leader            VARCHAR(200),
    lead_unit_code    VARCHAR(32)   NOT NULL,
    participant_codes VARCHAR(4000),
    start_month       CHAR(7)       NOT NULL,
    planned_month     CHAR(7)       NOT NULL,
    category          VARCHAR(16)   NOT NULL,
    PRIMARY KEY (run_id, code)
);

-- Every inbox file ever seen, once per content (sha256): importing the same file again changes nothing.
CREATE TABLE intake_file (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    sha256          CHAR(64)      NOT NULL,
    file_name       VARCHAR(1000) NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    modified_at     BIGINT,                 -- epoch milliseconds (MySQL TIMESTAMP stops at 2038)
    imported_at     BIGINT        NOT NULL,
    imported_by_run BIGINT        NOT NULL,
    form_types      VARCHAR(32),
    status          VARCHAR(16)   NOT NULL,
    problem         VARCHAR(2000),
    rows_read       INT           NOT NULL,
    rows_blank      INT           NOT NULL,
    rows_rejected   INT           NOT NULL,
    rows_valid      INT           NOT NULL,
    CONSTRAINT intake_file_sha UNIQUE (sha256)
);

-- Which inbox files each run saw, by name: imported by it, or the same content seen before
-- (a copy under another name, or the file left in the inbox from an earlier run).
CREATE TABLE run_input_file (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id    BIGINT        NOT NULL,
    file_id   BIGINT        NOT NULL,
    file_name VARCHAR(1000) NOT NULL,
    outcome   VARCHAR(16)   NOT NULL
);
CREATE INDEX run_input_file_run ON run_input_file (run_id);

-- Accepted weekly tally rows. counted_key (unit|week) is set only on the row that counts, so the
-- unique index guarantees one counted tally per unit and week; superseded rows keep a NULL key.
CREATE TABLE tally_row (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_id             BIGINT        NOT NULL,
    file_name           VARCHAR(1000) NOT NULL,
    sheet_index         INT           NOT NULL,
    sheet_name          VARCHAR(100)  NOT NULL,
    row_no              INT           NOT NULL,
    unit_code           VARCHAR(32)   NOT NULL,
    unit_name           VARCHAR(200),
    week_start          DATE          NOT NULL,
    week_month          CHAR(7)       NOT NULL,
    central_media       INT           NOT NULL,
    provincial_media    INT           NOT NULL,
    municipal_media     INT           NOT NULL,
    district_media      INT           NOT NULL,
    new_media           INT           NOT NULL,
    special_column      INT           NOT NULL,
    typical_cases       INT           NOT NULL,
    supervision         INT           NOT NULL,
    leader_interviews   INT           NOT NULL,
    social_publicity    INT           NOT NULL,
    filler              VARCHAR(100),
    filled_date         DATE          NOT NULL,
    filled_date_assumed BOOLEAN       NOT NULL,
    remark              VARCHAR(2000),
    status              VARCHAR(12)   NOT NULL,
    counted_key         VARCHAR(64),
    superseded_by_file  VARCHAR(1000),
    superseded_by_sheet VARCHAR(100),
    superseded_by_row   INT,
    CONSTRAINT tally_row_counted UNIQUE (counted_key)
);
CREATE INDEX tally_row_month ON tally_row (week_month, status);
CREATE INDEX tally_row_file ON tally_row (file_id);

-- Accepted reform-task progress rows; counted_key is task|unit|month on the counted row only.
CREATE TABLE progress_row (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_id             BIGINT        NOT NULL,
    file_name           VARCHAR(1000) NOT NULL,
    sheet_index         INT           NOT NULL,
    sheet_name          VARCHAR(100)  NOT NULL,
    row_no              INT           NOT NULL,
    task_code           VARCHAR(64)   NOT NULL,
    unit_code           VARCHAR(32)   NOT NULL,
    report_month        CHAR(7)       NOT NULL,
    progress_status     VARCHAR(16)   NOT NULL,
    percent_done        INT,
    this_month          TEXT,
    achievements        TEXT,
    problems            TEXT,
    next_steps          TEXT,
    experience          TEXT,
    promotion           VARCHAR(16),
    filler              VARCHAR(100),
    filled_date         DATE          NOT NULL,
    filled_date_assumed BOOLEAN       NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    counted_key         VARCHAR(200),
    superseded_by_file  VARCHAR(1000),
    superseded_by_sheet VARCHAR(100),
    superseded_by_row   INT,
    CONSTRAINT progress_row_counted UNIQUE (counted_key)
);
CREATE INDEX progress_row_month ON progress_row (report_month, status);
CREATE INDEX progress_row_file ON progress_row (file_id);

-- Rows that broke a rule, with the reason the liaison reads. target_month is the month the row
-- was meant for, when that much could be read.
CREATE TABLE rejected_row (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_id      BIGINT        NOT NULL,
    form_type    VARCHAR(16),
    sheet_index  INT           NOT NULL,
    sheet_name   VARCHAR(100)  NOT NULL,
    row_no       INT           NOT NULL,
    unit_code    VARCHAR(100),
    target_month CHAR(7),
    reason       VARCHAR(2000) NOT NULL,
    raw_values   TEXT
);
CREATE INDEX rejected_row_file ON rejected_row (file_id);
CREATE INDEX rejected_row_month ON rejected_row (target_month);

-- Things worth telling that do not reject a row (name mismatch, assumed date) or a whole sheet.
CREATE TABLE intake_warning (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_id      BIGINT        NOT NULL,
    sheet_name   VARCHAR(100),
    row_no       INT,
    unit_code    VARCHAR(100),
    target_month CHAR(7),
    message      VARCHAR(2000) NOT NULL
);
CREATE INDEX intake_warning_file ON intake_warning (file_id);

-- The month's figures and scores per active unit, as the summary and scoring steps computed them
-- for a run. Later steps (workbook, documents, delivery) read only these.
CREATE TABLE unit_month_figure (
    run_id               BIGINT         NOT NULL,
    report_month         CHAR(7)        NOT NULL,
    unit_code            VARCHAR(32)    NOT NULL,
    unit_name            VARCHAR(200)   NOT NULL,
    unit_group           VARCHAR(100)   NOT NULL,
    weeks_due            INT            NOT NULL,
    on_time              INT            NOT NULL,
    late                 INT            NOT NULL,
    central_media        INT            NOT NULL,
    provincial_media     INT            NOT NULL,
    municipal_media      INT            NOT NULL,
    district_media       INT            NOT NULL,
    new_media            INT            NOT NULL,
    previous_total       INT            NOT NULL,
    last_year_total      INT            NOT NULL,
    year_to_date_total   INT            NOT NULL,
    special_column       INT            NOT NULL,
    typical_cases        INT            NOT NULL,
    supervision          INT            NOT NULL,
    leader_interviews    INT            NOT NULL,
    social_publicity     INT            NOT NULL,
    tasks_completed      INT            NOT NULL,
    tasks_on_track       INT            NOT NULL,
    tasks_lagging        INT            NOT NULL,
    tasks_not_reported   INT            NOT NULL,
    promotions_national  INT            NOT NULL,
    promotions_provincial INT           NOT NULL,
    promotions_municipal INT            NOT NULL,
    weighted_articles    DECIMAL(20, 4),
    score_publicity      DECIMAL(24, 10),
    score_submission     DECIMAL(24, 10),
    score_tasks          DECIMAL(24, 10),
    tasks_from_average   BOOLEAN,
    score_bonus          DECIMAL(24, 10),
    score_total          DECIMAL(8, 2),
    group_rank           INT,
    PRIMARY KEY (run_id, unit_code)
);

-- Every reform task on the month's ledger with the status it counts with.
CREATE TABLE task_month_status (
    run_id           BIGINT      NOT NULL,
    report_month     CHAR(7)     NOT NULL,
    task_code        VARCHAR(64) NOT NULL,
    lead_unit_code   VARCHAR(32) NOT NULL,
    reported_status  VARCHAR(16),
    effective_status VARCHAR(16) NOT NULL,
    PRIMARY KEY (run_id, task_code)
);

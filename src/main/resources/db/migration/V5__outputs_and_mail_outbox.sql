-- What each published document holds, as a fingerprint of its content (its figures and text, not
-- its bytes: a PDF's bytes change with the date it was made). Delivery compares these between
-- revisions to decide whether a recipient's report changed.
CREATE TABLE report_output (
    run_id              BIGINT        NOT NULL,
    path                VARCHAR(1000) NOT NULL,   -- relative to the month's folder
    kind                VARCHAR(16)   NOT NULL,   -- WORKBOOK, DISTRICT, UNIT
    unit_code           VARCHAR(32)   NOT NULL,   -- '' unless kind = UNIT
    content_fingerprint CHAR(64)      NOT NULL,
    PRIMARY KEY (run_id, kind, unit_code)     -- one workbook and district report, one report per unit
);

-- Every message a run meant to send, recorded before it is sent. A message goes to one recipient
-- and carries either the district report and workbook (LEADER) or one unit's report (UNIT).
CREATE TABLE mail_outbox (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id              BIGINT        NOT NULL,
    report_month        CHAR(7)       NOT NULL,
    revision            BIGINT        NOT NULL,
    recipient           VARCHAR(320)  NOT NULL,   -- lower case
    recipient_name      VARCHAR(200),
    kind                VARCHAR(8)    NOT NULL,   -- LEADER or UNIT
    unit_code           VARCHAR(32)   NOT NULL,   -- '' for LEADER
    subject             VARCHAR(500)  NOT NULL,
    correction          BOOLEAN       NOT NULL,
    content_fingerprint CHAR(64)      NOT NULL,
    status              VARCHAR(12)   NOT NULL,   -- PENDING, SENT, FAILED, UNCHANGED, SUPERSEDED
    attempts            INT           NOT NULL,
    last_error          VARCHAR(2000),
    created_at          BIGINT        NOT NULL,   -- epoch milliseconds
    last_attempt_at     BIGINT,
    sent_at             BIGINT,
    CONSTRAINT mail_outbox_key UNIQUE (run_id, recipient, kind, unit_code)
);
CREATE INDEX mail_outbox_month ON mail_outbox (report_month, status);

CREATE TABLE mail_attachment (
    outbox_id BIGINT        NOT NULL,
    position  INT           NOT NULL,
    path      VARCHAR(1000) NOT NULL,   -- relative to the month's folder
    sha256    CHAR(64)      NOT NULL,
    PRIMARY KEY (outbox_id, position)
);

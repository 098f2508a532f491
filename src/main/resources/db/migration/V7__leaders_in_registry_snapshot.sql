-- The leaders a run delivers to (job-config/leaders.csv as its registries step read it), kept with
-- the run's units and tasks: a resend of that run reaches the same leaders whatever leaders.csv
-- says by then.
CREATE TABLE registry_leader (
    run_id     BIGINT       NOT NULL,
    line_order INT          NOT NULL,   -- leaders.csv's order, which the messages keep
    name       VARCHAR(200) NOT NULL,
    title      VARCHAR(200),
    email      VARCHAR(320) NOT NULL,
    PRIMARY KEY (run_id, line_order)
);

-- One row per run whose snapshot holds its leaders (leader_count 0 when leaders.csv was absent or
-- empty: no leader mail). A run snapshotted before this migration has no row: its leaders were
-- never kept, and delivery reads leaders.csv as it is now (with a warning).
CREATE TABLE registry_snapshot (
    run_id       BIGINT NOT NULL PRIMARY KEY,
    leader_count INT    NOT NULL
);

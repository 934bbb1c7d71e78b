-- SPDX-License-Identifier: GPL-3.0-or-later
-- The Response view's breaches (issue 16) count a year from counters, as 032 and 036 do:
-- per UTC day a ticket was created, its SLA policy (0: none) and severity ('': not rated),
-- the tickets, those answered, and those answered after their first-response due time or
-- (R12) after their critical reaction due time. Merged tickets are counted out.
--
-- A ticket not answered yet is late only once "now" passes its due time, which no counter
-- can hold: the view reads those tickets themselves through tickets_unanswered, an index of
-- only the unanswered ones (a small share of a year: most tickets get their answer).
--
-- Statement triggers with transition tables (as in 034 and 036, counted_rows_source): a bulk
-- write updates each counter row once per statement; a write that leaves every counted
-- column as it was adds and takes out the same row and writes nothing.

CREATE TABLE sla_counts (
    day BIGINT NOT NULL,
    policy_id BIGINT NOT NULL,
    severity TEXT NOT NULL,
    n BIGINT NOT NULL,
    answered BIGINT NOT NULL,
    first_late BIGINT NOT NULL,
    reaction_late BIGINT NOT NULL,
    PRIMARY KEY (day, policy_id, severity)
);

-- Covering: the view reads the due times, policy and severity from the index alone.
CREATE INDEX tickets_unanswered ON tickets(created_at, first_response_due_at, reaction_due_at, sla_policy_id, severity)
    WHERE first_responded_at IS NULL AND merged_into_id IS NULL;

CREATE FUNCTION sla_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format(
        'INSERT INTO sla_counts AS c (day, policy_id, severity, n, answered, first_late, reaction_late) '
        'SELECT d.day, d.policy_id, d.severity, d.n, d.answered, d.first_late, d.reaction_late FROM ('
        'SELECT x.created_at / 86400000 AS day, coalesce(x.sla_policy_id, 0) AS policy_id, '
        'coalesce(x.severity, '''') AS severity, sum(x.sign) AS n, '
        'coalesce(sum(x.sign) FILTER (WHERE x.first_responded_at IS NOT NULL), 0) AS answered, '
        'coalesce(sum(x.sign) FILTER (WHERE x.first_responded_at > x.first_response_due_at), 0) AS first_late, '
        'coalesce(sum(x.sign) FILTER (WHERE x.first_responded_at > x.reaction_due_at), 0) AS reaction_late '
        'FROM (%s) x WHERE x.merged_into_id IS NULL GROUP BY 1, 2, 3) d '
        'WHERE d.n <> 0 OR d.answered <> 0 OR d.first_late <> 0 OR d.reaction_late <> 0 '
        'ON CONFLICT (day, policy_id, severity) DO UPDATE SET n = c.n + excluded.n, '
        'answered = c.answered + excluded.answered, first_late = c.first_late + excluded.first_late, '
        'reaction_late = c.reaction_late + excluded.reaction_late',
        counted_rows_source(TG_OP));
    RETURN NULL;
END $$;

INSERT INTO sla_counts (day, policy_id, severity, n, answered, first_late, reaction_late)
    SELECT created_at / 86400000, coalesce(sla_policy_id, 0), coalesce(severity, ''), count(*),
        count(*) FILTER (WHERE first_responded_at IS NOT NULL),
        count(*) FILTER (WHERE first_responded_at > first_response_due_at),
        count(*) FILTER (WHERE first_responded_at > reaction_due_at)
    FROM tickets WHERE merged_into_id IS NULL GROUP BY 1, 2, 3;

CREATE TRIGGER sla_counts_insert AFTER INSERT ON tickets
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sla_counts_keep();
CREATE TRIGGER sla_counts_update AFTER UPDATE ON tickets
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sla_counts_keep();
CREATE TRIGGER sla_counts_delete AFTER DELETE ON tickets
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sla_counts_keep();

-- SPDX-License-Identifier: GPL-3.0-or-later
-- The Load and Bug reports views (issue 16) count a year from counters kept by triggers,
-- as migration 032 does for the tickets: per UTC day, so that a period is its whole days
-- from here plus, where the team's midnight is not UTC's, its two edges from the rows
-- themselves (an index range of less than a day each).
--
-- Statement triggers with transition tables (as in 034): a bulk write (an import, a
-- generator, a ticket's deletion cascading to its events) updates each counter row once per
-- statement. A write that leaves a counted column as it was (a bug report's new version)
-- adds and takes out the same row and writes nothing.

-- R19, R24: per UTC day and agent, the tickets the agent took (an assignment or takeover to
-- themselves) and handed off (a handoff or an escalation by them).
CREATE TABLE agent_event_counts (
    day BIGINT NOT NULL,
    agent_id BIGINT NOT NULL,
    taken BIGINT NOT NULL,
    handed BIGINT NOT NULL,
    PRIMARY KEY (day, agent_id)
);
-- R19, R24: the open tickets each agent holds now, by the UTC day they were assigned (-1:
-- unknown), so that "long held" is whole days here plus one day of tickets_assignee_assigned.
-- As the Load view counts them, merged tickets are not set apart.
CREATE TABLE held_counts (
    agent_id BIGINT NOT NULL,
    day BIGINT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (agent_id, day)
);
-- R26, R28, R29: bug reports that are not drafts, by the UTC day they were made, status,
-- decline reason (the verdict's first line, for a declined one; '' otherwise), product area
-- (0: none) and severity ('': not rated).
CREATE TABLE bug_report_counts (
    day BIGINT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    area_id BIGINT NOT NULL,
    severity TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (day, status, reason, area_id, severity)
);

-- The rows a statement added (sign 1) and took away (-1), for the functions below: the
-- transition tables a trigger declares are visible to the statements its function runs.
CREATE FUNCTION counted_rows_source(op TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE op
        WHEN 'INSERT' THEN 'SELECT r.*, 1 AS sign FROM new_rows r'
        WHEN 'DELETE' THEN 'SELECT r.*, -1 AS sign FROM old_rows r'
        ELSE 'SELECT r.*, 1 AS sign FROM new_rows r UNION ALL SELECT r.*, -1 AS sign FROM old_rows r' END
$$;

CREATE FUNCTION held_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format(
        'INSERT INTO held_counts AS c (agent_id, day, n) '
        'SELECT x.assignee_id, coalesce(x.assigned_at / 86400000, -1), sum(x.sign) FROM (%s) x '
        'WHERE x.assignee_id IS NOT NULL AND x.status IN (''new'', ''open'', ''pending'', ''on_hold'') '
        'GROUP BY 1, 2 HAVING sum(x.sign) <> 0 '
        'ON CONFLICT (agent_id, day) DO UPDATE SET n = c.n + excluded.n',
        counted_rows_source(TG_OP));
    RETURN NULL;
END $$;

CREATE FUNCTION agent_event_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format(
        'INSERT INTO agent_event_counts AS c (day, agent_id, taken, handed) '
        'SELECT d.day, d.agent_id, d.taken, d.handed FROM ('
        'SELECT x.created_at / 86400000 AS day, x.agent_id, '
        'coalesce(sum(x.sign) FILTER (WHERE x.kind IN (''assignment'', ''takeover'') '
        'AND x.new_value = CAST(x.agent_id AS TEXT)), 0) AS taken, '
        'coalesce(sum(x.sign) FILTER (WHERE x.kind IN (''handoff'', ''escalation'')), 0) AS handed '
        'FROM (%s) x WHERE x.agent_id IS NOT NULL '
        'AND x.kind IN (''assignment'', ''takeover'', ''handoff'', ''escalation'') GROUP BY 1, 2) d '
        'WHERE d.taken <> 0 OR d.handed <> 0 '
        'ON CONFLICT (day, agent_id) DO UPDATE SET taken = c.taken + excluded.taken, handed = c.handed + excluded.handed',
        counted_rows_source(TG_OP));
    RETURN NULL;
END $$;

CREATE FUNCTION bug_report_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format(
        'INSERT INTO bug_report_counts AS c (day, status, reason, area_id, severity, n) '
        'SELECT x.created_at / 86400000, x.status, '
        'CASE WHEN x.status = ''declined'' THEN split_part(coalesce(x.verdict_reason, ''''), E''\n'', 1) ELSE '''' END, '
        'coalesce(x.product_area_id, 0), coalesce(x.severity, ''''), sum(x.sign) '
        'FROM (%s) x WHERE x.status <> ''draft'' GROUP BY 1, 2, 3, 4, 5 HAVING sum(x.sign) <> 0 '
        'ON CONFLICT (day, status, reason, area_id, severity) DO UPDATE SET n = c.n + excluded.n',
        counted_rows_source(TG_OP));
    RETURN NULL;
END $$;

INSERT INTO held_counts (agent_id, day, n)
    SELECT assignee_id, coalesce(assigned_at / 86400000, -1), count(*) FROM tickets
    WHERE assignee_id IS NOT NULL AND status IN ('new', 'open', 'pending', 'on_hold') GROUP BY 1, 2;
INSERT INTO agent_event_counts (day, agent_id, taken, handed)
    SELECT created_at / 86400000, agent_id,
        count(*) FILTER (WHERE kind IN ('assignment', 'takeover') AND new_value = CAST(agent_id AS TEXT)),
        count(*) FILTER (WHERE kind IN ('handoff', 'escalation'))
    FROM ticket_events WHERE agent_id IS NOT NULL AND kind IN ('assignment', 'takeover', 'handoff', 'escalation')
    GROUP BY 1, 2;
INSERT INTO bug_report_counts (day, status, reason, area_id, severity, n)
    SELECT created_at / 86400000, status,
        CASE WHEN status = 'declined' THEN split_part(coalesce(verdict_reason, ''), E'\n', 1) ELSE '' END,
        coalesce(product_area_id, 0), coalesce(severity, ''), count(*)
    FROM bug_reports WHERE status <> 'draft' GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER held_counts_insert AFTER INSERT ON tickets
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION held_counts_keep();
CREATE TRIGGER held_counts_update AFTER UPDATE ON tickets
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION held_counts_keep();
CREATE TRIGGER held_counts_delete AFTER DELETE ON tickets
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION held_counts_keep();
CREATE TRIGGER agent_event_counts_insert AFTER INSERT ON ticket_events
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION agent_event_counts_keep();
CREATE TRIGGER agent_event_counts_update AFTER UPDATE ON ticket_events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION agent_event_counts_keep();
CREATE TRIGGER agent_event_counts_delete AFTER DELETE ON ticket_events
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION agent_event_counts_keep();
CREATE TRIGGER bug_report_counts_insert AFTER INSERT ON bug_reports
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bug_report_counts_keep();
CREATE TRIGGER bug_report_counts_update AFTER UPDATE ON bug_reports
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION bug_report_counts_keep();
CREATE TRIGGER bug_report_counts_delete AFTER DELETE ON bug_reports
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bug_report_counts_keep();

-- SPDX-License-Identifier: GPL-3.0-or-later
-- The Load and Bug reports views (issue 16) count a year from counters kept by triggers,
-- as migration 032 does for the tickets: per UTC day, so that a period is its whole days
-- from here plus, where the team's midnight is not UTC's, its two edges from the rows
-- themselves (an index range of less than a day each).
-- The trigger bodies write flags as comparisons (0 or 1), not CASE: the migration splitter
-- reads a CASE's END as the end of the trigger.

-- R19, R24: per UTC day and agent, the tickets the agent took (an assignment or takeover to
-- themselves) and handed off (a handoff or an escalation by them).
CREATE TABLE agent_event_counts (
    day INTEGER NOT NULL,
    agent_id INTEGER NOT NULL,
    taken INTEGER NOT NULL,
    handed INTEGER NOT NULL,
    PRIMARY KEY (day, agent_id)
) WITHOUT ROWID;
-- R19, R24: the open tickets each agent holds now, by the UTC day they were assigned (-1:
-- unknown), so that "long held" is whole days here plus one day of tickets_assignee_assigned.
-- As the Load view counts them, merged tickets are not set apart.
CREATE TABLE held_counts (
    agent_id INTEGER NOT NULL,
    day INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (agent_id, day)
) WITHOUT ROWID;
-- R26, R28, R29: bug reports that are not drafts, by the UTC day they were made, status,
-- decline reason (the verdict's first line, for a declined one; '' otherwise), product area
-- (0: none) and severity ('': not rated).
CREATE TABLE bug_report_counts (
    day INTEGER NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    area_id INTEGER NOT NULL,
    severity TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (day, status, reason, area_id, severity)
) WITHOUT ROWID;

INSERT INTO held_counts (agent_id, day, n)
    SELECT assignee_id, coalesce(assigned_at / 86400000, -1), count(*) FROM tickets
    WHERE assignee_id IS NOT NULL AND status IN ('new', 'open', 'pending', 'on_hold') GROUP BY 1, 2;
INSERT INTO agent_event_counts (day, agent_id, taken, handed)
    SELECT created_at / 86400000, agent_id,
        sum(kind IN ('assignment', 'takeover') AND coalesce(new_value = CAST(agent_id AS TEXT), 0)),
        sum(kind IN ('handoff', 'escalation'))
    FROM ticket_events WHERE agent_id IS NOT NULL AND kind IN ('assignment', 'takeover', 'handoff', 'escalation')
    GROUP BY 1, 2;
INSERT INTO bug_report_counts (day, status, reason, area_id, severity, n)
    SELECT created_at / 86400000, status,
        substr(coalesce(verdict_reason, ''), 1,
            (status = 'declined') * (instr(coalesce(verdict_reason, '') || char(10), char(10)) - 1)),
        coalesce(product_area_id, 0), coalesce(severity, ''), count(*)
    FROM bug_reports WHERE status <> 'draft' GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER held_counts_insert AFTER INSERT ON tickets
    WHEN new.assignee_id IS NOT NULL AND new.status IN ('new', 'open', 'pending', 'on_hold')
BEGIN
    INSERT INTO held_counts (agent_id, day, n) VALUES (new.assignee_id, coalesce(new.assigned_at / 86400000, -1), 1)
        ON CONFLICT (agent_id, day) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER held_counts_update AFTER UPDATE OF assignee_id, status, assigned_at ON tickets
    WHEN old.assignee_id IS NOT new.assignee_id OR old.status IS NOT new.status OR old.assigned_at IS NOT new.assigned_at
BEGIN
    UPDATE held_counts SET n = n - 1
        WHERE old.assignee_id IS NOT NULL AND old.status IN ('new', 'open', 'pending', 'on_hold')
        AND agent_id = old.assignee_id AND day = coalesce(old.assigned_at / 86400000, -1);
    INSERT INTO held_counts (agent_id, day, n)
        SELECT new.assignee_id, coalesce(new.assigned_at / 86400000, -1), 1
        WHERE new.assignee_id IS NOT NULL AND new.status IN ('new', 'open', 'pending', 'on_hold')
        ON CONFLICT (agent_id, day) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER held_counts_delete AFTER DELETE ON tickets
    WHEN old.assignee_id IS NOT NULL AND old.status IN ('new', 'open', 'pending', 'on_hold')
BEGIN
    UPDATE held_counts SET n = n - 1 WHERE agent_id = old.assignee_id AND day = coalesce(old.assigned_at / 86400000, -1);
END;

CREATE TRIGGER agent_event_counts_insert AFTER INSERT ON ticket_events
    WHEN new.agent_id IS NOT NULL AND new.kind IN ('assignment', 'takeover', 'handoff', 'escalation')
BEGIN
    INSERT INTO agent_event_counts (day, agent_id, taken, handed)
        SELECT new.created_at / 86400000, new.agent_id,
            new.kind IN ('assignment', 'takeover') AND coalesce(new.new_value = CAST(new.agent_id AS TEXT), 0),
            new.kind IN ('handoff', 'escalation')
        WHERE true
        ON CONFLICT (day, agent_id) DO UPDATE SET taken = taken + excluded.taken, handed = handed + excluded.handed;
END;
-- Events are appended, never changed; a change or a deletion by hand (or a ticket's
-- deletion cascading to its events) still leaves the counts right.
CREATE TRIGGER agent_event_counts_delete AFTER DELETE ON ticket_events
    WHEN old.agent_id IS NOT NULL AND old.kind IN ('assignment', 'takeover', 'handoff', 'escalation')
BEGIN
    UPDATE agent_event_counts
        SET taken = taken - (old.kind IN ('assignment', 'takeover') AND coalesce(old.new_value = CAST(old.agent_id AS TEXT), 0)),
        handed = handed - (old.kind IN ('handoff', 'escalation'))
        WHERE day = old.created_at / 86400000 AND agent_id = old.agent_id;
END;
CREATE TRIGGER agent_event_counts_update AFTER UPDATE OF kind, agent_id, new_value, created_at ON ticket_events
BEGIN
    UPDATE agent_event_counts
        SET taken = taken - (old.kind IN ('assignment', 'takeover') AND coalesce(old.new_value = CAST(old.agent_id AS TEXT), 0)),
        handed = handed - (old.kind IN ('handoff', 'escalation'))
        WHERE old.agent_id IS NOT NULL AND day = old.created_at / 86400000 AND agent_id = old.agent_id;
    INSERT INTO agent_event_counts (day, agent_id, taken, handed)
        SELECT new.created_at / 86400000, new.agent_id,
            new.kind IN ('assignment', 'takeover') AND coalesce(new.new_value = CAST(new.agent_id AS TEXT), 0),
            new.kind IN ('handoff', 'escalation')
        WHERE new.agent_id IS NOT NULL AND new.kind IN ('assignment', 'takeover', 'handoff', 'escalation')
        ON CONFLICT (day, agent_id) DO UPDATE SET taken = taken + excluded.taken, handed = handed + excluded.handed;
END;

CREATE TRIGGER bug_report_counts_insert AFTER INSERT ON bug_reports WHEN new.status <> 'draft' BEGIN
    INSERT INTO bug_report_counts (day, status, reason, area_id, severity, n)
        SELECT new.created_at / 86400000, new.status,
            substr(coalesce(new.verdict_reason, ''), 1,
                (new.status = 'declined') * (instr(coalesce(new.verdict_reason, '') || char(10), char(10)) - 1)),
            coalesce(new.product_area_id, 0), coalesce(new.severity, ''), 1
        WHERE true
        ON CONFLICT (day, status, reason, area_id, severity) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER bug_report_counts_delete AFTER DELETE ON bug_reports WHEN old.status <> 'draft' BEGIN
    UPDATE bug_report_counts SET n = n - 1
        WHERE day = old.created_at / 86400000 AND status = old.status
        AND reason = substr(coalesce(old.verdict_reason, ''), 1,
            (old.status = 'declined') * (instr(coalesce(old.verdict_reason, '') || char(10), char(10)) - 1))
        AND area_id = coalesce(old.product_area_id, 0) AND severity = coalesce(old.severity, '');
END;
CREATE TRIGGER bug_report_counts_update AFTER UPDATE OF status, verdict_reason, product_area_id, severity, created_at
    ON bug_reports
BEGIN
    UPDATE bug_report_counts SET n = n - 1
        WHERE old.status <> 'draft' AND day = old.created_at / 86400000 AND status = old.status
        AND reason = substr(coalesce(old.verdict_reason, ''), 1,
            (old.status = 'declined') * (instr(coalesce(old.verdict_reason, '') || char(10), char(10)) - 1))
        AND area_id = coalesce(old.product_area_id, 0) AND severity = coalesce(old.severity, '');
    INSERT INTO bug_report_counts (day, status, reason, area_id, severity, n)
        SELECT new.created_at / 86400000, new.status,
            substr(coalesce(new.verdict_reason, ''), 1,
                (new.status = 'declined') * (instr(coalesce(new.verdict_reason, '') || char(10), char(10)) - 1)),
            coalesce(new.product_area_id, 0), coalesce(new.severity, ''), 1
        WHERE new.status <> 'draft'
        ON CONFLICT (day, status, reason, area_id, severity) DO UPDATE SET n = n + 1;
END;

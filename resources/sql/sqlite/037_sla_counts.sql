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
-- Per-row triggers, O(1) each: an import's inserts add one counter row each, without
-- reading anything (ResponseWaits' deferred work is untouched).
-- The trigger bodies write flags as comparisons (0 or 1), not CASE: the migration splitter
-- reads a CASE's END as the end of the trigger.

CREATE TABLE sla_counts (
    day INTEGER NOT NULL,
    policy_id INTEGER NOT NULL,
    severity TEXT NOT NULL,
    n INTEGER NOT NULL,
    answered INTEGER NOT NULL,
    first_late INTEGER NOT NULL,
    reaction_late INTEGER NOT NULL,
    PRIMARY KEY (day, policy_id, severity)
) WITHOUT ROWID;

-- Covering: the view reads the due times, policy and severity from the index alone.
CREATE INDEX tickets_unanswered ON tickets(created_at, first_response_due_at, reaction_due_at, sla_policy_id, severity)
    WHERE first_responded_at IS NULL AND merged_into_id IS NULL;

INSERT INTO sla_counts (day, policy_id, severity, n, answered, first_late, reaction_late)
    SELECT created_at / 86400000, coalesce(sla_policy_id, 0), coalesce(severity, ''), count(*),
        sum(first_responded_at IS NOT NULL), sum(coalesce(first_responded_at > first_response_due_at, 0)),
        sum(coalesce(first_responded_at > reaction_due_at, 0))
    FROM tickets WHERE merged_into_id IS NULL GROUP BY 1, 2, 3;

CREATE TRIGGER sla_counts_insert AFTER INSERT ON tickets WHEN new.merged_into_id IS NULL BEGIN
    INSERT INTO sla_counts (day, policy_id, severity, n, answered, first_late, reaction_late)
        VALUES (new.created_at / 86400000, coalesce(new.sla_policy_id, 0), coalesce(new.severity, ''), 1,
            new.first_responded_at IS NOT NULL, coalesce(new.first_responded_at > new.first_response_due_at, 0),
            coalesce(new.first_responded_at > new.reaction_due_at, 0))
        ON CONFLICT (day, policy_id, severity) DO UPDATE SET n = n + 1, answered = answered + excluded.answered,
            first_late = first_late + excluded.first_late, reaction_late = reaction_late + excluded.reaction_late;
END;
CREATE TRIGGER sla_counts_update AFTER UPDATE OF created_at, merged_into_id, sla_policy_id, severity,
    first_responded_at, first_response_due_at, reaction_due_at ON tickets
    WHEN old.created_at IS NOT new.created_at OR (old.merged_into_id IS NULL) IS NOT (new.merged_into_id IS NULL)
        OR old.sla_policy_id IS NOT new.sla_policy_id OR old.severity IS NOT new.severity
        OR old.first_responded_at IS NOT new.first_responded_at
        OR old.first_response_due_at IS NOT new.first_response_due_at OR old.reaction_due_at IS NOT new.reaction_due_at
BEGIN
    UPDATE sla_counts SET n = n - 1, answered = answered - (old.first_responded_at IS NOT NULL),
            first_late = first_late - coalesce(old.first_responded_at > old.first_response_due_at, 0),
            reaction_late = reaction_late - coalesce(old.first_responded_at > old.reaction_due_at, 0)
        WHERE old.merged_into_id IS NULL AND day = old.created_at / 86400000
        AND policy_id = coalesce(old.sla_policy_id, 0) AND severity = coalesce(old.severity, '');
    INSERT INTO sla_counts (day, policy_id, severity, n, answered, first_late, reaction_late)
        SELECT new.created_at / 86400000, coalesce(new.sla_policy_id, 0), coalesce(new.severity, ''), 1,
            new.first_responded_at IS NOT NULL, coalesce(new.first_responded_at > new.first_response_due_at, 0),
            coalesce(new.first_responded_at > new.reaction_due_at, 0)
        WHERE new.merged_into_id IS NULL
        ON CONFLICT (day, policy_id, severity) DO UPDATE SET n = n + 1, answered = answered + excluded.answered,
            first_late = first_late + excluded.first_late, reaction_late = reaction_late + excluded.reaction_late;
END;
CREATE TRIGGER sla_counts_delete BEFORE DELETE ON tickets WHEN old.merged_into_id IS NULL BEGIN
    UPDATE sla_counts SET n = n - 1, answered = answered - (old.first_responded_at IS NOT NULL),
            first_late = first_late - coalesce(old.first_responded_at > old.first_response_due_at, 0),
            reaction_late = reaction_late - coalesce(old.first_responded_at > old.reaction_due_at, 0)
        WHERE day = old.created_at / 86400000 AND policy_id = coalesce(old.sla_policy_id, 0)
        AND severity = coalesce(old.severity, '');
END;

-- SPDX-License-Identifier: GPL-3.0-or-later
-- The inbox counts its Open, Pending, Closed ... lists (views that filter on the status only)
-- from counters kept in step with the tickets: on a million tickets PostgreSQL counts the
-- Open list by reading every ticket of the status index (tens of milliseconds for each
-- count, again after every change), where SQLite reads the same in a few. SQLite needs no
-- twin; it keeps counting the tickets themselves.
--
-- Only tickets that are not private are counted here: the row rule of migration 014 hides
-- some private tickets from some agents, so those are counted from the tickets themselves,
-- through the rule (the tickets_private index holds them, and they are few).
--
-- Statement triggers with transition tables: a bulk write (an import, a generator) updates
-- each status's row once per statement, not once per ticket. Writing transactions run one
-- at a time (the change log's advisory lock), so the six rows add no waiting of their own.
CREATE TABLE ticket_status_counts (
    status TEXT PRIMARY KEY,
    n BIGINT NOT NULL
);
INSERT INTO ticket_status_counts (status, n)
    SELECT s, (SELECT count(*) FROM tickets WHERE status = s AND NOT is_private)
    FROM unnest(ARRAY['new', 'open', 'pending', 'on_hold', 'solved', 'closed']) AS s;

CREATE FUNCTION ticket_status_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Each branch names only the transition tables its trigger declares.
    IF TG_OP = 'INSERT' THEN
        UPDATE ticket_status_counts c SET n = c.n + d.delta
        FROM (SELECT status, count(*) AS delta FROM new_rows WHERE NOT is_private GROUP BY status) d
        WHERE c.status = d.status;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE ticket_status_counts c SET n = c.n - d.delta
        FROM (SELECT status, count(*) AS delta FROM old_rows WHERE NOT is_private GROUP BY status) d
        WHERE c.status = d.status;
    ELSE
        UPDATE ticket_status_counts c SET n = c.n + d.delta
        FROM (SELECT status, sum(delta) AS delta
              FROM (SELECT status, 1 AS delta FROM new_rows WHERE NOT is_private
                    UNION ALL SELECT status, -1 FROM old_rows WHERE NOT is_private) AS x
              GROUP BY status HAVING sum(delta) <> 0) d
        WHERE c.status = d.status;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER ticket_status_counts_insert AFTER INSERT ON tickets
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ticket_status_counts_keep();
CREATE TRIGGER ticket_status_counts_update AFTER UPDATE ON tickets
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION ticket_status_counts_keep();
CREATE TRIGGER ticket_status_counts_delete AFTER DELETE ON tickets
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ticket_status_counts_keep();

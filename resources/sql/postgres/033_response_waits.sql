-- SPDX-License-Identifier: GPL-3.0-or-later
-- The Response view (issue 16) reads a year of replies from stored waits and counters, not
-- by walking messages through the team's calendar at read time. Each first and next
-- response keeps its wait in business hours (wall-clock time where the ticket's SLA policy
-- runs round the clock), worked out by triggers in the transaction of the write, so every
-- path that writes tickets or messages (stores, mail intake, imports, generators, a test's
-- plain INSERT) keeps it right without knowing it exists.
--
-- Business hours depend on the team's settings (zone, working week, hours, holidays), which
-- SQL cannot walk: the app lays the team's days out in working_days, and whenever the
-- settings differ from the ones response_state names (and after this upgrade, which names
-- none) it lays them out anew and recomputes every wait (ResponseWaits::ensure).
--
-- The triggers run once a statement over its transition tables, so that a statement writing
-- many rows updates each counter row once: PostgreSQL keeps every version a transaction
-- makes of a row, and a row updated once for each written row costs quadratic time.

-- The team's local days: midnight, the working window (start = end on a day off), and the
-- working milliseconds of all earlier days, so the working time before an instant is one
-- lookup (as WorkingTimeline computes it).
CREATE TABLE working_days (
    midnight BIGINT PRIMARY KEY,
    work_start BIGINT NOT NULL,
    work_end BIGINT NOT NULL,
    worked_before BIGINT NOT NULL
);
-- Which settings working_days was laid out for ('' none yet). pending_below: tickets with
-- a lower id still hold waits of older settings, not counted, until the recompute's slices
-- reach them (ResponseWaits::ensure); 0 when none do. deferring: 1 while a batch (an import,
-- a mail fetch) sets the per-write refresh aside inside its own transaction (no other
-- session sees it); the tickets it touched are named in response_refresh and worked out once
-- when it sets this back to 0.
CREATE TABLE response_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    hours_key TEXT NOT NULL,
    pending_below BIGINT NOT NULL,
    deferring INTEGER NOT NULL
);
INSERT INTO response_state (id, hours_key, pending_below, deferring) VALUES (1, '', 0, 0);
-- The tickets a deferring batch touched, once a write.
CREATE TABLE response_refresh (ticket_id BIGINT NOT NULL);

-- One row a response: the first (message 0) and each next one, with the facets the view
-- splits them by, taken from the ticket (and its customer) as they are now.
-- ticket_created is not named *_at: moving a demo to today shifts every *_at column, and
-- these rows follow their ticket's and messages' shift through the triggers instead.
CREATE TABLE response_waits (
    ticket_id BIGINT NOT NULL,
    message_id BIGINT NOT NULL,
    kind INTEGER NOT NULL, -- 0 first response, 1 next response
    ticket_created BIGINT NOT NULL, -- when the ticket was: a period holds its tickets' responses
    premium INTEGER NOT NULL,
    severity TEXT NOT NULL, -- '' not rated
    policy_id BIGINT NOT NULL, -- 0 none
    wait_ms BIGINT NOT NULL,
    PRIMARY KEY (ticket_id, message_id)
);
CREATE INDEX response_waits_created ON response_waits(ticket_created);
-- A percentile's exact value: the k-th wait of one minute's range, in wait order.
CREATE INDEX response_waits_rank ON response_waits(kind, wait_ms, ticket_created, premium, severity);

-- Responses by the UTC day their ticket was created, their facets and their wait in whole
-- minutes rounded up (0: no wait at all), so a median is found by summing counters and only
-- its minute is read from the rows.
CREATE TABLE response_counts (
    day BIGINT NOT NULL,
    kind INTEGER NOT NULL,
    premium INTEGER NOT NULL,
    severity TEXT NOT NULL,
    policy_id BIGINT NOT NULL,
    minute BIGINT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (day, kind, premium, severity, policy_id, minute)
);

-- The moments of each response: since when the customer waited and when the reply came.
-- A next response answers the first customer message after the agent's previous reply;
-- the reply that answered the opening is the first response, not a next one.
CREATE VIEW response_moments AS
SELECT t.id AS ticket_id, CAST(0 AS BIGINT) AS message_id, 0 AS kind, t.created_at AS ticket_created,
    coalesce(CAST(c.tier = 'premium' AS INTEGER), 0) AS premium, coalesce(t.severity, '') AS severity,
    coalesce(t.sla_policy_id, 0) AS policy_id, coalesce(CAST(NOT p.business_hours AS INTEGER), 0) AS round_the_clock,
    t.created_at AS since, t.first_responded_at AS replied
FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id LEFT JOIN sla_policies p ON p.id = t.sla_policy_id
WHERE t.merged_into_id IS NULL AND t.first_responded_at IS NOT NULL
UNION ALL
SELECT t.id, a.id, 1, t.created_at, coalesce(CAST(c.tier = 'premium' AS INTEGER), 0), coalesce(t.severity, ''),
    coalesce(t.sla_policy_id, 0), coalesce(CAST(NOT p.business_hours AS INTEGER), 0),
    (SELECT min(q.created_at) FROM messages q WHERE q.ticket_id = a.ticket_id AND q.kind = 'customer'
        AND (q.created_at, q.id) < (a.created_at, a.id)
        AND (q.created_at, q.id) > (SELECT r.created_at, r.id FROM messages r WHERE r.ticket_id = a.ticket_id
            AND r.kind = 'agent' AND (r.created_at, r.id) < (a.created_at, a.id)
            ORDER BY r.created_at DESC, r.id DESC LIMIT 1)),
    a.created_at
FROM messages a JOIN tickets t ON t.id = a.ticket_id LEFT JOIN customers c ON c.id = t.customer_id
    LEFT JOIN sla_policies p ON p.id = t.sla_policy_id
WHERE a.kind = 'agent' AND t.merged_into_id IS NULL AND t.first_responded_at IS NOT NULL;

-- Each response's wait: the working time between the two moments (the working time before
-- an instant, from its day in working_days), or wall-clock time round the clock.
CREATE VIEW response_wait_source AS
SELECT m.ticket_id, m.message_id, m.kind, m.ticket_created, m.premium, m.severity, m.policy_id,
    m.round_the_clock * GREATEST(m.replied - m.since, 0) + (1 - m.round_the_clock) * GREATEST(
        coalesce((SELECT d.worked_before + LEAST(GREATEST(m.replied - d.work_start, 0), d.work_end - d.work_start)
            FROM working_days d WHERE d.midnight <= m.replied ORDER BY d.midnight DESC LIMIT 1), 0)
        - coalesce((SELECT d.worked_before + LEAST(GREATEST(m.since - d.work_start, 0), d.work_end - d.work_start)
            FROM working_days d WHERE d.midnight <= m.since ORDER BY d.midnight DESC LIMIT 1), 0), 0) AS wait_ms
FROM response_moments m WHERE m.since IS NOT NULL;

-- The tickets' responses worked out anew, the counters moved once per counter row (only for
-- tickets the recompute has reached: see pending_below). While a batch defers, the tickets
-- are only named.
CREATE FUNCTION response_waits_refresh(ids BIGINT[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    state response_state%ROWTYPE;
BEGIN
    IF cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    SELECT * INTO state FROM response_state WHERE id = 1;
    IF state.deferring = 1 THEN
        INSERT INTO response_refresh (ticket_id) SELECT unnest(ids);
        RETURN;
    END IF;
    WITH gone AS (DELETE FROM response_waits WHERE ticket_id = ANY(ids) RETURNING *)
    INSERT INTO response_counts (day, kind, premium, severity, policy_id, minute, n)
        SELECT ticket_created / 86400000, kind, premium, severity, policy_id, (wait_ms + 59999) / 60000, -count(*)
        FROM gone WHERE ticket_id >= state.pending_below GROUP BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (day, kind, premium, severity, policy_id, minute) DO UPDATE SET n = response_counts.n + excluded.n;
    WITH made AS (
        INSERT INTO response_waits (ticket_id, message_id, kind, ticket_created, premium, severity, policy_id, wait_ms)
            SELECT ticket_id, message_id, kind, ticket_created, premium, severity, policy_id, wait_ms
            FROM response_wait_source WHERE ticket_id = ANY(ids)
            RETURNING *)
    INSERT INTO response_counts (day, kind, premium, severity, policy_id, minute, n)
        SELECT ticket_created / 86400000, kind, premium, severity, policy_id, (wait_ms + 59999) / 60000, count(*)
        FROM made WHERE ticket_id >= state.pending_below GROUP BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (day, kind, premium, severity, policy_id, minute) DO UPDATE SET n = response_counts.n + excluded.n;
END;
$$;

-- A batch that deferred ends: each ticket it touched worked out once.
CREATE FUNCTION response_refresh_drain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM response_waits_refresh(ARRAY(SELECT DISTINCT ticket_id FROM response_refresh));
    DELETE FROM response_refresh;
    RETURN NULL;
END;
$$;
CREATE TRIGGER response_refresh_drain AFTER UPDATE ON response_state FOR EACH ROW
    WHEN (old.deferring = 1 AND new.deferring = 0) EXECUTE FUNCTION response_refresh_drain();

-- What changes a ticket's responses: its messages, its own times, severity, customer,
-- policy or merge, its customer's tier, and its policy's clock.
CREATE FUNCTION response_messages_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM response_waits_refresh(ARRAY(SELECT DISTINCT ticket_id FROM new_rows WHERE kind IN ('customer', 'agent')));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM response_waits_refresh(ARRAY(SELECT DISTINCT ticket_id FROM old_rows WHERE kind IN ('customer', 'agent')));
    ELSE
        PERFORM response_waits_refresh(ARRAY(
            SELECT o.ticket_id FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE o.ticket_id IS DISTINCT FROM n.ticket_id OR o.kind IS DISTINCT FROM n.kind
                OR o.created_at IS DISTINCT FROM n.created_at
            UNION SELECT n.ticket_id FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE o.ticket_id IS DISTINCT FROM n.ticket_id));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER response_messages_insert AFTER INSERT ON messages REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION response_messages_written();
CREATE TRIGGER response_messages_delete AFTER DELETE ON messages REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION response_messages_written();
CREATE TRIGGER response_messages_update AFTER UPDATE ON messages REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION response_messages_written();

CREATE FUNCTION response_tickets_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM response_waits_refresh(ARRAY(SELECT id FROM new_rows WHERE first_responded_at IS NOT NULL));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM response_waits_refresh(ARRAY(SELECT id FROM old_rows));
    ELSE
        PERFORM response_waits_refresh(ARRAY(
            SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE o.created_at IS DISTINCT FROM n.created_at OR o.first_responded_at IS DISTINCT FROM n.first_responded_at
                OR o.merged_into_id IS DISTINCT FROM n.merged_into_id OR o.severity IS DISTINCT FROM n.severity
                OR o.customer_id IS DISTINCT FROM n.customer_id OR o.sla_policy_id IS DISTINCT FROM n.sla_policy_id));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER response_tickets_insert AFTER INSERT ON tickets REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION response_tickets_written();
CREATE TRIGGER response_tickets_delete AFTER DELETE ON tickets REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION response_tickets_written();
CREATE TRIGGER response_tickets_update AFTER UPDATE ON tickets REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION response_tickets_written();

CREATE FUNCTION response_customers_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM response_waits_refresh(ARRAY(
        SELECT t.id FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN tickets t ON t.customer_id = n.id
        WHERE o.tier IS DISTINCT FROM n.tier AND t.first_responded_at IS NOT NULL));
    RETURN NULL;
END;
$$;
CREATE TRIGGER response_customers_update AFTER UPDATE ON customers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION response_customers_written();

CREATE FUNCTION response_policies_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM response_waits_refresh(ARRAY(
        SELECT t.id FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN tickets t ON t.sla_policy_id = n.id
        WHERE o.business_hours IS DISTINCT FROM n.business_hours AND t.first_responded_at IS NOT NULL));
    RETURN NULL;
END;
$$;
CREATE TRIGGER response_policies_update AFTER UPDATE ON sla_policies REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION response_policies_written();

-- Migration 032 counted tag uses a row at a time: a statement tagging many tickets of one day
-- updated that day's row once per ticket. Now once a statement, by the sum of its rows.
DROP TRIGGER tag_counts_write ON ticket_tags;
DROP FUNCTION tag_counts_keep();
CREATE FUNCTION tag_counts_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO tag_counts (day, tag_id, n)
        SELECT t.created_at / 86400000, r.tag_id, count(*) FROM new_rows r JOIN tickets t ON t.id = r.ticket_id
        WHERE t.merged_into_id IS NULL GROUP BY 1, 2
        ON CONFLICT (day, tag_id) DO UPDATE SET n = tag_counts.n + excluded.n;
    RETURN NULL;
END;
$$;
-- A ticket's deletion has counted its tags out already (ticket_counts_keep, before the row
-- went); the rows its deletion cascades to find no ticket here.
CREATE FUNCTION tag_counts_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE tag_counts c SET n = c.n - x.uses
        FROM (SELECT t.created_at / 86400000 AS day, r.tag_id, count(*) AS uses FROM old_rows r
              JOIN tickets t ON t.id = r.ticket_id WHERE t.merged_into_id IS NULL GROUP BY 1, 2) x
        WHERE c.day = x.day AND c.tag_id = x.tag_id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER tag_counts_insert AFTER INSERT ON ticket_tags REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tag_counts_added();
CREATE TRIGGER tag_counts_delete AFTER DELETE ON ticket_tags REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tag_counts_removed();

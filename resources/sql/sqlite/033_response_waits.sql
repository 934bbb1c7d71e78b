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
-- The trigger bodies write flags as comparisons (0 or 1), not CASE: the migration splitter
-- reads a CASE's END as the end of the trigger.

-- The team's local days: midnight, the working window (start = end on a day off), and the
-- working milliseconds of all earlier days, so the working time before an instant is one
-- lookup (as WorkingTimeline computes it).
CREATE TABLE working_days (
    midnight INTEGER PRIMARY KEY,
    work_start INTEGER NOT NULL,
    work_end INTEGER NOT NULL,
    worked_before INTEGER NOT NULL
);
-- Which settings working_days was laid out for ('' none yet). pending_below: tickets with
-- a lower id still hold waits of older settings, not counted, until the recompute's slices
-- reach them (ResponseWaits::ensure); 0 when none do. deferring: 1 while a batch (an import,
-- a mail fetch) sets the per-write refresh aside inside its own transaction; the tickets it
-- touched are named in response_refresh and worked out once when it sets this back to 0.
CREATE TABLE response_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    hours_key TEXT NOT NULL,
    pending_below INTEGER NOT NULL,
    deferring INTEGER NOT NULL
);
INSERT INTO response_state (id, hours_key, pending_below, deferring) VALUES (1, '', 0, 0);

-- One row a response: the first (message 0) and each next one, with the facets the view
-- splits them by, taken from the ticket (and its customer) as they are now.
-- ticket_created is not named *_at: moving a demo to today shifts every *_at column, and
-- these rows follow their ticket's and messages' shift through the triggers instead.
CREATE TABLE response_waits (
    ticket_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    kind INTEGER NOT NULL, -- 0 first response, 1 next response
    ticket_created INTEGER NOT NULL, -- when the ticket was: a period holds its tickets' responses
    premium INTEGER NOT NULL,
    severity TEXT NOT NULL, -- '' not rated
    policy_id INTEGER NOT NULL, -- 0 none
    wait_ms INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, message_id)
) WITHOUT ROWID;
CREATE INDEX response_waits_created ON response_waits(ticket_created);
-- A percentile's exact value: the k-th wait of one minute's range, in wait order.
CREATE INDEX response_waits_rank ON response_waits(kind, wait_ms, ticket_created, premium, severity);

-- Responses by the UTC day their ticket was created, their facets and their wait in whole
-- minutes rounded up (0: no wait at all), so a median is found by summing counters and only
-- its minute is read from the rows.
CREATE TABLE response_counts (
    day INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    premium INTEGER NOT NULL,
    severity TEXT NOT NULL,
    policy_id INTEGER NOT NULL,
    minute INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (day, kind, premium, severity, policy_id, minute)
) WITHOUT ROWID;

-- The moments of each response: since when the customer waited and when the reply came.
-- A next response answers the first customer message after the agent's previous reply;
-- the reply that answered the opening is the first response, not a next one.
CREATE VIEW response_moments AS
SELECT t.id AS ticket_id, 0 AS message_id, 0 AS kind, t.created_at AS ticket_created,
    coalesce(c.tier = 'premium', 0) AS premium, coalesce(t.severity, '') AS severity,
    coalesce(t.sla_policy_id, 0) AS policy_id, coalesce(p.business_hours = 0, 0) AS round_the_clock,
    t.created_at AS since, t.first_responded_at AS replied
FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id LEFT JOIN sla_policies p ON p.id = t.sla_policy_id
WHERE t.merged_into_id IS NULL AND t.first_responded_at IS NOT NULL
UNION ALL
SELECT t.id, a.id, 1, t.created_at, coalesce(c.tier = 'premium', 0), coalesce(t.severity, ''),
    coalesce(t.sla_policy_id, 0), coalesce(p.business_hours = 0, 0),
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
    m.round_the_clock * max(m.replied - m.since, 0) + (1 - m.round_the_clock) * max(
        coalesce((SELECT d.worked_before + min(max(m.replied - d.work_start, 0), d.work_end - d.work_start)
            FROM working_days d WHERE d.midnight <= m.replied ORDER BY d.midnight DESC LIMIT 1), 0)
        - coalesce((SELECT d.worked_before + min(max(m.since - d.work_start, 0), d.work_end - d.work_start)
            FROM working_days d WHERE d.midnight <= m.since ORDER BY d.midnight DESC LIMIT 1), 0), 0) AS wait_ms
FROM response_moments m WHERE m.since IS NOT NULL;

-- A ticket whose responses may have changed is named here; its trigger works them out anew
-- and removes the name, so the derivation is written once for every cause. While a batch
-- defers, the names stay (one a write) until the batch ends: then each ticket is named once
-- more with the refresh on, which works it out once and removes all its names.
CREATE TABLE response_refresh (ticket_id INTEGER NOT NULL);
CREATE INDEX response_refresh_ticket ON response_refresh(ticket_id);
CREATE TRIGGER response_refresh_run AFTER INSERT ON response_refresh
    WHEN (SELECT deferring FROM response_state WHERE id = 1) = 0
BEGIN
    DELETE FROM response_waits WHERE ticket_id = new.ticket_id;
    INSERT INTO response_waits (ticket_id, message_id, kind, ticket_created, premium, severity, policy_id, wait_ms)
        SELECT ticket_id, message_id, kind, ticket_created, premium, severity, policy_id, wait_ms
        FROM response_wait_source WHERE ticket_id = new.ticket_id;
    DELETE FROM response_refresh WHERE ticket_id = new.ticket_id;
END;
CREATE TRIGGER response_refresh_drain AFTER UPDATE OF deferring ON response_state
    WHEN old.deferring = 1 AND new.deferring = 0
BEGIN
    INSERT INTO response_refresh (ticket_id) SELECT DISTINCT ticket_id FROM response_refresh;
END;

-- The counters hold the waits of tickets the recompute has reached (see pending_below).
CREATE TRIGGER response_counts_insert AFTER INSERT ON response_waits
    WHEN new.ticket_id >= (SELECT pending_below FROM response_state WHERE id = 1)
BEGIN
    INSERT INTO response_counts (day, kind, premium, severity, policy_id, minute, n)
        VALUES (new.ticket_created / 86400000, new.kind, new.premium, new.severity, new.policy_id,
            (new.wait_ms + 59999) / 60000, 1)
        ON CONFLICT (day, kind, premium, severity, policy_id, minute) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER response_counts_delete AFTER DELETE ON response_waits
    WHEN old.ticket_id >= (SELECT pending_below FROM response_state WHERE id = 1)
BEGIN
    UPDATE response_counts SET n = n - 1
        WHERE day = old.ticket_created / 86400000 AND kind = old.kind AND premium = old.premium
        AND severity = old.severity AND policy_id = old.policy_id AND minute = (old.wait_ms + 59999) / 60000;
END;

-- What changes a ticket's responses: its messages, its own times, severity, customer,
-- policy or merge, its customer's tier, and its policy's clock.
CREATE TRIGGER response_message_insert AFTER INSERT ON messages WHEN new.kind IN ('customer', 'agent') BEGIN
    INSERT INTO response_refresh (ticket_id) VALUES (new.ticket_id);
END;
CREATE TRIGGER response_message_delete AFTER DELETE ON messages WHEN old.kind IN ('customer', 'agent') BEGIN
    INSERT INTO response_refresh (ticket_id) VALUES (old.ticket_id);
END;
CREATE TRIGGER response_message_update AFTER UPDATE OF ticket_id, kind, created_at ON messages BEGIN
    INSERT INTO response_refresh (ticket_id) VALUES (old.ticket_id);
    INSERT INTO response_refresh (ticket_id) SELECT new.ticket_id WHERE new.ticket_id IS NOT old.ticket_id;
END;
CREATE TRIGGER response_ticket_insert AFTER INSERT ON tickets WHEN new.first_responded_at IS NOT NULL BEGIN
    INSERT INTO response_refresh (ticket_id) VALUES (new.id);
END;
CREATE TRIGGER response_ticket_update AFTER UPDATE OF created_at, first_responded_at, merged_into_id, severity,
    customer_id, sla_policy_id ON tickets
    WHEN old.created_at IS NOT new.created_at OR old.first_responded_at IS NOT new.first_responded_at
        OR old.merged_into_id IS NOT new.merged_into_id OR old.severity IS NOT new.severity
        OR old.customer_id IS NOT new.customer_id OR old.sla_policy_id IS NOT new.sla_policy_id
BEGIN
    INSERT INTO response_refresh (ticket_id) VALUES (new.id);
END;
CREATE TRIGGER response_ticket_delete BEFORE DELETE ON tickets BEGIN
    DELETE FROM response_waits WHERE ticket_id = old.id;
END;
CREATE TRIGGER response_customer_tier AFTER UPDATE OF tier ON customers WHEN old.tier IS NOT new.tier BEGIN
    INSERT INTO response_refresh (ticket_id)
        SELECT id FROM tickets WHERE customer_id = new.id AND first_responded_at IS NOT NULL;
END;
CREATE TRIGGER response_policy_clock AFTER UPDATE OF business_hours ON sla_policies
    WHEN old.business_hours IS NOT new.business_hours
BEGIN
    INSERT INTO response_refresh (ticket_id)
        SELECT id FROM tickets WHERE sla_policy_id = new.id AND first_responded_at IS NOT NULL;
END;

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Team analytics (issue 16) count a year of tickets from counters kept in step with the
-- tickets, never by reading the tickets themselves. Triggers keep them, in the transaction
-- of the write, so every path that writes tickets (stores, imports, mail, generators, a
-- test's plain INSERT) keeps them right without knowing they exist.
--
-- Counters are per UTC hour (tags: per UTC day), so that any team zone's midnights fall on
-- a counter boundary (zones a half or quarter hour off UTC count their odd edges from the
-- tickets themselves, an index range of at most an hour). Merged tickets are counted out.
-- The trigger bodies write flags as comparisons (0 or 1), not CASE: the migration splitter
-- reads a CASE's END as the end of the trigger.

-- Tickets by the hour they were created, their status now and whether they carry a tag.
CREATE TABLE ticket_counts (
    hour INTEGER NOT NULL,
    status TEXT NOT NULL,
    tagged INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (hour, status, tagged)
) WITHOUT ROWID;
-- Finished tickets (solved, or closed without a solve) by the hour they finished (dated 1);
-- one finished without a time is kept by the hour it was created (dated 0): it is neither
-- open nor finished on any day, as the tickets themselves say.
CREATE TABLE ticket_finish_counts (
    hour INTEGER NOT NULL,
    dated INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (hour, dated)
) WITHOUT ROWID;
-- Tickets by the UTC day they were created, their channel and complexity ('' not rated).
CREATE TABLE channel_counts (
    day INTEGER NOT NULL,
    channel TEXT NOT NULL,
    complexity TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (day, channel, complexity)
) WITHOUT ROWID;
-- Untagged tickets by the UTC day they were created and who holds them (0: nobody).
CREATE TABLE untagged_counts (
    day INTEGER NOT NULL,
    assignee_id INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (day, assignee_id)
) WITHOUT ROWID;
-- Tag uses by the UTC day their ticket was created.
CREATE TABLE tag_counts (
    day INTEGER NOT NULL,
    tag_id INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (day, tag_id)
) WITHOUT ROWID;

INSERT INTO ticket_counts (hour, status, tagged, n)
    SELECT created_at / 3600000, status, CASE WHEN tag_count > 0 THEN 1 ELSE 0 END, count(*)
    FROM tickets WHERE merged_into_id IS NULL GROUP BY 1, 2, 3;
INSERT INTO ticket_finish_counts (hour, dated, n)
    SELECT coalesce(solved_at, closed_at, created_at) / 3600000,
        CASE WHEN coalesce(solved_at, closed_at) IS NULL THEN 0 ELSE 1 END, count(*) FROM tickets
    WHERE status IN ('solved', 'closed') AND merged_into_id IS NULL GROUP BY 1, 2;
INSERT INTO channel_counts (day, channel, complexity, n)
    SELECT created_at / 86400000, channel, coalesce(complexity, ''), count(*)
    FROM tickets WHERE merged_into_id IS NULL GROUP BY 1, 2, 3;
INSERT INTO untagged_counts (day, assignee_id, n)
    SELECT created_at / 86400000, coalesce(assignee_id, 0), count(*)
    FROM tickets WHERE merged_into_id IS NULL AND tag_count = 0 GROUP BY 1, 2;
INSERT INTO tag_counts (day, tag_id, n)
    SELECT t.created_at / 86400000, tt.tag_id, count(*) FROM ticket_tags tt JOIN tickets t ON t.id = tt.ticket_id
    WHERE t.merged_into_id IS NULL GROUP BY 1, 2;

CREATE TRIGGER ticket_counts_insert AFTER INSERT ON tickets WHEN new.merged_into_id IS NULL BEGIN
    INSERT INTO ticket_counts (hour, status, tagged, n)
        VALUES (new.created_at / 3600000, new.status, (new.tag_count > 0), 1)
        ON CONFLICT (hour, status, tagged) DO UPDATE SET n = n + 1;
    INSERT INTO channel_counts (day, channel, complexity, n)
        VALUES (new.created_at / 86400000, new.channel, coalesce(new.complexity, ''), 1)
        ON CONFLICT (day, channel, complexity) DO UPDATE SET n = n + 1;
    INSERT INTO untagged_counts (day, assignee_id, n)
        SELECT new.created_at / 86400000, coalesce(new.assignee_id, 0), 1 WHERE new.tag_count = 0
        ON CONFLICT (day, assignee_id) DO UPDATE SET n = n + 1;
    INSERT INTO ticket_finish_counts (hour, dated, n)
        SELECT coalesce(new.solved_at, new.closed_at, new.created_at) / 3600000, (coalesce(new.solved_at, new.closed_at) IS NOT NULL), 1
        WHERE new.status IN ('solved', 'closed')
        ON CONFLICT (hour, dated) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER ticket_counts_update AFTER UPDATE OF status, tag_count, merged_into_id, solved_at, closed_at, created_at
    ON tickets
    WHEN old.status IS NOT new.status OR (old.tag_count > 0) IS NOT (new.tag_count > 0)
        OR (old.merged_into_id IS NULL) IS NOT (new.merged_into_id IS NULL) OR old.solved_at IS NOT new.solved_at
        OR old.closed_at IS NOT new.closed_at OR old.created_at IS NOT new.created_at
BEGIN
    UPDATE ticket_counts SET n = n - 1
        WHERE old.merged_into_id IS NULL AND hour = old.created_at / 3600000 AND status = old.status
        AND tagged = (old.tag_count > 0);
    INSERT INTO ticket_counts (hour, status, tagged, n)
        SELECT new.created_at / 3600000, new.status, (new.tag_count > 0), 1
        WHERE new.merged_into_id IS NULL
        ON CONFLICT (hour, status, tagged) DO UPDATE SET n = n + 1;
    UPDATE ticket_finish_counts SET n = n - 1
        WHERE old.merged_into_id IS NULL AND old.status IN ('solved', 'closed')
        AND hour = coalesce(old.solved_at, old.closed_at, old.created_at) / 3600000 AND dated = (coalesce(old.solved_at, old.closed_at) IS NOT NULL);
    INSERT INTO ticket_finish_counts (hour, dated, n)
        SELECT coalesce(new.solved_at, new.closed_at, new.created_at) / 3600000, (coalesce(new.solved_at, new.closed_at) IS NOT NULL), 1
        WHERE new.merged_into_id IS NULL AND new.status IN ('solved', 'closed')
        ON CONFLICT (hour, dated) DO UPDATE SET n = n + 1;
END;
-- Tickets are not deleted by Casebook; a deletion by hand still leaves the counts right
-- (its tags: the ticket_tags rows its deletion cascades to find no ticket to count).
CREATE TRIGGER ticket_counts_delete BEFORE DELETE ON tickets WHEN old.merged_into_id IS NULL BEGIN
    UPDATE ticket_counts SET n = n - 1
        WHERE hour = old.created_at / 3600000 AND status = old.status
        AND tagged = (old.tag_count > 0);
    UPDATE ticket_finish_counts SET n = n - 1
        WHERE old.status IN ('solved', 'closed') AND hour = coalesce(old.solved_at, old.closed_at, old.created_at) / 3600000
        AND dated = (coalesce(old.solved_at, old.closed_at) IS NOT NULL);
    UPDATE channel_counts SET n = n - 1
        WHERE day = old.created_at / 86400000 AND channel = old.channel AND complexity = coalesce(old.complexity, '');
    UPDATE untagged_counts SET n = n - 1
        WHERE old.tag_count = 0 AND day = old.created_at / 86400000 AND assignee_id = coalesce(old.assignee_id, 0);
    UPDATE tag_counts SET n = n - 1
        WHERE day = old.created_at / 86400000 AND tag_id IN (SELECT tag_id FROM ticket_tags WHERE ticket_id = old.id);
END;
CREATE TRIGGER tag_counts_tag_insert AFTER INSERT ON ticket_tags BEGIN
    INSERT INTO tag_counts (day, tag_id, n)
        SELECT t.created_at / 86400000, new.tag_id, 1 FROM tickets t WHERE t.id = new.ticket_id AND t.merged_into_id IS NULL
        ON CONFLICT (day, tag_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER tag_counts_tag_delete AFTER DELETE ON ticket_tags BEGIN
    UPDATE tag_counts SET n = n - 1 WHERE tag_id = old.tag_id
        AND day = (SELECT t.created_at / 86400000 FROM tickets t WHERE t.id = old.ticket_id AND t.merged_into_id IS NULL);
END;
CREATE TRIGGER channel_counts_update AFTER UPDATE OF channel, complexity, merged_into_id, created_at ON tickets
    WHEN old.channel IS NOT new.channel OR old.complexity IS NOT new.complexity
        OR (old.merged_into_id IS NULL) IS NOT (new.merged_into_id IS NULL) OR old.created_at IS NOT new.created_at
BEGIN
    UPDATE channel_counts SET n = n - 1
        WHERE old.merged_into_id IS NULL AND day = old.created_at / 86400000 AND channel = old.channel
        AND complexity = coalesce(old.complexity, '');
    INSERT INTO channel_counts (day, channel, complexity, n)
        SELECT new.created_at / 86400000, new.channel, coalesce(new.complexity, ''), 1 WHERE new.merged_into_id IS NULL
        ON CONFLICT (day, channel, complexity) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER untagged_counts_update AFTER UPDATE OF tag_count, assignee_id, merged_into_id, created_at ON tickets
    WHEN (old.tag_count = 0) IS NOT (new.tag_count = 0) OR old.assignee_id IS NOT new.assignee_id
        OR (old.merged_into_id IS NULL) IS NOT (new.merged_into_id IS NULL) OR old.created_at IS NOT new.created_at
BEGIN
    UPDATE untagged_counts SET n = n - 1
        WHERE old.merged_into_id IS NULL AND old.tag_count = 0 AND day = old.created_at / 86400000
        AND assignee_id = coalesce(old.assignee_id, 0);
    INSERT INTO untagged_counts (day, assignee_id, n)
        SELECT new.created_at / 86400000, coalesce(new.assignee_id, 0), 1
        WHERE new.merged_into_id IS NULL AND new.tag_count = 0
        ON CONFLICT (day, assignee_id) DO UPDATE SET n = n + 1;
END;
-- A merge counts the ticket's tags out; created_at never changes, but a hand edit may.
CREATE TRIGGER tag_counts_ticket_update AFTER UPDATE OF merged_into_id, created_at ON tickets
    WHEN (old.merged_into_id IS NULL) IS NOT (new.merged_into_id IS NULL) OR old.created_at IS NOT new.created_at
BEGIN
    UPDATE tag_counts SET n = n - 1
        WHERE old.merged_into_id IS NULL AND day = old.created_at / 86400000
        AND tag_id IN (SELECT tag_id FROM ticket_tags WHERE ticket_id = old.id);
    INSERT INTO tag_counts (day, tag_id, n)
        SELECT new.created_at / 86400000, tag_id, 1 FROM ticket_tags WHERE ticket_id = new.id AND new.merged_into_id IS NULL
        ON CONFLICT (day, tag_id) DO UPDATE SET n = n + 1;
END;

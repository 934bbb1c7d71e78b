-- SPDX-License-Identifier: GPL-3.0-or-later
-- Team analytics (issue 16) count a year of tickets from counters kept in step with the
-- tickets, never by reading the tickets themselves. Triggers keep them, in the transaction
-- of the write, so every path that writes tickets (stores, imports, mail, generators, a
-- test's plain INSERT) keeps them right without knowing they exist. Writing transactions
-- already run one at a time (the change log's advisory lock), so a busy hour's row adds
-- no waiting of its own.
--
-- Counters are per UTC hour (tags: per UTC day), so that any team zone's midnights fall on
-- a counter boundary (zones a half or quarter hour off UTC count their odd edges from the
-- tickets themselves, an index range of at most an hour). Merged tickets are counted out.

-- Tickets by the hour they were created, their status now and whether they carry a tag.
CREATE TABLE ticket_counts (
    hour BIGINT NOT NULL,
    status TEXT NOT NULL,
    tagged INTEGER NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (hour, status, tagged)
);
-- Finished tickets (solved, or closed without a solve) by the hour they finished (dated 1);
-- one finished without a time is kept by the hour it was created (dated 0): it is neither
-- open nor finished on any day, as the tickets themselves say.
CREATE TABLE ticket_finish_counts (
    hour BIGINT NOT NULL,
    dated INTEGER NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (hour, dated)
);
-- Tickets by the UTC day they were created, their channel and complexity ('' not rated).
CREATE TABLE channel_counts (
    day BIGINT NOT NULL,
    channel TEXT NOT NULL,
    complexity TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (day, channel, complexity)
);
-- Untagged tickets by the UTC day they were created and who holds them (0: nobody).
CREATE TABLE untagged_counts (
    day BIGINT NOT NULL,
    assignee_id BIGINT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (day, assignee_id)
);
-- Tag uses by the UTC day their ticket was created.
CREATE TABLE tag_counts (
    day BIGINT NOT NULL,
    tag_id BIGINT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (day, tag_id)
);

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

-- One ticket's part in the counters, taken out (sign -1) or put in (+1).
CREATE FUNCTION ticket_counts_apply(t tickets, sign INTEGER) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF t.merged_into_id IS NOT NULL THEN
        RETURN;
    END IF;
    INSERT INTO ticket_counts (hour, status, tagged, n)
        VALUES (t.created_at / 3600000, t.status, CASE WHEN t.tag_count > 0 THEN 1 ELSE 0 END, sign)
        ON CONFLICT (hour, status, tagged) DO UPDATE SET n = ticket_counts.n + sign;
    INSERT INTO channel_counts (day, channel, complexity, n)
        VALUES (t.created_at / 86400000, t.channel, coalesce(t.complexity, ''), sign)
        ON CONFLICT (day, channel, complexity) DO UPDATE SET n = channel_counts.n + sign;
    IF t.tag_count = 0 THEN
        INSERT INTO untagged_counts (day, assignee_id, n)
            VALUES (t.created_at / 86400000, coalesce(t.assignee_id, 0), sign)
            ON CONFLICT (day, assignee_id) DO UPDATE SET n = untagged_counts.n + sign;
    END IF;
    IF t.status IN ('solved', 'closed') THEN
        INSERT INTO ticket_finish_counts (hour, dated, n)
            VALUES (coalesce(t.solved_at, t.closed_at, t.created_at) / 3600000, CASE WHEN coalesce(t.solved_at, t.closed_at) IS NULL THEN 0 ELSE 1 END, sign)
            ON CONFLICT (hour, dated) DO UPDATE SET n = ticket_finish_counts.n + sign;
    END IF;
END;
$$;
CREATE FUNCTION ticket_tag_counts_apply(t tickets, sign INTEGER) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF t.merged_into_id IS NOT NULL THEN
        RETURN;
    END IF;
    INSERT INTO tag_counts (day, tag_id, n)
        SELECT t.created_at / 86400000, tt.tag_id, sign FROM ticket_tags tt WHERE tt.ticket_id = t.id
        ON CONFLICT (day, tag_id) DO UPDATE SET n = tag_counts.n + sign;
END;
$$;
CREATE FUNCTION ticket_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM ticket_counts_apply(NEW, 1);
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' THEN
        -- Before the row goes, while its tags are still there to be counted out.
        PERFORM ticket_counts_apply(OLD, -1);
        PERFORM ticket_tag_counts_apply(OLD, -1);
        RETURN OLD;
    END IF;
    IF OLD.status IS DISTINCT FROM NEW.status OR (OLD.tag_count > 0) IS DISTINCT FROM (NEW.tag_count > 0)
        OR (OLD.merged_into_id IS NULL) IS DISTINCT FROM (NEW.merged_into_id IS NULL)
        OR OLD.solved_at IS DISTINCT FROM NEW.solved_at OR OLD.closed_at IS DISTINCT FROM NEW.closed_at
        OR OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.channel IS DISTINCT FROM NEW.channel
        OR OLD.complexity IS DISTINCT FROM NEW.complexity OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id THEN
        PERFORM ticket_counts_apply(OLD, -1);
        PERFORM ticket_counts_apply(NEW, 1);
    END IF;
    -- A merge counts the ticket's tags out; created_at never changes, but a hand edit may.
    IF (OLD.merged_into_id IS NULL) IS DISTINCT FROM (NEW.merged_into_id IS NULL)
        OR OLD.created_at IS DISTINCT FROM NEW.created_at THEN
        PERFORM ticket_tag_counts_apply(OLD, -1);
        PERFORM ticket_tag_counts_apply(NEW, 1);
    END IF;
    RETURN NEW;
END;
$$;
-- Only a change of a counted column runs it: most writes to a ticket (its version, its
-- times) leave the counters as they are.
CREATE TRIGGER ticket_counts_write AFTER INSERT OR UPDATE OF status, tag_count, merged_into_id, solved_at, closed_at,
    created_at, channel, complexity, assignee_id ON tickets
    FOR EACH ROW EXECUTE FUNCTION ticket_counts_keep();
CREATE TRIGGER ticket_counts_delete BEFORE DELETE ON tickets
    FOR EACH ROW EXECUTE FUNCTION ticket_counts_keep();
CREATE FUNCTION tag_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO tag_counts (day, tag_id, n)
            SELECT t.created_at / 86400000, NEW.tag_id, 1 FROM tickets t
            WHERE t.id = NEW.ticket_id AND t.merged_into_id IS NULL
            ON CONFLICT (day, tag_id) DO UPDATE SET n = tag_counts.n + 1;
        RETURN NEW;
    END IF;
    UPDATE tag_counts SET n = n - 1 WHERE tag_id = OLD.tag_id
        AND day = (SELECT t.created_at / 86400000 FROM tickets t WHERE t.id = OLD.ticket_id AND t.merged_into_id IS NULL);
    RETURN OLD;
END;
$$;
CREATE TRIGGER tag_counts_write AFTER INSERT OR DELETE ON ticket_tags
    FOR EACH ROW EXECUTE FUNCTION tag_counts_keep();

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ticket operations: triage, tags, assignment, tasks, merge and links.

-- R14: autocomplete offers the team's tags most used first. Counting ticket_tags on every
-- keystroke would read millions of rows; the count is kept in step instead.
ALTER TABLE tags ADD COLUMN use_count INTEGER NOT NULL DEFAULT 0;
UPDATE tags SET use_count = (SELECT count(*) FROM ticket_tags tt WHERE tt.tag_id = tags.id);
-- R14: the share of a month's tickets that are tagged must not visit ticket_tags either:
-- each ticket keeps its number of tags.
ALTER TABLE tickets ADD COLUMN tag_count INTEGER NOT NULL DEFAULT 0;
UPDATE tickets SET tag_count = (SELECT count(*) FROM ticket_tags tt WHERE tt.ticket_id = tickets.id)
    WHERE id IN (SELECT ticket_id FROM ticket_tags);
CREATE TRIGGER ticket_tags_use_insert AFTER INSERT ON ticket_tags BEGIN
    UPDATE tags SET use_count = use_count + 1 WHERE id = new.tag_id;
    UPDATE tickets SET tag_count = tag_count + 1 WHERE id = new.ticket_id;
END;
CREATE TRIGGER ticket_tags_use_delete AFTER DELETE ON ticket_tags BEGIN
    UPDATE tags SET use_count = use_count - 1 WHERE id = old.tag_id;
    UPDATE tickets SET tag_count = tag_count - 1 WHERE id = old.ticket_id;
END;
CREATE INDEX tags_use ON tags(use_count DESC, name);

-- R14: the share of this month's tickets that are tagged reads one range of this index.
CREATE INDEX tickets_created ON tickets(created_at, merged_into_id, tag_count);

-- R19, R24: each agent's open load and long-held count read index ranges only.
CREATE INDEX tickets_assignee_assigned ON tickets(assignee_id, status, assigned_at);

-- Links are read from both ends (a merged ticket, its survivor; a follow-up, its origin).
CREATE INDEX ticket_links_other ON ticket_links(other_ticket_id, kind);

-- R24: a ticket held this many business days by one agent is flagged.
INSERT INTO team_settings(key, value) VALUES ('tickets.long_held_business_days', '3');

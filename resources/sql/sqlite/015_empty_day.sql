-- SPDX-License-Identifier: GPL-3.0-or-later
-- A team's first day by hand: customers typed in with their phone and messenger handles,
-- calls and chats logged on a ticket with the channel they came by (R39).
ALTER TABLE customers ADD COLUMN phone TEXT;
ALTER TABLE customers ADD COLUMN messenger TEXT;
ALTER TABLE messages ADD COLUMN channel TEXT;
-- R34: the order received, oldest first, read off an index.
CREATE INDEX tickets_received ON tickets(created_at, id);
-- The import finds a customer again by account id.
CREATE INDEX customers_account_ref ON customers(account_ref) WHERE account_ref IS NOT NULL;
-- The inbox shows severity (R28) and complexity (R10) as two columns, each sorted on its own.
CREATE INDEX tickets_severity_rank ON tickets((CASE severity WHEN 'critical' THEN 4 WHEN 'high' THEN 3
    WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END), id);
CREATE INDEX tickets_complexity_rank ON tickets((CASE complexity WHEN 'critical' THEN 4 WHEN 'complex' THEN 3
    WHEN 'simple' THEN 2 WHEN 'proposal' THEN 1 ELSE 0 END), id);
-- R27: a report's error text, written out as text, is found by the report search too. The
-- FTS5 table gains the column, so it is made again with its triggers.
ALTER TABLE bug_reports ADD COLUMN error_text TEXT NOT NULL DEFAULT '';
DROP TRIGGER bug_reports_fts_insert;
DROP TRIGGER bug_reports_fts_delete;
DROP TRIGGER bug_reports_fts_update;
DROP TABLE bug_reports_fts;
CREATE VIRTUAL TABLE bug_reports_fts USING fts5(title, steps, error_text, content='bug_reports', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
INSERT INTO bug_reports_fts(bug_reports_fts) VALUES ('rebuild');
CREATE TRIGGER bug_reports_fts_insert AFTER INSERT ON bug_reports BEGIN
    INSERT INTO bug_reports_fts(rowid, title, steps, error_text) VALUES (new.id, new.title, new.steps, new.error_text);
END;
CREATE TRIGGER bug_reports_fts_delete AFTER DELETE ON bug_reports BEGIN
    INSERT INTO bug_reports_fts(bug_reports_fts, rowid, title, steps, error_text)
        VALUES ('delete', old.id, old.title, old.steps, old.error_text);
END;
CREATE TRIGGER bug_reports_fts_update AFTER UPDATE OF title, steps, error_text ON bug_reports BEGIN
    INSERT INTO bug_reports_fts(bug_reports_fts, rowid, title, steps, error_text)
        VALUES ('delete', old.id, old.title, old.steps, old.error_text);
    INSERT INTO bug_reports_fts(rowid, title, steps, error_text) VALUES (new.id, new.title, new.steps, new.error_text);
END;

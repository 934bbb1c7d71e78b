-- SPDX-License-Identifier: GPL-3.0-or-later
-- Casebook schema 8 (SQLite): bug-report routing, QA verdicts, shipped-template tracking and
-- duplicate search. Equivalent to postgres/008_bug_reports.sql.

-- The shipped text a builtin template was last synchronised with: a team's edited copy is
-- told apart from an untouched one, and a newer shipped version never overwrites an edit.
ALTER TABLE bug_templates ADD COLUMN shipped_yaml TEXT;

-- The form as it was when the report was submitted, so a later template edit cannot change
-- how an old report reads; the steps text for duplicate search (R25); who owns it (R29);
-- the escalation route recorded at submit (R28); QA's verdict details (R26).
ALTER TABLE bug_reports ADD COLUMN template_yaml TEXT;
ALTER TABLE bug_reports ADD COLUMN steps TEXT NOT NULL DEFAULT '';
ALTER TABLE bug_reports ADD COLUMN owner_agent_id INTEGER REFERENCES agents(id);
ALTER TABLE bug_reports ADD COLUMN escalation_route TEXT; -- JSON: severity, targets, agent ids
ALTER TABLE bug_reports ADD COLUMN reproduced_version TEXT;
ALTER TABLE bug_reports ADD COLUMN duplicate_of_id INTEGER REFERENCES bug_reports(id);
CREATE INDEX bug_reports_status_updated ON bug_reports(status, updated_at DESC, id DESC);
CREATE INDEX bug_reports_area ON bug_reports(product_area_id);
CREATE INDEX bug_report_events_report ON bug_report_events(bug_report_id, created_at);

-- R28: who hears about a report of each severity. Targets are a comma-separated list of
-- area_owner, duty_agent, leads, on_shift. Team data: leads edit it.
CREATE TABLE severity_routes (
    severity TEXT PRIMARY KEY CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    targets TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO severity_routes(severity, targets) VALUES
    ('low', 'area_owner'),
    ('medium', 'area_owner,duty_agent'),
    ('high', 'leads'),
    ('critical', 'leads,on_shift');

-- Likely duplicates: title and steps, kept in step by triggers inside the writing transaction.
CREATE VIRTUAL TABLE bug_reports_fts USING fts5(title, steps, content='bug_reports', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
INSERT INTO bug_reports_fts(bug_reports_fts) VALUES ('rebuild');
CREATE TRIGGER bug_reports_fts_insert AFTER INSERT ON bug_reports BEGIN
    INSERT INTO bug_reports_fts(rowid, title, steps) VALUES (new.id, new.title, new.steps);
END;
CREATE TRIGGER bug_reports_fts_delete AFTER DELETE ON bug_reports BEGIN
    INSERT INTO bug_reports_fts(bug_reports_fts, rowid, title, steps) VALUES ('delete', old.id, old.title, old.steps);
END;
CREATE TRIGGER bug_reports_fts_update AFTER UPDATE OF title, steps ON bug_reports BEGIN
    INSERT INTO bug_reports_fts(bug_reports_fts, rowid, title, steps) VALUES ('delete', old.id, old.title, old.steps);
    INSERT INTO bug_reports_fts(rowid, title, steps) VALUES (new.id, new.title, new.steps);
END;

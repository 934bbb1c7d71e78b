-- SPDX-License-Identifier: GPL-3.0-or-later
-- Casebook schema 8 (PostgreSQL): bug-report routing, QA verdicts, shipped-template tracking
-- and duplicate search. Equivalent to sqlite/008_bug_reports.sql.

-- The shipped text a builtin template was last synchronised with: a team's edited copy is
-- told apart from an untouched one, and a newer shipped version never overwrites an edit.
ALTER TABLE bug_templates ADD COLUMN shipped_yaml TEXT;

-- The form as it was when the report was submitted, so a later template edit cannot change
-- how an old report reads; the steps text for duplicate search (R25); who owns it (R29);
-- the escalation route recorded at submit (R28); QA's verdict details (R26).
ALTER TABLE bug_reports ADD COLUMN template_yaml TEXT;
ALTER TABLE bug_reports ADD COLUMN steps TEXT NOT NULL DEFAULT '';
ALTER TABLE bug_reports ADD COLUMN owner_agent_id BIGINT REFERENCES agents(id);
ALTER TABLE bug_reports ADD COLUMN escalation_route TEXT; -- JSON: severity, targets, agent ids
ALTER TABLE bug_reports ADD COLUMN reproduced_version TEXT;
ALTER TABLE bug_reports ADD COLUMN duplicate_of_id BIGINT REFERENCES bug_reports(id);
CREATE INDEX bug_reports_status_updated ON bug_reports(status, updated_at DESC, id DESC);
CREATE INDEX bug_reports_area ON bug_reports(product_area_id);
CREATE INDEX bug_report_events_report ON bug_report_events(bug_report_id, created_at);

-- R28: who hears about a report of each severity. Targets are a comma-separated list of
-- area_owner, duty_agent, leads, on_shift. Team data: leads edit it.
CREATE TABLE severity_routes (
    severity TEXT PRIMARY KEY CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    targets TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO severity_routes(severity, targets) VALUES
    ('low', 'area_owner'),
    ('medium', 'area_owner,duty_agent'),
    ('high', 'leads'),
    ('critical', 'leads,on_shift');

-- Likely duplicates: a generated tsvector (title weighs more than steps) with a GIN index,
-- updated in the writing transaction like the other searches.
ALTER TABLE bug_reports ADD COLUMN search tsvector
    GENERATED ALWAYS AS (setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', steps), 'B')) STORED;
CREATE INDEX bug_reports_search ON bug_reports USING GIN (search);

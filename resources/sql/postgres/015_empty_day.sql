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
-- R27: a report's error text, written out as text, is found by the report search too (after
-- the title and the steps in weight).
ALTER TABLE bug_reports ADD COLUMN error_text TEXT NOT NULL DEFAULT '';
ALTER TABLE bug_reports DROP COLUMN search;
ALTER TABLE bug_reports ADD COLUMN search tsvector
    GENERATED ALWAYS AS (setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', steps), 'B')
                         || setweight(to_tsvector('simple', error_text), 'C')) STORED;
CREATE INDEX bug_reports_search ON bug_reports USING GIN (search);

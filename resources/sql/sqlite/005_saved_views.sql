-- SPDX-License-Identifier: GPL-3.0-or-later
-- A team's own inbox views: a name and a search (SearchQuery syntax), shared by everyone.
-- The built-in views live in code; these come after them in the picker.
CREATE TABLE saved_views (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    created_by INTEGER REFERENCES agents(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX saved_views_name ON saved_views(lower(name));

-- The inbox's default order with the columns its views filter on: deep pages of the Open
-- view skip ever more solved and closed tickets (older tickets are mostly done), and
-- without status here every skipped entry cost a table row read, so a page took 6 ms at
-- the top and 40 ms near the end. With it, skipping stays inside the index.
DROP INDEX tickets_updated;
CREATE INDEX tickets_updated ON tickets(updated_at DESC, id DESC, status, assignee_id);

-- Every address of a customer is searchable, not only the primary one: a plain FTS5 table
-- (the addresses are short; a copy costs little) kept in step by triggers.
CREATE VIRTUAL TABLE customer_emails_fts USING fts5(email, customer_id UNINDEXED,
    tokenize='unicode61 remove_diacritics 2');
INSERT INTO customer_emails_fts(rowid, email, customer_id) SELECT rowid, email, customer_id FROM customer_emails;
CREATE TRIGGER customer_emails_fts_insert AFTER INSERT ON customer_emails BEGIN
    INSERT INTO customer_emails_fts(rowid, email, customer_id) VALUES (new.rowid, new.email, new.customer_id);
END;
CREATE TRIGGER customer_emails_fts_delete AFTER DELETE ON customer_emails BEGIN
    DELETE FROM customer_emails_fts WHERE rowid = old.rowid;
END;
CREATE TRIGGER customer_emails_fts_update AFTER UPDATE ON customer_emails BEGIN
    DELETE FROM customer_emails_fts WHERE rowid = old.rowid;
    INSERT INTO customer_emails_fts(rowid, email, customer_id) VALUES (new.rowid, new.email, new.customer_id);
END;

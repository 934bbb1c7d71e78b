-- SPDX-License-Identifier: GPL-3.0-or-later
-- People and R40 privacy. An SQLite file has no server to enforce roles: the app checks
-- them in one place (Session::can); the PostgreSQL twin of this file adds grants and row rules.

-- The languages an agent answers in, as BCP 47 codes separated by commas ("en,ru").
ALTER TABLE agents ADD COLUMN languages TEXT NOT NULL DEFAULT '';

-- R40: a bug report filed from a private ticket is private too.
ALTER TABLE bug_reports ADD COLUMN is_private INTEGER NOT NULL DEFAULT 0;

-- Private tickets are few; the queries that hide them look them up by id.
CREATE INDEX tickets_private ON tickets(id) WHERE is_private = 1;

-- R40: words that make Casebook offer to mark a request private. Teams edit them.
INSERT INTO team_settings(key, value) VALUES
    ('privacy.security_words', 'vulnerability,exploit,CVE,XSS,CSRF,SQL injection,RCE,security hole,уязвимость,эксплойт');

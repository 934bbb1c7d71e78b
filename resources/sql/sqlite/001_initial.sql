-- SPDX-License-Identifier: GPL-3.0-or-later
-- Casebook schema 1 (SQLite). Timestamps are UTC epoch milliseconds; days are ISO dates.
-- Every mutable row has a version; messages, notes and events are append-only.

CREATE TABLE team_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE agents (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    email TEXT,
    role TEXT NOT NULL DEFAULT 'agent' CHECK (role IN ('agent', 'lead', 'admin')),
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    locale TEXT NOT NULL DEFAULT 'en',
    mail_check_minutes INTEGER NOT NULL DEFAULT 60 CHECK (mail_check_minutes IN (30, 60)),
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE sla_policies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    first_response_minutes INTEGER NOT NULL,
    next_response_minutes INTEGER NOT NULL,
    business_hours INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    company TEXT,
    account_ref TEXT,
    primary_email TEXT,
    locale TEXT NOT NULL DEFAULT 'en',
    licence_plan TEXT,
    licence_key TEXT,
    licence_seats INTEGER,
    licence_expires_at INTEGER,
    tier TEXT NOT NULL DEFAULT 'standard' CHECK (tier IN ('standard', 'premium')),
    sla_policy_id INTEGER REFERENCES sla_policies(id),
    support_profile TEXT, -- JSON: preferred channel, escalation contacts, agreements, exceptions
    success_owner_id INTEGER REFERENCES agents(id),
    product_version TEXT,
    merged_into_id INTEGER REFERENCES customers(id),
    first_contact_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX customers_name ON customers(display_name COLLATE NOCASE);

CREATE TABLE customer_emails (
    email TEXT PRIMARY KEY COLLATE NOCASE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE
);
CREATE INDEX customer_emails_customer ON customer_emails(customer_id);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    description TEXT,
    created_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (customer_id, tag_id)
);

CREATE TABLE customer_notes (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES agents(id),
    body TEXT NOT NULL,
    pinned INTEGER NOT NULL DEFAULT 0,
    supersedes_id INTEGER REFERENCES customer_notes(id),
    created_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 -- only the pin changes; the body never does
);
CREATE INDEX customer_notes_customer ON customer_notes(customer_id, pinned DESC, created_at DESC);

CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL,
    customer_id INTEGER REFERENCES customers(id),
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'open', 'pending', 'on_hold', 'solved', 'closed')),
    complexity TEXT CHECK (complexity IN ('simple', 'complex', 'critical', 'proposal')),
    severity TEXT CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    request_kind TEXT CHECK (request_kind IN ('doing', 'building', 'fixing')),
    channel TEXT NOT NULL DEFAULT 'email'
        CHECK (channel IN ('email', 'chat', 'slack', 'community', 'form', 'phone', 'other')),
    assignee_id INTEGER REFERENCES agents(id),
    resolution TEXT CHECK (resolution IN ('customer_confirmed', 'workaround_and_defect', 'no_response',
                                          'defect_fixed', 'feature_requested')),
    is_private INTEGER NOT NULL DEFAULT 0, -- security reports are never shown to other customers
    sla_policy_id INTEGER REFERENCES sla_policies(id),
    merged_into_id INTEGER REFERENCES tickets(id),
    follows_ticket_id INTEGER REFERENCES tickets(id), -- a closed ticket's follow-up
    first_response_due_at INTEGER,
    first_responded_at INTEGER,
    next_response_due_at INTEGER,
    reaction_due_at INTEGER, -- critical: leads are gathered when nobody reacts in time
    assigned_at INTEGER,
    solved_at INTEGER,
    closed_at INTEGER,
    last_customer_message_at INTEGER,
    last_agent_message_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tickets_updated ON tickets(updated_at DESC, id DESC);
CREATE INDEX tickets_status_updated ON tickets(status, updated_at DESC, id DESC);
CREATE INDEX tickets_assignee_updated ON tickets(assignee_id, status, updated_at DESC, id DESC);
CREATE INDEX tickets_customer ON tickets(customer_id, created_at DESC);
CREATE INDEX tickets_first_response_due ON tickets(first_response_due_at) WHERE first_responded_at IS NULL;

CREATE TABLE ticket_tags (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (ticket_id, tag_id)
);
CREATE INDEX ticket_tags_tag ON ticket_tags(tag_id, ticket_id);

CREATE TABLE ticket_links (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    other_ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('related', 'merged', 'follow_up')),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, other_ticket_id, kind)
);

CREATE TABLE ticket_tasks (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('docs', 'testing', 'bug', 'other')),
    url TEXT,
    done INTEGER NOT NULL DEFAULT 0,
    assignee_id INTEGER REFERENCES agents(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ticket_tasks_ticket ON ticket_tasks(ticket_id);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('customer', 'agent', 'note', 'system')),
    author_agent_id INTEGER REFERENCES agents(id),
    author_customer_id INTEGER REFERENCES customers(id),
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX messages_ticket ON messages(ticket_id, created_at, id);

CREATE TABLE ticket_events (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    agent_id INTEGER REFERENCES agents(id),
    kind TEXT NOT NULL, -- status, assignment, handoff, tag_added, tag_removed, complexity, severity, merge, ...
    old_value TEXT,
    new_value TEXT,
    reason TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, created_at);
CREATE INDEX ticket_events_kind ON ticket_events(kind, created_at);

CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    agent_id INTEGER NOT NULL REFERENCES agents(id),
    scope TEXT NOT NULL, -- what the draft belongs to, e.g. ticket/42/reply or bugreport/new/7
    ticket_id INTEGER REFERENCES tickets(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    base_message_id INTEGER, -- last message the author had seen (send guard)
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (agent_id, scope)
);

CREATE TABLE canned_replies (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en',
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    rule_id TEXT, -- the playbook rule it serves, e.g. R11
    shortcut TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (key, language)
);

CREATE TABLE product_areas (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    owner_agent_id INTEGER REFERENCES agents(id),
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE bug_templates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    file_name TEXT NOT NULL UNIQUE,
    source_yaml TEXT NOT NULL,
    builtin INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE bug_reports (
    id INTEGER PRIMARY KEY,
    template_id INTEGER REFERENCES bug_templates(id),
    ticket_id INTEGER REFERENCES tickets(id),
    customer_id INTEGER REFERENCES customers(id),
    title TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT '{}', -- JSON: element id -> value
    severity TEXT CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    product_area_id INTEGER REFERENCES product_areas(id),
    status TEXT NOT NULL DEFAULT 'submitted'
        CHECK (status IN ('draft', 'submitted', 'accepted', 'declined')),
    verdict_reason TEXT,
    task_url TEXT,
    stage TEXT CHECK (stage IN ('in_progress', 'staging', 'canary_ga', 'backlog', 'blocked')),
    created_by INTEGER REFERENCES agents(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX bug_reports_updated ON bug_reports(updated_at DESC, id DESC);
CREATE INDEX bug_reports_customer ON bug_reports(customer_id);

CREATE TABLE bug_report_events (
    id INTEGER PRIMARY KEY,
    bug_report_id INTEGER NOT NULL REFERENCES bug_reports(id) ON DELETE CASCADE,
    agent_id INTEGER REFERENCES agents(id),
    kind TEXT NOT NULL, -- verdict, stage, severity, ...
    old_value TEXT,
    new_value TEXT,
    note TEXT,
    created_at INTEGER NOT NULL
);

CREATE TABLE proposals (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'planned', 'done', 'declined')),
    tag_id INTEGER REFERENCES tags(id),
    created_by INTEGER REFERENCES agents(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE proposal_requests (
    id INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    ticket_id INTEGER REFERENCES tickets(id),
    customer_id INTEGER REFERENCES customers(id),
    agent_id INTEGER REFERENCES agents(id),
    note TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX proposal_requests_proposal ON proposal_requests(proposal_id);

CREATE TABLE shift_templates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439), -- team time zone
    end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    weekdays INTEGER NOT NULL, -- bit 0 = Monday ... bit 6 = Sunday
    is_duty INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE roster (
    id INTEGER PRIMARY KEY,
    agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    shift_template_id INTEGER NOT NULL REFERENCES shift_templates(id),
    lunch_start_minute INTEGER,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (agent_id, day)
);
CREATE INDEX roster_day ON roster(day);

CREATE TABLE team_calendar (
    day TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday', 'duty')),
    note TEXT,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE reminder_rules (
    id INTEGER PRIMARY KEY,
    rule_key TEXT NOT NULL UNIQUE, -- R04, R06, R08, R12, R24, sla_due, auto_close
    enabled INTEGER NOT NULL DEFAULT 1,
    params TEXT NOT NULL DEFAULT '{}',
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE reminder_deliveries (
    id INTEGER PRIMARY KEY,
    rule_key TEXT NOT NULL,
    subject_key TEXT NOT NULL, -- e.g. ticket/42 or agent/3
    due_at INTEGER NOT NULL,
    delivered_at INTEGER NOT NULL,
    UNIQUE (rule_key, subject_key, due_at)
);

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    agent_id INTEGER REFERENCES agents(id) ON DELETE CASCADE, -- NULL: the whole team
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    link TEXT,
    created_at INTEGER NOT NULL,
    read_at INTEGER
);
CREATE INDEX notifications_agent ON notifications(agent_id, created_at DESC);

CREATE TABLE vault_keys (
    id INTEGER PRIMARY KEY,
    salt BLOB NOT NULL,
    ops_limit INTEGER NOT NULL,
    mem_limit INTEGER NOT NULL,
    key_check BLOB NOT NULL, -- a known plaintext sealed under the key: tells a wrong passphrase apart
    created_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE vault_entries (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    vault_key_id INTEGER NOT NULL REFERENCES vault_keys(id),
    kind TEXT NOT NULL CHECK (kind IN ('tracker', 'server', 'registrar', 'affiliate', 'wordpress', 'other')),
    label TEXT NOT NULL,
    url TEXT,
    user_name TEXT,
    nonce BLOB NOT NULL,
    secret BLOB NOT NULL, -- XChaCha20-Poly1305 ciphertext
    notes TEXT,
    checked_by INTEGER REFERENCES agents(id),
    checked_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX vault_entries_customer ON vault_entries(customer_id);

CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    agent_id INTEGER,
    at INTEGER NOT NULL
);

-- Full-text search, kept in step by triggers inside the writing transaction.
CREATE VIRTUAL TABLE tickets_fts USING fts5(subject, content='tickets', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN
    INSERT INTO tickets_fts(rowid, subject) VALUES (new.id, new.subject);
END;
CREATE TRIGGER tickets_fts_delete AFTER DELETE ON tickets BEGIN
    INSERT INTO tickets_fts(tickets_fts, rowid, subject) VALUES ('delete', old.id, old.subject);
END;
CREATE TRIGGER tickets_fts_update AFTER UPDATE OF subject ON tickets BEGIN
    INSERT INTO tickets_fts(tickets_fts, rowid, subject) VALUES ('delete', old.id, old.subject);
    INSERT INTO tickets_fts(rowid, subject) VALUES (new.id, new.subject);
END;

CREATE VIRTUAL TABLE messages_fts USING fts5(body, content='messages', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;

CREATE VIRTUAL TABLE customers_fts USING fts5(display_name, company, primary_email, content='customers',
    content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customers_fts(rowid, display_name, company, primary_email)
    VALUES (new.id, new.display_name, new.company, new.primary_email);
END;
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customers_fts(customers_fts, rowid, display_name, company, primary_email)
    VALUES ('delete', old.id, old.display_name, old.company, old.primary_email);
END;
CREATE TRIGGER customers_fts_update AFTER UPDATE OF display_name, company, primary_email ON customers BEGIN
    INSERT INTO customers_fts(customers_fts, rowid, display_name, company, primary_email)
    VALUES ('delete', old.id, old.display_name, old.company, old.primary_email);
    INSERT INTO customers_fts(rowid, display_name, company, primary_email)
    VALUES (new.id, new.display_name, new.company, new.primary_email);
END;

CREATE VIRTUAL TABLE customer_notes_fts USING fts5(body, content='customer_notes', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER customer_notes_fts_insert AFTER INSERT ON customer_notes BEGIN
    INSERT INTO customer_notes_fts(rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER customer_notes_fts_delete AFTER DELETE ON customer_notes BEGIN
    INSERT INTO customer_notes_fts(customer_notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;

CREATE VIRTUAL TABLE proposals_fts USING fts5(title, description, content='proposals', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER proposals_fts_insert AFTER INSERT ON proposals BEGIN
    INSERT INTO proposals_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
END;
CREATE TRIGGER proposals_fts_delete AFTER DELETE ON proposals BEGIN
    INSERT INTO proposals_fts(proposals_fts, rowid, title, description)
    VALUES ('delete', old.id, old.title, old.description);
END;
CREATE TRIGGER proposals_fts_update AFTER UPDATE OF title, description ON proposals BEGIN
    INSERT INTO proposals_fts(proposals_fts, rowid, title, description)
    VALUES ('delete', old.id, old.title, old.description);
    INSERT INTO proposals_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
END;

-- The playbook's shipped defaults (R01, R03, R07, R14). Teams edit them.
INSERT INTO team_settings(key, value) VALUES
    ('team.time_zone', 'UTC'),
    ('tags.goal_percent', '70'),
    ('tags.locked', '0'),
    ('lifecycle.solved_to_closed_hours', '72'),
    ('lifecycle.pending_to_solved_business_hours', '48');
INSERT INTO shift_templates(name, start_minute, end_minute, weekdays, is_duty) VALUES
    ('Early', 540, 1080, 31, 0),
    ('Late', 600, 1140, 31, 0),
    ('Saturday duty', 600, 1080, 32, 1);
INSERT INTO sla_policies(name, first_response_minutes, next_response_minutes, business_hours, created_at, updated_at)
VALUES ('Standard', 240, 480, 1, 0, 0), ('Premium', 60, 240, 1, 0, 0);

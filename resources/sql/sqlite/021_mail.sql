-- SPDX-License-Identifier: GPL-3.0-or-later
-- The mail channel: each mail that became (part of) a ticket, keyed by its Message-ID so
-- replies thread and a second import adds nothing; its attachments; the accounts that
-- fetch and send; what was fetched (UIDVALIDITY + UID, so a restart neither repeats nor
-- misses one); and the outbox a reply waits in until the server took it.
CREATE TABLE mail_accounts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    imap_host TEXT NOT NULL,
    imap_port INTEGER NOT NULL,
    imap_security TEXT NOT NULL DEFAULT 'tls' CHECK (imap_security IN ('tls', 'starttls', 'none')),
    imap_user TEXT NOT NULL,
    imap_folder TEXT NOT NULL DEFAULT 'INBOX',
    smtp_host TEXT NOT NULL,
    smtp_port INTEGER NOT NULL,
    smtp_security TEXT NOT NULL DEFAULT 'tls' CHECK (smtp_security IN ('tls', 'starttls', 'none')),
    smtp_user TEXT, -- no user: the server takes mail without AUTH
    poll_seconds INTEGER NOT NULL DEFAULT 300,
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE mail_messages (
    id INTEGER PRIMARY KEY,
    rfc_message_id TEXT, -- without angle brackets; NULL when the mail had none
    ticket_id INTEGER REFERENCES tickets(id) ON DELETE SET NULL,
    message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    state TEXT NOT NULL DEFAULT 'stored' CHECK (state IN ('stored', 'unreadable', 'bounce', 'duplicate')),
    raw BLOB, -- kept for mail Casebook could not read, so nothing is lost
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX mail_messages_rfc_id ON mail_messages(rfc_message_id) WHERE rfc_message_id IS NOT NULL;
CREATE INDEX mail_messages_ticket ON mail_messages(ticket_id);

CREATE TABLE mail_attachments (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE INDEX mail_attachments_message ON mail_attachments(message_id);

CREATE TABLE mail_fetched (
    account_id INTEGER NOT NULL REFERENCES mail_accounts(id) ON DELETE CASCADE,
    folder TEXT NOT NULL,
    uid_validity INTEGER NOT NULL,
    uid INTEGER NOT NULL,
    fetched_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, folder, uid_validity, uid)
);

CREATE TABLE mail_outbox (
    id INTEGER PRIMARY KEY,
    account_id INTEGER REFERENCES mail_accounts(id) ON DELETE SET NULL,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    message_id INTEGER NOT NULL UNIQUE REFERENCES messages(id) ON DELETE CASCADE, -- one send per reply
    rfc_message_id TEXT NOT NULL,
    mime BLOB NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT,
    sent_at INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX mail_outbox_due ON mail_outbox(next_attempt_at) WHERE state IN ('queued', 'failed');

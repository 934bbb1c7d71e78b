-- SPDX-License-Identifier: GPL-3.0-or-later
-- Casebook schema 12 (SQLite): the proposal board. Statuses of a board, the counts a card
-- shows (kept by ProposalStore in the writing transaction), review, merge, history and
-- full-text search. Equivalent to postgres/012_proposal_board.sql.

-- SQLite cannot change a CHECK in place: both tables are rebuilt. The requests go first,
-- so that dropping the old proposals cascades into nothing.
-- The full-text index of schema 1 is made again below for the new table.
DROP TABLE proposals_fts;
CREATE TABLE proposal_requests_012 AS SELECT * FROM proposal_requests;
DROP TABLE proposal_requests;

CREATE TABLE proposals_012 (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'under_review', 'rfc', 'planned', 'in_progress', 'shipped', 'declined', 'merged')),
    tag_id INTEGER REFERENCES tags(id),
    created_by INTEGER REFERENCES agents(id),
    owner_id INTEGER REFERENCES agents(id),
    rfc TEXT NOT NULL DEFAULT '', -- Markdown
    decline_reason TEXT,
    merged_into_id INTEGER REFERENCES proposals_012(id),
    reviewed_at INTEGER,
    request_count INTEGER NOT NULL DEFAULT 0,
    customer_count INTEGER NOT NULL DEFAULT 0,
    premium_count INTEGER NOT NULL DEFAULT 0, -- requests of premium customers
    contract_count INTEGER NOT NULL DEFAULT 0, -- requests of other customers with a current licence
    last_requested_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO proposals_012 (id, title, description, status, tag_id, created_by, created_at, updated_at, version)
SELECT id, title, description,
       CASE status WHEN 'open' THEN 'new' WHEN 'done' THEN 'shipped' ELSE status END,
       tag_id, created_by, created_at, updated_at, version
FROM proposals;
DROP TABLE proposals;
ALTER TABLE proposals_012 RENAME TO proposals;
CREATE INDEX proposals_status ON proposals(status, request_count DESC);
CREATE INDEX proposals_tag ON proposals(tag_id);

CREATE TABLE proposal_requests (
    id INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    ticket_id INTEGER REFERENCES tickets(id),
    customer_id INTEGER REFERENCES customers(id),
    agent_id INTEGER REFERENCES agents(id),
    note TEXT, -- the customer's own words, quoted from the message the agent picked
    message_id INTEGER REFERENCES messages(id),
    source TEXT NOT NULL DEFAULT 'message' CHECK (source IN ('message', 'note', 'import')),
    link TEXT, -- an imported row's link that is not a ticket of this database
    weight_class TEXT NOT NULL DEFAULT 'standard' CHECK (weight_class IN ('standard', 'contract', 'premium')),
    answered_at INTEGER, -- close the loop: when the shipped/declined reply went out
    answered_message_id INTEGER REFERENCES messages(id),
    created_at INTEGER NOT NULL
);
INSERT INTO proposal_requests (id, proposal_id, ticket_id, customer_id, agent_id, note, created_at)
SELECT id, proposal_id, ticket_id, customer_id, agent_id, note, created_at FROM proposal_requests_012;
DROP TABLE proposal_requests_012;
CREATE INDEX proposal_requests_proposal ON proposal_requests(proposal_id, created_at);
CREATE INDEX proposal_requests_customer ON proposal_requests(customer_id, created_at DESC);
-- R13: the same ticket never counts twice for one proposal.
CREATE UNIQUE INDEX proposal_requests_ticket ON proposal_requests(proposal_id, ticket_id) WHERE ticket_id IS NOT NULL;

UPDATE proposal_requests SET weight_class = COALESCE((
    SELECT CASE WHEN c.tier = 'premium' THEN 'premium'
                WHEN c.licence_plan IS NOT NULL AND c.licence_expires_at IS NOT NULL THEN 'contract'
                ELSE 'standard' END
    FROM customers c WHERE c.id = proposal_requests.customer_id), 'standard');
UPDATE proposals SET
    request_count = (SELECT count(*) FROM proposal_requests r WHERE r.proposal_id = proposals.id),
    customer_count = (SELECT count(DISTINCT r.customer_id) FROM proposal_requests r WHERE r.proposal_id = proposals.id),
    premium_count = (SELECT count(*) FROM proposal_requests r WHERE r.proposal_id = proposals.id AND r.weight_class = 'premium'),
    contract_count = (SELECT count(*) FROM proposal_requests r WHERE r.proposal_id = proposals.id AND r.weight_class = 'contract'),
    last_requested_at = (SELECT max(r.created_at) FROM proposal_requests r WHERE r.proposal_id = proposals.id);

-- Status changes, review decisions, merges, owners and the team's comments.
CREATE TABLE proposal_events (
    id INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    agent_id INTEGER REFERENCES agents(id),
    kind TEXT NOT NULL, -- created, status, review, merged, owner, comment, description
    old_value TEXT,
    new_value TEXT,
    note TEXT,
    review_id INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX proposal_events_proposal ON proposal_events(proposal_id, created_at);

-- A weekly review: its queue is what was not reviewed since it began; finished_at empty
-- means it can be resumed.
CREATE TABLE proposal_reviews (
    id INTEGER PRIMARY KEY,
    started_by INTEGER REFERENCES agents(id),
    started_at INTEGER NOT NULL,
    since INTEGER NOT NULL, -- proposals not reviewed since this moment are in the queue
    finished_at INTEGER
);

-- Duplicate search as you type: title and description, in the writing transaction.
CREATE VIRTUAL TABLE proposals_fts USING fts5(title, description, content='proposals', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
INSERT INTO proposals_fts(proposals_fts) VALUES ('rebuild');
CREATE TRIGGER proposals_fts_insert AFTER INSERT ON proposals BEGIN
    INSERT INTO proposals_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
END;
CREATE TRIGGER proposals_fts_delete AFTER DELETE ON proposals BEGIN
    INSERT INTO proposals_fts(proposals_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
END;
CREATE TRIGGER proposals_fts_update AFTER UPDATE OF title, description ON proposals BEGIN
    INSERT INTO proposals_fts(proposals_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
    INSERT INTO proposals_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
END;

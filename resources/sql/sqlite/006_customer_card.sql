-- SPDX-License-Identifier: GPL-3.0-or-later
-- The customer card (issue 4): what happened to a customer record (merges, tag changes),
-- and the indexes that keep the card and the customers list fast at 100 k customers.

CREATE TABLE customer_events (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    agent_id INTEGER REFERENCES agents(id),
    kind TEXT NOT NULL, -- merged, merged_into, tag_added, tag_removed
    old_value TEXT,
    new_value TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX customer_events_customer ON customer_events(customer_id, created_at DESC);

-- "Which customers carry this tag" (R14) and the list's tag search.
CREATE INDEX customer_tags_tag ON customer_tags(tag_id, customer_id);
-- The card's history: proposals this customer asked for.
CREATE INDEX proposal_requests_customer ON proposal_requests(customer_id, created_at DESC);
-- Which note corrects which: looked up for every note on the card.
CREATE INDEX customer_notes_supersedes ON customer_notes(supersedes_id);
-- Tickets and reports still pointing at a merged record are found by this.
CREATE INDEX customers_merged_into ON customers(merged_into_id) WHERE merged_into_id IS NOT NULL;

-- Presence: which desktop has which ticket open, and whether its agent is typing a reply.
-- A row per desktop, refreshed by a heartbeat; it counts only until expires_at, so a
-- desktop that crashed or lost its network drops out by itself, with nobody cleaning up.
-- Rows are not versioned and not in change_log: they are a moment's state, not history.
CREATE TABLE presence (
    desk TEXT PRIMARY KEY, -- one running Casebook window, a random id chosen at start
    agent_id BIGINT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    ticket_id BIGINT REFERENCES tickets(id) ON DELETE CASCADE,
    typing BOOLEAN NOT NULL DEFAULT FALSE,
    expires_at BIGINT NOT NULL
);
CREATE INDEX presence_ticket ON presence (ticket_id, expires_at);

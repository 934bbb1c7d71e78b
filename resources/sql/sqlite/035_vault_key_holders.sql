-- SPDX-License-Identifier: GPL-3.0-or-later
-- Issue 13: who holds the team key, a row per person and key with who granted it and when.
-- The PostgreSQL twin lets the server show vault entries to holders only; a file has one
-- person and no server, so here the rows only drive the app (the same panels, the same list).
-- Whoever sets the vault up holds it; admins grant and revoke (see the PostgreSQL file why).
ALTER TABLE vault_keys ADD COLUMN created_by INTEGER REFERENCES agents(id);

CREATE TABLE vault_key_holders (
    vault_key_id INTEGER NOT NULL REFERENCES vault_keys(id) ON DELETE CASCADE,
    agent_id INTEGER NOT NULL REFERENCES agents(id),
    granted_by INTEGER REFERENCES agents(id), -- NULL: held since the upgrade that brought holders
    granted_at INTEGER NOT NULL,
    PRIMARY KEY (vault_key_id, agent_id)
);

-- That the vault exists and which key is the team's (the first), without its material.
CREATE VIEW vault_team_key AS SELECT id, created_by, created_at FROM vault_keys ORDER BY id LIMIT 1;

-- A vault set up before this upgrade was open to every agent: they keep it.
INSERT INTO vault_key_holders (vault_key_id, agent_id, granted_by, granted_at)
    SELECT k.id, a.id, NULL, CAST(strftime('%s', 'now') AS INTEGER) * 1000
    FROM vault_keys k CROSS JOIN agents a WHERE a.active;

CREATE TRIGGER vault_keys_creator_holds AFTER INSERT ON vault_keys
    WHEN NEW.created_by IS NOT NULL
BEGIN
    INSERT INTO vault_key_holders (vault_key_id, agent_id, granted_by, granted_at)
        VALUES (NEW.id, NEW.created_by, NEW.created_by, NEW.created_at);
END;

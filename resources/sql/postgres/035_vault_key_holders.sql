-- SPDX-License-Identifier: GPL-3.0-or-later
-- Issue 13: the server shows vault entries only to the people who hold the team key.
--
-- Who holds the key is a row per person and key, with who granted it and when. Whoever sets
-- the vault up holds it (a trigger, so no client can leave it out). Admins grant and revoke:
-- they manage people already, and an admin may SET ROLE casebook_owner, which is past every
-- row rule, so a vault that claimed to keep admins out would claim what the server does not
-- do. Holding is not a role: leads and admins are not holders until a row says so; an admin
-- who grants it to themselves leaves that row (granted_by, granted_at) for the team to see.
-- A holder may not grant: the key spreads only where an admin can see it.
--
-- Holding opens the ciphertext at the server; the team passphrase (or the key kept on a
-- machine) still opens the secrets. Revoking hides the rows from then on; it cannot take back
-- what the person read or the passphrase they know: for that the team picks a new passphrase.
ALTER TABLE vault_keys ADD COLUMN created_by BIGINT REFERENCES agents(id);

CREATE TABLE vault_key_holders (
    vault_key_id BIGINT NOT NULL REFERENCES vault_keys(id) ON DELETE CASCADE,
    agent_id BIGINT NOT NULL REFERENCES agents(id),
    granted_by BIGINT REFERENCES agents(id), -- NULL: held since the upgrade that brought holders
    granted_at BIGINT NOT NULL,
    PRIMARY KEY (vault_key_id, agent_id)
);

-- That the vault exists and which key is the team's (the first: VaultStore::setUp makes sure a
-- racing second one is never used), for everyone, holder or not. A view reads its table with
-- its owner's rights, past the row rule below, and shows no salt and no key check.
CREATE VIEW vault_team_key AS SELECT id, created_by, created_at FROM vault_keys ORDER BY id LIMIT 1;

-- A vault set up before this upgrade was read by every agent: they keep it, and an admin now
-- sees the list and trims it. Nobody loses their accesses to an upgrade.
INSERT INTO vault_key_holders (vault_key_id, agent_id, granted_by, granted_at)
    SELECT k.id, a.id, NULL, (extract(epoch FROM now()) * 1000)::BIGINT
    FROM vault_keys k CROSS JOIN agents a WHERE a.active;

CREATE FUNCTION casebook_vault_key_creator_holds() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO vault_key_holders (vault_key_id, agent_id, granted_by, granted_at)
        VALUES (NEW.id, NEW.created_by, NEW.created_by, NEW.created_at);
    RETURN NULL;
END;
$$;
CREATE TRIGGER vault_keys_creator_holds AFTER INSERT ON vault_keys
    FOR EACH ROW WHEN (NEW.created_by IS NOT NULL) EXECUTE FUNCTION casebook_vault_key_creator_holds();

-- True when the connected person holds `key_id`.
CREATE FUNCTION casebook_holds_vault_key(key_id BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM vault_key_holders h WHERE h.vault_key_id = key_id AND h.agent_id = casebook_agent_id())
$$;

-- Holders read and write entries; nobody else sees that one exists.
ALTER TABLE vault_entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY vault_entries_holders ON vault_entries
    USING (casebook_holds_vault_key(vault_key_id)) WITH CHECK (casebook_holds_vault_key(vault_key_id));

-- A customer's removal (a merge removes the merged one) cascades to their accesses past every
-- row rule: by someone who cannot see them, that would lose them unseen. It is refused; a
-- holder does it. The count of a customer's accesses is all a non-holder can learn from it.
CREATE FUNCTION casebook_vault_entries_of(p_customer BIGINT) RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT count(*) FROM vault_entries WHERE customer_id = p_customer
$$;
CREATE FUNCTION casebook_customers_keep_hidden_accesses() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF casebook_vault_entries_of(OLD.id) > (SELECT count(*) FROM vault_entries WHERE customer_id = OLD.id) THEN
        RAISE EXCEPTION 'customer % has accesses in the vault that only holders of the team key may remove', OLD.id
            USING ERRCODE = '42501';
    END IF;
    RETURN OLD;
END;
$$;
CREATE TRIGGER customers_keep_hidden_accesses BEFORE DELETE ON customers
    FOR EACH ROW EXECUTE FUNCTION casebook_customers_keep_hidden_accesses();

-- The key row's salt and key check let anyone who reads them guess passphrases offline, so
-- only holders read it, and its creator (who chose the passphrase: it tells them nothing, and
-- INSERT ... RETURNING must see the new row before the trigger has made them a holder). A key
-- is made in one's own name only, and never changed or removed by a person.
ALTER TABLE vault_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY vault_keys_holders ON vault_keys FOR SELECT
    USING (casebook_holds_vault_key(id) OR created_by = casebook_agent_id());
CREATE POLICY vault_keys_create ON vault_keys FOR INSERT WITH CHECK (created_by = casebook_agent_id());

-- Who holds is no secret (the panel of a non-holder names whom to ask); a grant is made in
-- the granting admin's own name.
ALTER TABLE vault_key_holders ENABLE ROW LEVEL SECURITY;
CREATE POLICY vault_key_holders_read ON vault_key_holders FOR SELECT USING (true);
CREATE POLICY vault_key_holders_grant ON vault_key_holders FOR INSERT WITH CHECK (granted_by = casebook_agent_id());
CREATE POLICY vault_key_holders_revoke ON vault_key_holders FOR DELETE USING (true);

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casebook_agent')
       OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casebook_admin') THEN
        RAISE NOTICE 'Casebook group roles are missing: no grants (run casebook-server-setup.sql)';
        RETURN;
    END IF;
    GRANT SELECT ON vault_key_holders, vault_team_key TO casebook_agent;
    REVOKE INSERT, UPDATE, DELETE ON vault_key_holders, vault_team_key FROM casebook_agent;
    -- Admins grant and revoke; nobody edits a grant (revoke and grant again).
    GRANT INSERT, DELETE ON vault_key_holders TO casebook_admin;
    REVOKE UPDATE, DELETE ON vault_keys FROM casebook_agent;
END;
$$;

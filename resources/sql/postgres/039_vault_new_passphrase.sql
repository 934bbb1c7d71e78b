-- SPDX-License-Identifier: GPL-3.0-or-later
-- A new team passphrase (VaultStore::changePassphrase). When someone leaves, revoking their
-- holding hides the rows from them, but they still know the passphrase: the team picks a new
-- one. The admin's desktop adds the new key and seals every access again under it (row rules
-- let a holder of both keys do that); this function then makes the old key's holders holders
-- of the new one, keeping who granted it and when, and removes the old key. A person may do
-- neither (a grant is made in one's own name, and nobody removes a key), so it runs with its
-- owner's rights and checks the caller itself, as the session's login: inside it,
-- current_user is the owner.
CREATE FUNCTION casebook_vault_retire_key(old_key BIGINT, new_key BIGINT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    caller BIGINT := (SELECT id FROM agents WHERE login = session_user AND active);
BEGIN
    -- The schema's owner (and a superuser) is trusted as in every other table; people are checked.
    IF NOT pg_has_role(session_user, current_user, 'MEMBER') THEN
        IF caller IS NULL OR NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = 'casebook_admin'
                                         AND pg_has_role(session_user, r.oid, 'MEMBER')) THEN
            RAISE EXCEPTION 'only an admin changes the team passphrase' USING ERRCODE = '42501';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM vault_key_holders WHERE vault_key_id = old_key AND agent_id = caller)
           OR NOT EXISTS (SELECT 1 FROM vault_keys WHERE id = new_key AND created_by = caller) THEN
            RAISE EXCEPTION 'the team key is replaced by an admin who holds it, with a key of their own'
                USING ERRCODE = '42501';
        END IF;
    END IF;
    IF old_key = new_key OR NOT EXISTS (SELECT 1 FROM vault_keys WHERE id = new_key) THEN
        RAISE EXCEPTION 'there is no new team key %', new_key USING ERRCODE = '22023';
    END IF;
    -- Sealed under the old key meanwhile (another desktop's write), it would be lost with it.
    IF EXISTS (SELECT 1 FROM vault_entries WHERE vault_key_id = old_key) THEN
        RAISE EXCEPTION 'accesses are still sealed under the old team key' USING ERRCODE = '40001';
    END IF;
    INSERT INTO vault_key_holders (vault_key_id, agent_id, granted_by, granted_at)
        SELECT new_key, agent_id, granted_by, granted_at FROM vault_key_holders WHERE vault_key_id = old_key
        ON CONFLICT DO NOTHING;
    DELETE FROM vault_keys WHERE id = old_key;
END;
$$;
REVOKE EXECUTE ON FUNCTION casebook_vault_retire_key(BIGINT, BIGINT) FROM PUBLIC;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casebook_admin') THEN
        RAISE NOTICE 'Casebook group roles are missing: no grants (run casebook-server-setup.sql)';
        RETURN;
    END IF;
    GRANT EXECUTE ON FUNCTION casebook_vault_retire_key(BIGINT, BIGINT) TO casebook_admin;
END;
$$;

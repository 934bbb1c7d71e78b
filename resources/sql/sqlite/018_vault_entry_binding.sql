-- A vault entry's secret is now sealed with every field a person acts on (customer, kind,
-- label, URL or host, user name) as associated data, so a change made without the team key
-- fails closed. Entries sealed before carry format 1 (customer, kind and label only); the
-- app re-seals them with format 2 the next time the vault is unlocked.
ALTER TABLE vault_entries ADD COLUMN seal_format INTEGER NOT NULL DEFAULT 1;

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Imports: what each source's records became here, so that running the same import again
-- (or the next page of an incremental export) adds nothing twice.
CREATE TABLE import_keys (
    source TEXT NOT NULL,      -- zendesk, csv, ...
    kind TEXT NOT NULL,        -- ticket, message, customer
    external_id TEXT NOT NULL, -- the source's own id (a CSV row without one: a digest of its cells)
    local_id INTEGER NOT NULL,
    PRIMARY KEY (source, kind, external_id)
);

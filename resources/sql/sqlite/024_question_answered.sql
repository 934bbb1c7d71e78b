-- Issue 18: a ticket that was a plain question is solved as "question answered". Widening
-- the resolution CHECK in place, as 019 widened the channels (same reasoning: no stored row
-- changes its encoding, and rebuilding a million-ticket table would take minutes).
PRAGMA writable_schema = ON;
UPDATE sqlite_master
   SET sql = replace(sql, '''defect_fixed'', ''feature_requested'')',
                     '''defect_fixed'', ''feature_requested'', ''question_answered'')')
 WHERE type = 'table' AND name = 'tickets';
PRAGMA writable_schema = RESET;
-- Bumps the schema cookie so that every other open connection reloads the schema.
CREATE TABLE resolution_schema_cookie (x INTEGER);
DROP TABLE resolution_schema_cookie;

-- R39: requests also come by messenger and in person. The tickets table's CHECK lists the
-- channels; SQLite cannot alter a CHECK, and rebuilding a table of a million tickets (with
-- its indexes, triggers and the search index) would take minutes. Widening the list does not
-- change how any stored row is encoded, so this follows SQLite's documented procedure for
-- loosening a constraint in place: edit the table's text in the schema, then reload it.
PRAGMA writable_schema = ON;
UPDATE sqlite_master
   SET sql = replace(sql, '''phone'', ''other'')', '''phone'', ''messenger'', ''in_person'', ''other'')')
 WHERE type = 'table' AND name = 'tickets';
-- RESET also makes this connection parse the new text at once.
PRAGMA writable_schema = RESET;
-- Any schema change bumps the schema cookie, so every other open connection reloads too.
CREATE TABLE channel_schema_cookie (x INTEGER);
DROP TABLE channel_schema_cookie;

-- SPDX-License-Identifier: GPL-3.0-or-later
-- The inbox sorts by subject in SQL and reads on by key; without this index every
-- page sorted the whole table.
CREATE INDEX tickets_subject ON tickets (lower(subject), id);

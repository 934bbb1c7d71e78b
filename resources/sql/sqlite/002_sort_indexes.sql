-- SPDX-License-Identifier: GPL-3.0-or-later
-- The inbox sorts by subject in SQL and reads on by key; without this index every
-- page sorted the whole table.
CREATE INDEX tickets_subject ON tickets(lower(subject), id);

-- How many messages hold each word: lets search tell a rare word from a very common
-- one before choosing between ranking and recency order.
CREATE VIRTUAL TABLE messages_vocab USING fts5vocab(messages_fts, 'row');

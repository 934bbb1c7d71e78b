-- Search finds a word's other forms ("оплата" finds "оплату", "payments" finds "payment").
-- One text search configuration, casebook_stem, stems each word by its script, as SQLite's
-- casebook_stem tokenizer does: words of Latin letters with the Snowball English stemmer,
-- other words (Cyrillic) with the Russian one, numbers, addresses and the rest unchanged.
-- The script decides, not a language stored with the text: a message has none, a
-- customer's locale is another row (a generated column reads only its own), and one
-- message mixes Russian with English product words. The dictionaries keep stop words (no
-- StopWords file): "не работает" stays a phrase of two words, and both engines find the
-- same rows. The generated columns and their GIN indexes are made again with it.
CREATE TEXT SEARCH DICTIONARY casebook_russian_stem (TEMPLATE = snowball, Language = russian);
CREATE TEXT SEARCH DICTIONARY casebook_english_stem (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION casebook_stem (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION casebook_stem
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH casebook_english_stem;
ALTER TEXT SEARCH CONFIGURATION casebook_stem
    ALTER MAPPING FOR word, hword, hword_part WITH casebook_russian_stem;

-- Dropping a column drops its index.
ALTER TABLE tickets DROP COLUMN search;
ALTER TABLE tickets ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('casebook_stem', subject)) STORED;
CREATE INDEX tickets_search ON tickets USING GIN (search);

ALTER TABLE messages DROP COLUMN search;
ALTER TABLE messages ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('casebook_stem', body)) STORED;
CREATE INDEX messages_search ON messages USING GIN (search);

ALTER TABLE customers DROP COLUMN search;
ALTER TABLE customers ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('casebook_stem', display_name || ' ' || coalesce(company, '') || ' '
                                     || coalesce(primary_email, '') || ' '
                                     || translate(coalesce(primary_email, ''), '@.-_+', '     '))) STORED;
CREATE INDEX customers_search ON customers USING GIN (search);

ALTER TABLE customer_emails DROP COLUMN search;
ALTER TABLE customer_emails ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('casebook_stem', email || ' ' || translate(email, '@.-_+', '     '))) STORED;
CREATE INDEX customer_emails_search ON customer_emails USING GIN (search);

ALTER TABLE customer_notes DROP COLUMN search;
ALTER TABLE customer_notes ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('casebook_stem', body)) STORED;
CREATE INDEX customer_notes_search ON customer_notes USING GIN (search);

ALTER TABLE proposals DROP COLUMN search;
ALTER TABLE proposals ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('casebook_stem', title || ' ' || description)) STORED;
CREATE INDEX proposals_search ON proposals USING GIN (search);

ALTER TABLE bug_reports DROP COLUMN search;
ALTER TABLE bug_reports ADD COLUMN search tsvector
    GENERATED ALWAYS AS (setweight(to_tsvector('casebook_stem', title), 'A')
                         || setweight(to_tsvector('casebook_stem', steps), 'B')
                         || setweight(to_tsvector('casebook_stem', error_text), 'C')) STORED;
CREATE INDEX bug_reports_search ON bug_reports USING GIN (search);

-- Search finds a word's other forms ("оплата" finds "оплату", "payments" finds "payment"):
-- every full-text table is made again with the casebook_stem tokenizer (unicode61 with its
-- options, then a Snowball stemmer chosen by each word's script; models/storage/stemtokenizer.cpp)
-- and its index rebuilt from the rows. The triggers that keep the tables in step name them
-- and stay as they are; so does messages_vocab, which reads messages_fts by name.
DROP TABLE tickets_fts;
CREATE VIRTUAL TABLE tickets_fts USING fts5(subject, content='tickets', content_rowid='id',
    tokenize='casebook_stem remove_diacritics 2');
INSERT INTO tickets_fts(tickets_fts) VALUES ('rebuild');

DROP TABLE messages_fts;
CREATE VIRTUAL TABLE messages_fts USING fts5(body, content='messages', content_rowid='id',
    tokenize='casebook_stem remove_diacritics 2');
INSERT INTO messages_fts(messages_fts) VALUES ('rebuild');

DROP TABLE customers_fts;
CREATE VIRTUAL TABLE customers_fts USING fts5(display_name, company, primary_email, content='customers',
    content_rowid='id', tokenize='casebook_stem remove_diacritics 2');
INSERT INTO customers_fts(customers_fts) VALUES ('rebuild');

DROP TABLE customer_notes_fts;
CREATE VIRTUAL TABLE customer_notes_fts USING fts5(body, content='customer_notes', content_rowid='id',
    tokenize='casebook_stem remove_diacritics 2');
INSERT INTO customer_notes_fts(customer_notes_fts) VALUES ('rebuild');

DROP TABLE proposals_fts;
CREATE VIRTUAL TABLE proposals_fts USING fts5(title, description, content='proposals', content_rowid='id',
    tokenize='casebook_stem remove_diacritics 2');
INSERT INTO proposals_fts(proposals_fts) VALUES ('rebuild');

DROP TABLE bug_reports_fts;
CREATE VIRTUAL TABLE bug_reports_fts USING fts5(title, steps, error_text, content='bug_reports', content_rowid='id',
    tokenize='casebook_stem remove_diacritics 2');
INSERT INTO bug_reports_fts(bug_reports_fts) VALUES ('rebuild');

-- The addresses' table holds its own copy of the text, so it is filled again from the rows.
DROP TABLE customer_emails_fts;
CREATE VIRTUAL TABLE customer_emails_fts USING fts5(email, customer_id UNINDEXED,
    tokenize='casebook_stem remove_diacritics 2');
INSERT INTO customer_emails_fts(rowid, email, customer_id) SELECT rowid, email, customer_id FROM customer_emails;

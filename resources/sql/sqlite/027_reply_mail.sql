-- SPDX-License-Identifier: GPL-3.0-or-later
-- Replies as complete mail: the Cc line of a mail message (the people a customer copied,
-- so the reply keeps them; the ones an agent's reply went to, so the thread and a retry
-- say the same), and the account each mail came in on, so the reply leaves from it.
CREATE TABLE message_cc (
    message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
    addresses TEXT NOT NULL -- one mailbox a line, "Name <address>" or the address alone
);

ALTER TABLE mail_messages ADD COLUMN account_id INTEGER REFERENCES mail_accounts(id) ON DELETE SET NULL;

-- SPDX-License-Identifier: GPL-3.0-or-later
-- R40 for what a mail carries: a private ticket's Cc lines, files and outgoing mail are seen
-- by whoever sees its messages (leads and its assignee) and by nobody else, as its messages
-- are (014). Each follows its message or ticket; those subqueries are themselves filtered.
-- mail_messages keeps no text of a stored mail (only ids, and the raw bytes of a mail that
-- could not be read and so belongs to no ticket); the intake threads by it, so it stays
-- readable: a reply to a private ticket fetched on another desktop still finds its ticket.
ALTER TABLE message_cc ENABLE ROW LEVEL SECURITY;
CREATE POLICY message_cc_r40 ON message_cc
    USING (EXISTS (SELECT 1 FROM messages m WHERE m.id = message_cc.message_id));

ALTER TABLE mail_attachments ENABLE ROW LEVEL SECURITY;
CREATE POLICY mail_attachments_r40 ON mail_attachments
    USING (EXISTS (SELECT 1 FROM messages m WHERE m.id = mail_attachments.message_id));

-- A queued reply of a private ticket is sent by a desktop that may see the ticket.
ALTER TABLE mail_outbox ENABLE ROW LEVEL SECURITY;
CREATE POLICY mail_outbox_r40 ON mail_outbox
    USING (EXISTS (SELECT 1 FROM tickets t WHERE t.id = mail_outbox.ticket_id));

-- SPDX-License-Identifier: GPL-3.0-or-later
-- R40 and the mail intake. Any desktop fetches the mailbox of the team, so the answer of a
-- customer to a private ticket may be fetched by someone the row rules hide that ticket
-- from (014). Their intake must still store it, or their fetch stops on that mail until a
-- lead fetches it. These functions run as the owner of the schema, past the row rules, and
-- do only the writes of the intake: they take the words of a mail and hand back ids and the
-- clock state of the ticket, never the subject or text of a ticket. The intake calls them
-- only for a ticket it cannot see.

-- The ticket a mail threads to, seen or not: open (R32: a closed ticket takes no more mail).
CREATE FUNCTION casebook_mail_open_ticket(p_ticket BIGINT) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT EXISTS (SELECT 1 FROM tickets WHERE id = p_ticket AND status <> 'closed')
$$;

-- What the intake needs to time the answer owed (R15, R34) and to record a reopening (R32).
CREATE FUNCTION casebook_mail_ticket_state(p_ticket BIGINT)
    RETURNS TABLE (status TEXT, owes_next BOOLEAN, policy_id BIGINT, next_minutes BIGINT, business_hours BOOLEAN)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT t.status, t.first_responded_at IS NOT NULL AND t.next_response_due_at IS NULL,
           p.id, coalesce(s.next_response_minutes, p.next_response_minutes), p.business_hours
    FROM tickets t LEFT JOIN sla_policies p ON p.id = t.sla_policy_id
    LEFT JOIN sla_targets s ON s.policy_id = p.id AND s.severity = t.severity
    WHERE t.id = p_ticket AND t.status <> 'closed'
$$;

-- The mail of the customer (or a bounce, as a system message) added to the ticket, with what
-- TicketStore::addMessage writes for it: times, the answer owed from `p_due`, a pending or
-- solved ticket opened again. The message is written by `p_sender` (NULL: by the customer of the ticket).
-- NULL when the ticket is gone or closed.
CREATE FUNCTION casebook_mail_add_message(p_ticket BIGINT, p_kind TEXT, p_body TEXT, p_now BIGINT, p_due BIGINT,
                                          p_sender BIGINT)
    RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    customer BIGINT;
    added BIGINT;
BEGIN
    IF p_kind NOT IN ('customer', 'system') THEN
        RAISE EXCEPTION 'the mail intake adds customer and system messages only';
    END IF;
    SELECT customer_id INTO customer FROM tickets WHERE id = p_ticket AND status <> 'closed' FOR UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    INSERT INTO messages (ticket_id, kind, author_customer_id, body, created_at, channel)
        VALUES (p_ticket, p_kind, CASE WHEN p_kind = 'customer' THEN coalesce(p_sender, customer) END, p_body, p_now,
                'email')
        RETURNING id INTO added;
    IF p_kind = 'customer' THEN
        UPDATE tickets SET updated_at = p_now, version = version + 1, last_customer_message_at = p_now,
            next_response_due_at = CASE WHEN first_responded_at IS NOT NULL AND next_response_due_at IS NULL
                                        THEN p_due ELSE next_response_due_at END,
            resolution = CASE WHEN status IN ('pending', 'solved') THEN NULL ELSE resolution END,
            status = CASE WHEN status IN ('pending', 'solved') THEN 'open' ELSE status END
        WHERE id = p_ticket;
    ELSE
        UPDATE tickets SET updated_at = p_now, version = version + 1 WHERE id = p_ticket;
    END IF;
    RETURN added;
END;
$$;

-- A message that came in by mail (recorded in mail_messages): only its Cc and files are added.
CREATE FUNCTION casebook_mail_incoming(p_message BIGINT) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT EXISTS (SELECT 1 FROM mail_messages mm JOIN messages m ON m.id = mm.message_id
                   WHERE mm.message_id = p_message AND mm.direction = 'in' AND m.kind = 'customer')
$$;

CREATE FUNCTION casebook_mail_add_cc(p_message BIGINT, p_addresses TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT casebook_mail_incoming(p_message) THEN
        RAISE EXCEPTION 'message % did not come in by mail', p_message;
    END IF;
    INSERT INTO message_cc (message_id, addresses) VALUES (p_message, p_addresses);
END;
$$;

CREATE FUNCTION casebook_mail_add_file(p_message BIGINT, p_name TEXT, p_type TEXT, p_data BYTEA) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT casebook_mail_incoming(p_message) THEN
        RAISE EXCEPTION 'message % did not come in by mail', p_message;
    END IF;
    INSERT INTO mail_attachments (message_id, file_name, mime_type, size, data)
        VALUES (p_message, p_name, p_type, length(p_data), p_data);
END;
$$;

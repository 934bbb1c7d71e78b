-- SPDX-License-Identifier: GPL-3.0-or-later
-- The reminder scheduler reads the earliest due moments of open tickets only, one range per
-- clock (R12 reaction, R15/R34 first and next response): indexes over the open tickets keep
-- that range free of the solved and closed ones that still carry an old due time.
CREATE INDEX tickets_reaction_due_open ON tickets(reaction_due_at)
    WHERE reaction_due_at IS NOT NULL AND status NOT IN ('solved', 'closed');
CREATE INDEX tickets_first_response_due_open ON tickets(first_response_due_at)
    WHERE first_responded_at IS NULL AND status NOT IN ('solved', 'closed');
CREATE INDEX tickets_next_response_due_open ON tickets(next_response_due_at)
    WHERE next_response_due_at IS NOT NULL AND status NOT IN ('solved', 'closed');

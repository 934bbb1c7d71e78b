-- SPDX-License-Identifier: GPL-3.0-or-later
-- R15, R34: after the first answer, each customer message sets the next response's due time
-- (cleared by the next answer); the Breaching SLA view finds those due soon.
CREATE INDEX tickets_next_response_due ON tickets(next_response_due_at) WHERE next_response_due_at IS NOT NULL;

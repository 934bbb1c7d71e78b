-- SPDX-License-Identifier: GPL-3.0-or-later
-- Shift roster and reminders (R01-R08, R12, R24, R28).

-- R01: the playbook calls its two weekday shifts First and Second.
UPDATE shift_templates SET name = 'First' WHERE name = 'Early' AND start_minute = 540 AND end_minute = 1080;
UPDATE shift_templates SET name = 'Second' WHERE name = 'Late' AND start_minute = 600 AND end_minute = 1140;

-- A lead marks a rule urgent: it then reaches people outside their shift hours (never on a day off, R05).
ALTER TABLE reminder_rules ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;
-- The playbook's reminders; params are the rule's own numbers (ReminderRule reads them).
INSERT INTO reminder_rules(rule_key, params) VALUES
    ('shift_end_soon', '{"minutes_before": 30}'),
    ('saturday_duty', '{"weekday": 5, "minute": 960}'),
    ('mail_check', '{}'),
    ('critical_reaction', '{"ladder": [{"channel": "team", "wait": 0}, {"channel": "mention", "wait": 10}, {"channel": "direct", "wait": 10}, {"channel": "phone", "wait": 15}]}'),
    ('bug_route', '{}'),
    ('sla_due', '{"minutes_before": 15}'),
    ('sla_breached', '{}'),
    ('long_held', '{}'),
    ('shift_start', '{}'),
    ('shift_end', '{}'),
    ('lunch', '{}');
-- R12: an unanswered critical ticket reaches the leads even in their lunch hour.
UPDATE reminder_rules SET urgent = TRUE WHERE rule_key = 'critical_reaction';

-- A notification knows the reminder it came from, the ticket it is about and what the agent did with it.
ALTER TABLE notifications ADD COLUMN rule_key TEXT;
ALTER TABLE notifications ADD COLUMN subject_key TEXT;
ALTER TABLE notifications ADD COLUMN ticket_id INTEGER REFERENCES tickets(id) ON DELETE CASCADE;
ALTER TABLE notifications ADD COLUMN due_at INTEGER;
ALTER TABLE notifications ADD COLUMN missed INTEGER NOT NULL DEFAULT 0; -- came due while no desktop was running
ALTER TABLE notifications ADD COLUMN acknowledged_at INTEGER;
ALTER TABLE notifications ADD COLUMN snoozed_until INTEGER;
CREATE INDEX notifications_snoozed ON notifications(snoozed_until) WHERE snoozed_until IS NOT NULL;
CREATE INDEX notifications_subject ON notifications(rule_key, subject_key) WHERE acknowledged_at IS NOT NULL;

-- Up to when the team's reminders have been delivered: what falls between it and the next
-- start came due while no desktop was running, and is shown as missed.
CREATE TABLE reminder_watermark (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    checked_until INTEGER NOT NULL
);

-- The planner reads only tickets whose clocks run: critical reactions (R12) and held tickets (R24).
CREATE INDEX tickets_reaction_due ON tickets(reaction_due_at) WHERE reaction_due_at IS NOT NULL;
CREATE INDEX tickets_assigned_open ON tickets(assigned_at)
    WHERE assignee_id IS NOT NULL AND status NOT IN ('solved', 'closed');
CREATE INDEX bug_reports_routed ON bug_reports(created_at) WHERE escalation_route IS NOT NULL;

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Team analytics read a period of tickets by one index range each, never the tickets
-- themselves: created (with the columns a chart groups by), solved, and the bug reports
-- and assignment events of a period.
CREATE INDEX tickets_created_facets ON tickets(created_at, merged_into_id, tag_count, channel, complexity, assignee_id);
-- Open at a day's end: the tickets open now by creation, and the finished ones by when they
-- finished (solved, or closed without a solve).
CREATE INDEX tickets_open_created ON tickets(created_at)
    WHERE status NOT IN ('solved', 'closed') AND merged_into_id IS NULL;
CREATE INDEX tickets_finished ON tickets(coalesce(solved_at, closed_at), created_at, status)
    WHERE merged_into_id IS NULL;
CREATE INDEX bug_reports_created ON bug_reports(created_at);
CREATE INDEX ticket_events_kind_agent ON ticket_events(kind, agent_id, created_at, new_value);

-- R42: the focus tags a lead picked for a month (YYYY-MM in the team's zone) and the
-- baseline they are measured against: the month before, counted when they were picked.
CREATE TABLE focus_tags (
    id INTEGER PRIMARY KEY,
    month TEXT NOT NULL,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    baseline_count INTEGER NOT NULL,
    baseline_total INTEGER NOT NULL,
    chosen_by INTEGER REFERENCES agents(id),
    created_at INTEGER NOT NULL,
    UNIQUE (month, tag_id)
);

-- SPDX-License-Identifier: GPL-3.0-or-later
-- The Response view for a year (issue 16) read the per-minute counters of migration 033: a
-- row per day, facet and wait minute, 644,000 rows for half a year of a 1 M-ticket file,
-- whose GROUP BY alone took 1.6 s. Here each day and facet keeps its minutes in one row,
-- "minute:count,minute:count" in minute order, so a year is a few thousand rows the reader
-- adds up itself.
--
-- The counters stay the truth. A change to a day's counters only names the day in
-- response_stale_days (one small write, so imports and mail batches pay next to nothing);
-- the reader takes a stale day's minutes from the counters, and rewrites the day's rows
-- here before it reads when it may write (ResponseHistograms::refresh).

CREATE TABLE response_histograms (
    day INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    premium INTEGER NOT NULL,
    severity TEXT NOT NULL,
    policy_id INTEGER NOT NULL,
    minutes TEXT NOT NULL,
    PRIMARY KEY (day, kind, premium, severity, policy_id)
) WITHOUT ROWID;

CREATE TABLE response_stale_days (
    day INTEGER PRIMARY KEY
);

INSERT INTO response_histograms (day, kind, premium, severity, policy_id, minutes)
    SELECT day, kind, premium, severity, policy_id, string_agg(minute || ':' || n, ',' ORDER BY minute)
    FROM response_counts WHERE n <> 0 GROUP BY day, kind, premium, severity, policy_id;

CREATE TRIGGER response_histograms_insert AFTER INSERT ON response_counts BEGIN
    INSERT INTO response_stale_days (day) VALUES (new.day) ON CONFLICT (day) DO NOTHING;
END;
CREATE TRIGGER response_histograms_update AFTER UPDATE ON response_counts BEGIN
    INSERT INTO response_stale_days (day) VALUES (new.day) ON CONFLICT (day) DO NOTHING;
    INSERT INTO response_stale_days (day) SELECT old.day WHERE old.day <> new.day ON CONFLICT (day) DO NOTHING;
END;
CREATE TRIGGER response_histograms_delete AFTER DELETE ON response_counts BEGIN
    INSERT INTO response_stale_days (day) VALUES (old.day) ON CONFLICT (day) DO NOTHING;
END;

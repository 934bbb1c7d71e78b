-- SPDX-License-Identifier: GPL-3.0-or-later
-- The Response view for a year (issue 16) read the per-minute counters of migration 033: a
-- row per day, facet and wait minute, 644,000 rows for half a year of a 1 M-ticket file.
-- Here each day and facet keeps its minutes in one row, "minute:count,minute:count" in
-- minute order, so a year is a few thousand rows the reader adds up itself.
--
-- The counters stay the truth. A change to a day's counters only names the day in
-- response_stale_days (statement triggers: once per day a statement touched); the reader
-- takes a stale day's minutes from the counters, and rewrites the day's rows here before it
-- reads when it may write (ResponseHistograms::refresh, under the writers' lock).

CREATE TABLE response_histograms (
    day BIGINT NOT NULL,
    kind INTEGER NOT NULL,
    premium INTEGER NOT NULL,
    severity TEXT NOT NULL,
    policy_id BIGINT NOT NULL,
    minutes TEXT NOT NULL,
    PRIMARY KEY (day, kind, premium, severity, policy_id)
);

CREATE TABLE response_stale_days (
    day BIGINT PRIMARY KEY
);

INSERT INTO response_histograms (day, kind, premium, severity, policy_id, minutes)
    SELECT day, kind, premium, severity, policy_id, string_agg(minute || ':' || n, ',' ORDER BY minute)
    FROM response_counts WHERE n <> 0 GROUP BY day, kind, premium, severity, policy_id;

CREATE FUNCTION response_histograms_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO response_stale_days (day) SELECT DISTINCT day FROM changed_rows ON CONFLICT (day) DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE TRIGGER response_histograms_insert AFTER INSERT ON response_counts
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION response_histograms_stale();
CREATE TRIGGER response_histograms_update AFTER UPDATE ON response_counts
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION response_histograms_stale();
CREATE TRIGGER response_histograms_delete AFTER DELETE ON response_counts
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION response_histograms_stale();

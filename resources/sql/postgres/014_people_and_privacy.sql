-- SPDX-License-Identifier: GPL-3.0-or-later
-- People, roles enforced by the server, and R40 privacy.
--
-- Casebook's roles are the group roles casebook_agent < casebook_lead < casebook_admin
-- (each a member of the one before), made once per server by
-- packaging/postgresql/casebook-server-setup.sql together with the schema owner
-- casebook_owner and casebook_set_login(), which adds people's login roles. The grants
-- live here, next to the tables they protect, so that every upgrade keeps them in step;
-- a server without the group roles (one person, or tests run as a superuser) gets the
-- tables, functions and row rules but no grants.

ALTER TABLE agents ADD COLUMN languages TEXT NOT NULL DEFAULT '';
ALTER TABLE bug_reports ADD COLUMN is_private BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX tickets_private ON tickets(id) WHERE is_private;

INSERT INTO team_settings(key, value) VALUES
    ('privacy.security_words', 'vulnerability,exploit,CVE,XSS,CSRF,SQL injection,RCE,security hole,уязвимость,эксплойт');

-- Who is connected, as an agent id: each agent signs in as their own role, named by login.
CREATE FUNCTION casebook_agent_id() RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT id FROM agents WHERE login = current_user AND active
$$;

-- True when the connected role belongs to the group role `role_name` (false when that
-- group does not exist on this server).
CREATE FUNCTION casebook_in_role(role_name TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = role_name
                   AND pg_has_role(current_user, r.oid, 'MEMBER'))
$$;

-- R40: a private ticket is seen by leads (admins are leads too) and its assignee only.
CREATE FUNCTION casebook_may_see_private(assignee BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT casebook_in_role('casebook_lead') OR (assignee IS NOT NULL AND assignee = casebook_agent_id())
$$;

-- Row rules bind every role but the tables' owner and superusers (the admin migrates as the
-- owner, never works as it). WITH CHECK (true): whoever may see a row may hand it on.
ALTER TABLE tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY tickets_r40 ON tickets
    USING (NOT is_private OR casebook_may_see_private(assignee_id)) WITH CHECK (true);

-- A message is visible when its ticket is: the subquery on tickets is itself filtered.
ALTER TABLE messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY messages_r40 ON messages
    USING (EXISTS (SELECT 1 FROM tickets t WHERE t.id = messages.ticket_id));

ALTER TABLE bug_reports ENABLE ROW LEVEL SECURITY;
CREATE POLICY bug_reports_r40 ON bug_reports
    USING (NOT is_private OR casebook_in_role('casebook_lead')
           OR created_by = casebook_agent_id() OR owner_agent_id = casebook_agent_id())
    WITH CHECK (true);

DO $$
DECLARE
    s TEXT := current_schema();
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casebook_agent')
       OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casebook_lead')
       OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casebook_admin') THEN
        RAISE NOTICE 'Casebook group roles are missing: no grants (run casebook-server-setup.sql)';
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO casebook_agent', s);
    -- Agents read and write the day's work: tickets, customers, notes, drafts, reports...
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO casebook_agent', s);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO casebook_agent', s);
    -- ... and so will they the tables of later upgrades, unless those say otherwise.
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO casebook_agent', s);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO casebook_agent', s);

    -- Leads manage the team's rules: templates, rosters, reminders, SLA policies, settings.
    REVOKE INSERT, UPDATE, DELETE ON canned_replies, bug_templates, shift_templates, roster, team_calendar,
        reminder_rules, sla_policies, team_settings, severity_routes, product_areas FROM casebook_agent;
    GRANT INSERT, UPDATE, DELETE ON canned_replies, bug_templates, shift_templates, roster, team_calendar,
        reminder_rules, sla_policies, team_settings, severity_routes, product_areas TO casebook_lead;
    -- Admins manage people.
    REVOKE INSERT, UPDATE, DELETE ON agents FROM casebook_agent;
    GRANT INSERT, UPDATE, DELETE ON agents TO casebook_admin;
    -- Only the schema's owner upgrades it.
    REVOKE INSERT, UPDATE, DELETE ON schema_version FROM casebook_agent;
END;
$$;

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Prepares a PostgreSQL (16 or newer) server for a Casebook team. Run it once, as a
-- superuser, with psql:
--
--   psql -v ON_ERROR_STOP=1 -v database=casebook -v admin=alice -f casebook-server-setup.sql
--
-- database  the team's database (default: casebook); created when missing
-- admin     optional: the login role of the team's first admin; give it a password with
--           \password alice (or -v admin_password=...), then run
--           casebook --database postgresql://alice@host/casebook --migrate
--
-- It makes, when missing:
--   casebook_agent < casebook_lead < casebook_admin  group roles, each a member of the one before;
--                    the schema's grants and row rules are written for them (migration 014;
--                    035: vault entries for the team key's holders only, granted by admins)
--   casebook_owner   owns the database and its schema; admins upgrade the schema by
--                    SET ROLE casebook_owner, without holding its rights the rest of the day
--   casebook_people  creates people's login roles in the right group, through the function
--                    casebook_set_login() that only admins may call
-- and takes every right on the database away from PUBLIC. Running it again changes nothing.

\set ON_ERROR_STOP on
\if :{?database}
\else
\set database casebook
\endif

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casebook_agent') THEN
        CREATE ROLE casebook_agent NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casebook_lead') THEN
        CREATE ROLE casebook_lead NOLOGIN IN ROLE casebook_agent;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casebook_admin') THEN
        CREATE ROLE casebook_admin NOLOGIN IN ROLE casebook_lead;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casebook_owner') THEN
        CREATE ROLE casebook_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casebook_people') THEN
        CREATE ROLE casebook_people NOLOGIN CREATEROLE;
    END IF;
END;
$$;

-- Not inherited: an admin acts as the owner only for an upgrade, never by accident.
GRANT casebook_owner TO casebook_admin WITH INHERIT FALSE, SET TRUE;
-- casebook_people may put people in the groups, and nothing else.
GRANT casebook_agent, casebook_lead, casebook_admin TO casebook_people WITH ADMIN TRUE, INHERIT FALSE, SET FALSE;

SELECT NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'database') AS casebook_create_database \gset
\if :casebook_create_database
CREATE DATABASE :"database" OWNER casebook_owner ENCODING 'UTF8' TEMPLATE template0;
\endif
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"database" TO casebook_agent;

\connect :"database"
ALTER SCHEMA public OWNER TO casebook_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO casebook_agent;

-- Adds a person's login role, or changes it: the group (their Casebook role), the password
-- (NULL keeps it) and whether they may sign in (deactivated people may not). It touches only
-- roles that are new or already in casebook_agent, so it cannot reach any other role.
CREATE OR REPLACE FUNCTION public.casebook_set_login(login TEXT, password TEXT, role_name TEXT, can_login BOOLEAN)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    group_role TEXT;
BEGIN
    IF role_name IS NULL OR role_name NOT IN ('casebook_agent', 'casebook_lead', 'casebook_admin') THEN
        RAISE EXCEPTION 'unknown Casebook role %', role_name USING ERRCODE = '22023';
    END IF;
    IF login IS NULL OR login = '' OR login ~ '^(pg_|casebook_)' OR login IN ('postgres', 'public') THEN
        RAISE EXCEPTION 'the login % cannot be used for a person', login USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', login);
    ELSIF NOT EXISTS (SELECT 1 FROM pg_auth_members m
                      JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                      WHERE u.rolname = login
                        AND g.rolname IN ('casebook_agent', 'casebook_lead', 'casebook_admin')) THEN
        RAISE EXCEPTION 'the role % exists and is not a Casebook person', login USING ERRCODE = '42501';
    END IF;
    IF password IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', login, password);
    END IF;
    IF (SELECT rolcanlogin FROM pg_roles WHERE rolname = login) IS DISTINCT FROM can_login THEN
        EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN can_login THEN 'LOGIN' ELSE 'NOLOGIN' END);
    END IF;
    FOREACH group_role IN ARRAY ARRAY['casebook_agent', 'casebook_lead', 'casebook_admin'] LOOP
        IF group_role <> role_name AND EXISTS (SELECT 1 FROM pg_auth_members m
                JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                WHERE g.rolname = group_role AND u.rolname = login) THEN
            EXECUTE format('REVOKE %I FROM %I', group_role, login);
        END IF;
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                   JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = role_name AND u.rolname = login) THEN
        EXECUTE format('GRANT %I TO %I', role_name, login);
    END IF;
END;
$$;
ALTER FUNCTION public.casebook_set_login(TEXT, TEXT, TEXT, BOOLEAN) OWNER TO casebook_people;
REVOKE ALL ON FUNCTION public.casebook_set_login(TEXT, TEXT, TEXT, BOOLEAN) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.casebook_set_login(TEXT, TEXT, TEXT, BOOLEAN) TO casebook_admin;

\if :{?admin}
\if :{?admin_password}
SELECT public.casebook_set_login(:'admin', :'admin_password', 'casebook_admin', true);
\else
SELECT public.casebook_set_login(:'admin', NULL, 'casebook_admin', true);
\endif
\endif

-- PostgreSQL starts with 128 MB of shared buffers. A team's inbox on a million tickets
-- reads a working set far larger: with 2 GB the first paint went from 190 to 150 ms (p95)
-- and opening a ticket from 214 to 76 ms on a loaded 2-core server. Memory is the admin's
-- to give, so this only says so.
DO $$
BEGIN
    IF pg_size_bytes(current_setting('shared_buffers')) < 1024::BIGINT * 1024 * 1024 THEN
        RAISE NOTICE 'shared_buffers is %: for a team''s desk give it about a quarter of this server''s memory, '
            'e.g. ALTER SYSTEM SET shared_buffers = ''2GB''; then restart PostgreSQL',
            current_setting('shared_buffers');
    END IF;
END;
$$;

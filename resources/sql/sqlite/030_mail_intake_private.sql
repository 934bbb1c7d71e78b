-- SPDX-License-Identifier: GPL-3.0-or-later
-- The intake's writes past the R40 row rules are the team server's (PostgreSQL); an SQLite
-- file has no row rules, so this step changes nothing here. It exists so that both engines
-- count the same migrations.
SELECT 1;

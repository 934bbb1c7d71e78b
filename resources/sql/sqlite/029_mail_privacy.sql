-- SPDX-License-Identifier: GPL-3.0-or-later
-- R40 row rules for a mail's Cc, files and outgoing copy are the team server's (PostgreSQL);
-- an SQLite file is one desk's, so this step changes nothing here. It exists so that both
-- engines count the same migrations.
SELECT 1;

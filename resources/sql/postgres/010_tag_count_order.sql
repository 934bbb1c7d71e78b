-- SPDX-License-Identifier: GPL-3.0-or-later
-- The inbox sorts its Tags column by how many tags a ticket has (untagged first, R14).
CREATE INDEX tickets_tag_count ON tickets(tag_count, id);

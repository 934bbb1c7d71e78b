-- R39: requests also come by messenger and in person.
ALTER TABLE tickets DROP CONSTRAINT tickets_channel_check;
ALTER TABLE tickets ADD CONSTRAINT tickets_channel_check
    CHECK (channel IN ('email', 'chat', 'slack', 'community', 'form', 'phone', 'messenger', 'in_person', 'other'));

-- R34: an SLA policy's times may differ by the ticket's severity (a premium customer's critical
-- ticket is answered within 15 minutes). A severity without a row keeps the policy's own times.
-- Editing a policy's targets bumps the policy's version, so one check covers both.
CREATE TABLE sla_targets (
    policy_id BIGINT NOT NULL REFERENCES sla_policies(id) ON DELETE CASCADE,
    severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    first_response_minutes BIGINT NOT NULL CHECK (first_response_minutes >= 1),
    next_response_minutes BIGINT NOT NULL CHECK (next_response_minutes >= 1),
    PRIMARY KEY (policy_id, severity)
);
-- The shipped policies' critical targets; a team that renamed them keeps its own times.
INSERT INTO sla_targets(policy_id, severity, first_response_minutes, next_response_minutes)
SELECT id, 'critical', CASE name WHEN 'Premium' THEN 15 ELSE 30 END, CASE name WHEN 'Premium' THEN 60 ELSE 120 END
FROM sla_policies WHERE name IN ('Standard', 'Premium');

-- Leads alone change the policies (014); their targets are part of them.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casebook_agent')
       AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casebook_lead') THEN
        REVOKE INSERT, UPDATE, DELETE ON sla_targets FROM casebook_agent;
        GRANT INSERT, UPDATE, DELETE ON sla_targets TO casebook_lead;
    END IF;
END;
$$;

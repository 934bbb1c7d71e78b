-- Issue 18: a ticket that was a plain question is solved as "question answered".
ALTER TABLE tickets DROP CONSTRAINT tickets_resolution_check;
ALTER TABLE tickets ADD CONSTRAINT tickets_resolution_check
    CHECK (resolution IN ('customer_confirmed', 'workaround_and_defect', 'no_response', 'defect_fixed',
                          'feature_requested', 'question_answered'));

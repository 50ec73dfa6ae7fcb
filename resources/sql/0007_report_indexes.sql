-- Jalon schema version 7: indexes for the activity reports (docs/indicators.md), which select each
-- kind of record by the day that counts for it rather than by person. Each one covers its query, so
-- that a monthly report on a large file reads indexes, not the records' long text; the report's SQL
-- names the ones its plan depends on (INDEXED BY).
CREATE INDEX follow_periods_by_opening ON follow_periods (opened_on, person_id, id) WHERE deleted = 0;
-- Open at a day: closed later or not at all, opened before.
CREATE INDEX follow_periods_by_closing ON follow_periods (closed_on, opened_on, person_id) WHERE deleted = 0;
CREATE INDEX orientations_by_start ON orientations (start_date, person_id) WHERE deleted = 0;
-- Each person's latest orientation at a day.
CREATE INDEX orientations_by_person_state
    ON orientations (person_id, start_date, end_date, kind, structure_id, referent_id) WHERE deleted = 0;
CREATE INDEX appointments_by_time ON appointments (scheduled_at, status, invited_on, person_id) WHERE deleted = 0;
-- A person's appointments attended after an orientation.
CREATE INDEX appointments_by_person_outcome ON appointments (person_id, scheduled_at, purpose, status)
    WHERE deleted = 0;
CREATE INDEX contracts_by_signature ON contracts (signed_on, kind, person_id) WHERE deleted = 0;
-- A person's contract valid at a day: planned to end after it, signed, started, not ended.
CREATE INDEX contracts_by_person_validity ON contracts (person_id, planned_end, signed_on, start_date, ended_on)
    WHERE deleted = 0;
CREATE INDEX plan_objectives_by_creation ON plan_objectives (created_on, theme, theme_label, person_id, id)
    WHERE deleted = 0;
CREATE INDEX plan_actions_by_creation ON plan_actions (created_on, objective_id, person_id, id) WHERE deleted = 0;
CREATE INDEX referrals_by_sending ON referrals (sent_on, thematique, person_id, id) WHERE deleted = 0;
-- A record's status at a day: its last status change on or before it.
CREATE INDEX pathway_events_status_changes ON pathway_events (entity_id, occurred_on, hlc)
    WHERE deleted = 0 AND action = 'status';
-- The levels of the diagnostics validated in a period, without reading their answers.
CREATE INDEX diagnostics_levels_by_validation ON diagnostics (validated_at, person_id, levels)
    WHERE deleted = 0 AND status = 'validated';

-- Jalon schema version 6: the individual pathway. Each table keeps the current state of one kind of
-- fact; pathway_events keeps every change to them, with who and when, for the timeline and the
-- reports. Dates are ISO 8601 (yyyy-MM-dd); appointment times are local (yyyy-MM-ddTHH:mm).

-- A follow-up period: opened at intake (or re-entry), closed by an exit. At most one open per person.
CREATE TABLE follow_periods (
    id               TEXT PRIMARY KEY,
    person_id        TEXT NOT NULL REFERENCES persons (id),
    opened_on        TEXT NOT NULL,
    rights_opened_on TEXT NOT NULL DEFAULT '',
    source           TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'intake', 'demo')),
    closed_on        TEXT,
    exit_reason      TEXT NOT NULL DEFAULT '',
    exit_comment     TEXT NOT NULL DEFAULT '',
    hlc              INTEGER NOT NULL,
    device_id        TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX follow_periods_by_person ON follow_periods (person_id, opened_on) WHERE deleted = 0;
CREATE INDEX follow_periods_open ON follow_periods (opened_on) WHERE deleted = 0 AND closed_on IS NULL;

CREATE TABLE orientations (
    id           TEXT PRIMARY KEY,
    person_id    TEXT NOT NULL REFERENCES persons (id),
    kind         TEXT NOT NULL CHECK (kind IN ('sociale', 'socio_professionnelle', 'professionnelle')),
    structure_id TEXT NOT NULL REFERENCES structures (id),
    referent_id  TEXT REFERENCES users (id),
    start_date   TEXT NOT NULL,
    end_date     TEXT,
    hlc          INTEGER NOT NULL,
    device_id    TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX orientations_by_person ON orientations (person_id, start_date) WHERE deleted = 0;

CREATE TABLE reorientation_requests (
    id              TEXT PRIMARY KEY,
    person_id       TEXT NOT NULL REFERENCES persons (id),
    orientation_id  TEXT NOT NULL REFERENCES orientations (id),
    requested_kind  TEXT NOT NULL CHECK (requested_kind IN ('sociale', 'socio_professionnelle', 'professionnelle')),
    reason          TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'denied')),
    decision_reason TEXT NOT NULL DEFAULT '',
    requested_on    TEXT NOT NULL,
    decided_on      TEXT,
    hlc             INTEGER NOT NULL,
    device_id       TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX reorientation_requests_by_person ON reorientation_requests (person_id) WHERE deleted = 0;

CREATE TABLE appointments (
    id           TEXT PRIMARY KEY,
    person_id    TEXT NOT NULL REFERENCES persons (id),
    kind         TEXT NOT NULL CHECK (kind IN ('individual', 'collective')),
    purpose      TEXT NOT NULL DEFAULT 'accompaniment' CHECK (purpose IN ('orientation', 'accompaniment', 'contract', 'workshop', 'other')),
    scheduled_at TEXT NOT NULL,
    duration     INTEGER NOT NULL DEFAULT 45 CHECK (duration > 0),
    place        TEXT NOT NULL DEFAULT '',
    channel      TEXT NOT NULL CHECK (channel IN ('courrier', 'sms', 'email', 'telephone')),
    invited_on   TEXT NOT NULL,
    adviser_id   TEXT NOT NULL REFERENCES users (id),
    status       TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'honoured', 'absent', 'excused', 'cancelled')),
    hlc          INTEGER NOT NULL,
    device_id    TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX appointments_by_person ON appointments (person_id, scheduled_at) WHERE deleted = 0;
CREATE INDEX appointments_by_adviser ON appointments (adviser_id, scheduled_at) WHERE deleted = 0;

CREATE TABLE contracts (
    id          TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES persons (id),
    kind        TEXT NOT NULL CHECK (kind IN ('CER', 'PPAE', 'CEJ', 'PACEA')),
    signed_on   TEXT,
    start_date  TEXT NOT NULL,
    planned_end TEXT NOT NULL,
    ended_on    TEXT,
    commitments TEXT NOT NULL DEFAULT '',
    hlc         INTEGER NOT NULL,
    device_id   TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contracts_by_person ON contracts (person_id, start_date) WHERE deleted = 0;
CREATE INDEX contracts_by_end ON contracts (planned_end) WHERE deleted = 0 AND ended_on IS NULL;

CREATE TABLE action_plans (
    id            TEXT PRIMARY KEY,
    person_id     TEXT NOT NULL REFERENCES persons (id),
    opened_on     TEXT NOT NULL,
    diagnostic_id TEXT REFERENCES diagnostics (id),
    closed_on     TEXT,
    bilan         TEXT NOT NULL DEFAULT '',
    hlc           INTEGER NOT NULL,
    device_id     TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX action_plans_by_person ON action_plans (person_id, opened_on) WHERE deleted = 0;

CREATE TABLE plan_objectives (
    id          TEXT PRIMARY KEY,
    plan_id     TEXT NOT NULL REFERENCES action_plans (id),
    person_id   TEXT NOT NULL REFERENCES persons (id),
    theme       TEXT NOT NULL,             -- theme code (referential or diagnostic grid)
    theme_label TEXT NOT NULL,
    label       TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'achieved', 'abandoned')),
    contract_id TEXT REFERENCES contracts (id),
    consent_on  TEXT,                      -- the person's consent, required when tied to a contract
    created_on  TEXT NOT NULL,
    hlc         INTEGER NOT NULL,
    device_id   TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX plan_objectives_by_plan ON plan_objectives (plan_id) WHERE deleted = 0;

CREATE TABLE plan_actions (
    id           TEXT PRIMARY KEY,
    objective_id TEXT NOT NULL REFERENCES plan_objectives (id),
    person_id    TEXT NOT NULL REFERENCES persons (id),
    label        TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'waiting', 'done', 'abandoned_by_person', 'cancelled_by_structure')),
    due_on       TEXT,
    created_on   TEXT NOT NULL,
    hlc          INTEGER NOT NULL,
    device_id    TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX plan_actions_by_objective ON plan_actions (objective_id) WHERE deleted = 0;

CREATE TABLE referrals (
    id             TEXT PRIMARY KEY,
    person_id      TEXT NOT NULL REFERENCES persons (id),
    service_id     TEXT NOT NULL DEFAULT '', -- the directory's service, when it came from there
    service_name   TEXT NOT NULL,
    thematique     TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'under_review', 'accepted', 'refused', 'expired', 'entered', 'finished')),
    refusal_reason TEXT NOT NULL DEFAULT '',
    sent_on        TEXT NOT NULL,
    updated_on     TEXT NOT NULL,
    hlc            INTEGER NOT NULL,
    device_id      TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX referrals_by_person ON referrals (person_id, sent_on) WHERE deleted = 0;

CREATE TABLE notes (
    id         TEXT PRIMARY KEY,
    person_id  TEXT NOT NULL REFERENCES persons (id),
    author_id  TEXT NOT NULL REFERENCES users (id),
    written_on TEXT NOT NULL,
    body       TEXT NOT NULL,
    private    INTEGER NOT NULL DEFAULT 0,
    hlc        INTEGER NOT NULL,
    device_id  TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX notes_by_person ON notes (person_id, written_on) WHERE deleted = 0;

-- The timeline: one row per change to the tables above. occurred_on is the day (or local time) the
-- fact happened; recorded_at is when it was written, by actor_id. A private note's events carry
-- their author in private_to and are shown to nobody else.
CREATE TABLE pathway_events (
    id          TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES persons (id),
    occurred_on TEXT NOT NULL,
    kind        TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    details     TEXT NOT NULL DEFAULT '{}', -- JSON: what the timeline shows
    private_to  TEXT,
    actor_id    TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    hlc         INTEGER NOT NULL,
    device_id   TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX pathway_events_by_person ON pathway_events (person_id, occurred_on) WHERE deleted = 0;

-- The adviser's day lists the people an adviser is referent of.
CREATE INDEX persons_by_referent ON persons (referent_id) WHERE deleted = 0;

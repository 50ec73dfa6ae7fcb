-- Jalon schema version 5: diagnostics, the answers to an installed questionnaire for one person.
-- A diagnostic keeps the definition version and hash it was made with. A draft is saved as the
-- adviser types; once validated it never changes (a later change starts a new diagnostic).
CREATE TABLE diagnostics (
    id                    TEXT PRIMARY KEY,
    person_id             TEXT NOT NULL REFERENCES persons (id),
    questionnaire_id      TEXT NOT NULL,
    questionnaire_version INTEGER NOT NULL,
    questionnaire_hash    TEXT NOT NULL,
    status                TEXT NOT NULL CHECK (status IN ('draft', 'validated')),
    answers               TEXT NOT NULL DEFAULT '{}', -- JSON: question id -> answer
    assessments           TEXT NOT NULL DEFAULT '{}', -- JSON: theme id -> {override, reason, comment}
    levels                TEXT NOT NULL DEFAULT '{}', -- JSON: theme id -> level code retained
    priorities            TEXT NOT NULL DEFAULT '[]', -- JSON: [{theme, objectives: [...]}], at most 3
    next_steps            TEXT NOT NULL DEFAULT '',
    adviser_id            TEXT NOT NULL REFERENCES users (id),
    structure_id          TEXT NOT NULL REFERENCES structures (id),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    validated_at          TEXT,                       -- set once, when validated
    hlc                   INTEGER NOT NULL,
    device_id             TEXT NOT NULL,
    deleted               INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX diagnostics_by_person ON diagnostics (person_id, created_at) WHERE deleted = 0;
CREATE INDEX diagnostics_by_validation ON diagnostics (validated_at) WHERE deleted = 0 AND status = 'validated';

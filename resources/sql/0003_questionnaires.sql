-- Jalon schema version 3: installed questionnaire definitions (diagnostic grids).
-- A (definition_id, version) pair is immutable: its content and hash never change once installed.
CREATE TABLE questionnaires (
    id            TEXT PRIMARY KEY,
    definition_id TEXT NOT NULL,
    version       INTEGER NOT NULL CHECK (version >= 1),
    hash          TEXT NOT NULL,
    content       TEXT NOT NULL, -- the definition as installed (JSON)
    installed_at  TEXT NOT NULL,
    installed_by  TEXT NOT NULL,
    hlc           INTEGER NOT NULL,
    device_id     TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (definition_id, version)
);

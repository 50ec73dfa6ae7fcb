-- Jalon schema version 1: meta data, change log, structures, users and people.
-- Every user-data table has a UUID key (id), a hybrid-logical-clock stamp (hlc), the device that
-- wrote it (device_id) and a tombstone flag (deleted) instead of hard deletes.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- One row per change, written in the same transaction as the change; sync reads it.
CREATE TABLE change_log (
    seq        INTEGER PRIMARY KEY,
    hlc        INTEGER NOT NULL,
    device_id  TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    fields     TEXT NOT NULL, -- JSON object of the fields written
    actor_id   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX change_log_by_hlc ON change_log (hlc);
CREATE INDEX change_log_by_row ON change_log (table_name, row_id);

CREATE TABLE structures (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    sensitive INTEGER NOT NULL DEFAULT 0,
    hlc       INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    deleted   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE users (
    id           TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('adviser', 'orientation_officer', 'structure_manager', 'administrator')),
    structure_id TEXT REFERENCES structures (id),
    hlc          INTEGER NOT NULL,
    device_id    TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE persons (
    seq               INTEGER PRIMARY KEY, -- local row number, never synced
    id                TEXT NOT NULL UNIQUE,
    title             TEXT NOT NULL DEFAULT '',
    last_name         TEXT NOT NULL,
    first_name        TEXT NOT NULL,
    birth_name        TEXT NOT NULL DEFAULT '',
    birth_date        TEXT NOT NULL, -- ISO 8601 date
    phone             TEXT NOT NULL DEFAULT '',
    email             TEXT NOT NULL DEFAULT '',
    address_line      TEXT NOT NULL DEFAULT '',
    postcode          TEXT NOT NULL DEFAULT '',
    commune_insee     TEXT NOT NULL DEFAULT '',
    commune_name      TEXT NOT NULL DEFAULT '',
    benefits_agency   TEXT NOT NULL DEFAULT 'caf' CHECK (benefits_agency IN ('caf', 'msa')),
    caf_number        TEXT NOT NULL DEFAULT '',
    france_travail_id TEXT NOT NULL DEFAULT '',
    rsa_status        TEXT NOT NULL DEFAULT '',
    rights_and_duties INTEGER NOT NULL DEFAULT 0,
    education_level   TEXT NOT NULL DEFAULT '',
    work_situation    TEXT NOT NULL DEFAULT '',
    rqth              INTEGER NOT NULL DEFAULT 0,
    family_situation  TEXT NOT NULL DEFAULT '',
    children          INTEGER NOT NULL DEFAULT 0 CHECK (children >= 0),
    follow_status     TEXT NOT NULL DEFAULT 'awaiting_orientation',
    archived          INTEGER NOT NULL DEFAULT 0,
    structure_id      TEXT NOT NULL REFERENCES structures (id),
    referent_id       TEXT REFERENCES users (id),
    created_at        TEXT NOT NULL,
    last_key          TEXT NOT NULL, -- folded names and commune, for French-order sorting
    first_key         TEXT NOT NULL,
    commune_key       TEXT NOT NULL DEFAULT '',
    hlc               INTEGER NOT NULL,
    device_id         TEXT NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX persons_by_name ON persons (last_key, first_key, id) WHERE deleted = 0;

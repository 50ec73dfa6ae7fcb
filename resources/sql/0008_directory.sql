-- Jalon schema version 8: the local offer directory, in data·inclusion v1 form (see docs/directory.md).
-- A structure or a service is identified by its source and its id in that source; the row's key (id)
-- is "source:id", the same on every device, so that two devices importing the same file meet.
-- record holds the whole data·inclusion record as imported (JSON), so that nothing is lost; the other
-- columns are copies of what is searched, filtered or shown in lists. Imported records are never
-- deleted: gone from their source at the last import, they are marked withdrawn.

CREATE TABLE directory_structures (
    id          TEXT PRIMARY KEY,          -- "source:source_id"
    source      TEXT NOT NULL,
    source_id   TEXT NOT NULL,
    name        TEXT NOT NULL,
    siret       TEXT NOT NULL DEFAULT '',
    commune     TEXT NOT NULL DEFAULT '',
    code_insee  TEXT NOT NULL DEFAULT '',
    telephone   TEXT NOT NULL DEFAULT '',
    courriel    TEXT NOT NULL DEFAULT '',
    date_maj    TEXT NOT NULL,             -- yyyy-MM-dd
    record      TEXT NOT NULL,             -- the data·inclusion structure (JSON object)
    withdrawn   INTEGER NOT NULL DEFAULT 0,
    local       INTEGER NOT NULL DEFAULT 0, -- added in Jalon (source 'jalon-local')
    imported_at TEXT NOT NULL,             -- ISO date and time of the last import or save
    hlc         INTEGER NOT NULL,
    device_id   TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (source, source_id)
);

CREATE TABLE directory_services (
    seq                 INTEGER PRIMARY KEY, -- local rowid for the FTS index, never synced
    id                  TEXT NOT NULL UNIQUE, -- "source:source_id"
    source              TEXT NOT NULL,
    source_id           TEXT NOT NULL,
    structure_key       TEXT NOT NULL,       -- "source:structure_id" (the structure may be unknown)
    name                TEXT NOT NULL,
    description         TEXT NOT NULL DEFAULT '',
    type                TEXT NOT NULL DEFAULT '',
    frais               TEXT NOT NULL DEFAULT '',
    thematiques         TEXT NOT NULL DEFAULT '', -- "|code|code|": filtered with instr()
    publics             TEXT NOT NULL DEFAULT '',
    modes_accueil       TEXT NOT NULL DEFAULT '',
    modes_mobilisation  TEXT NOT NULL DEFAULT '',
    commune             TEXT NOT NULL DEFAULT '',
    code_insee          TEXT NOT NULL DEFAULT '',
    zones               TEXT NOT NULL DEFAULT '[]', -- effective eligibility zones (JSON array of codes)
    date_maj            TEXT NOT NULL,
    record              TEXT NOT NULL,       -- the data·inclusion service (JSON object)
    withdrawn           INTEGER NOT NULL DEFAULT 0,
    local               INTEGER NOT NULL DEFAULT 0,
    full_until          TEXT,                -- temporarily full until this day (yyyy-MM-dd), or NULL
    local_note          TEXT NOT NULL DEFAULT '', -- the advisers' note, kept across re-imports
    imported_at         TEXT NOT NULL,
    search_name         TEXT NOT NULL DEFAULT '', -- folded texts for the FTS index
    search_description  TEXT NOT NULL DEFAULT '',
    search_structure    TEXT NOT NULL DEFAULT '',
    search_commune      TEXT NOT NULL DEFAULT '',
    hlc                 INTEGER NOT NULL,
    device_id           TEXT NOT NULL,
    deleted             INTEGER NOT NULL DEFAULT 0,
    UNIQUE (source, source_id)
);
CREATE INDEX directory_services_by_structure ON directory_services (structure_key);
CREATE INDEX directory_services_by_name ON directory_services (name) WHERE deleted = 0;
-- What a search filters and sorts on, narrow: a search reads this index for every match, and the
-- wide rows (description, record) of the services it shows only.
CREATE INDEX directory_services_for_search ON directory_services
    (seq, deleted, withdrawn, type, frais, thematiques, publics, modes_accueil, modes_mobilisation, search_name, id);

-- Derived from directory_services.zones by triggers (local, not synced): which services are open in
-- which zone (INSEE commune, EPCI SIREN, département code, or 'france').
CREATE TABLE directory_service_zones (
    zone       TEXT NOT NULL,
    service_id TEXT NOT NULL,
    PRIMARY KEY (zone, service_id)
) WITHOUT ROWID;
CREATE INDEX directory_service_zones_by_service ON directory_service_zones (service_id);

CREATE TRIGGER directory_zones_insert AFTER INSERT ON directory_services BEGIN
    INSERT OR IGNORE INTO directory_service_zones (zone, service_id)
        SELECT value, new.id FROM json_each(new.zones) WHERE json_valid(new.zones);
END;
CREATE TRIGGER directory_zones_update AFTER UPDATE OF zones ON directory_services BEGIN
    DELETE FROM directory_service_zones WHERE service_id = old.id;
    INSERT OR IGNORE INTO directory_service_zones (zone, service_id)
        SELECT value, new.id FROM json_each(new.zones) WHERE json_valid(new.zones);
END;
CREATE TRIGGER directory_zones_delete AFTER DELETE ON directory_services BEGIN
    DELETE FROM directory_service_zones WHERE service_id = old.id;
END;

-- Full-text search over the folded name, description, structure name and commune.
CREATE VIRTUAL TABLE directory_search USING fts5 (
    search_name,
    search_description,
    search_structure,
    search_commune,
    content = 'directory_services',
    content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TRIGGER directory_search_insert AFTER INSERT ON directory_services BEGIN
    INSERT INTO directory_search (rowid, search_name, search_description, search_structure, search_commune)
        VALUES (new.seq, new.search_name, new.search_description, new.search_structure, new.search_commune);
END;
CREATE TRIGGER directory_search_delete AFTER DELETE ON directory_services BEGIN
    INSERT INTO directory_search (directory_search, rowid, search_name, search_description, search_structure,
                                  search_commune)
        VALUES ('delete', old.seq, old.search_name, old.search_description, old.search_structure,
                old.search_commune);
END;
CREATE TRIGGER directory_search_update AFTER UPDATE OF search_name, search_description, search_structure,
    search_commune ON directory_services BEGIN
    INSERT INTO directory_search (directory_search, rowid, search_name, search_description, search_structure,
                                  search_commune)
        VALUES ('delete', old.seq, old.search_name, old.search_description, old.search_structure,
                old.search_commune);
    INSERT INTO directory_search (rowid, search_name, search_description, search_structure, search_commune)
        VALUES (new.seq, new.search_name, new.search_description, new.search_structure, new.search_commune);
END;

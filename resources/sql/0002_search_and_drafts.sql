-- Jalon schema version 2: full-text search over people, register sort orders, drafts.

-- Folded words (names, birth date as "dd mm yyyy", CAF number, commune) computed by the store.
ALTER TABLE persons ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
UPDATE persons SET search_text = trim(last_key || ' ' || first_key || ' ' || lower(birth_name) || ' '
    || substr(birth_date, 9, 2) || ' ' || substr(birth_date, 6, 2) || ' ' || substr(birth_date, 1, 4)
    || ' ' || caf_number || ' ' || commune_key);

CREATE VIRTUAL TABLE person_search USING fts5 (
    search_text,
    content = 'persons',
    content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
INSERT INTO person_search (person_search) VALUES ('rebuild');

CREATE TRIGGER persons_search_insert AFTER INSERT ON persons BEGIN
    INSERT INTO person_search (rowid, search_text) VALUES (new.seq, new.search_text);
END;
CREATE TRIGGER persons_search_delete AFTER DELETE ON persons BEGIN
    INSERT INTO person_search (person_search, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
END;
CREATE TRIGGER persons_search_update AFTER UPDATE OF search_text ON persons BEGIN
    INSERT INTO person_search (person_search, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
    INSERT INTO person_search (rowid, search_text) VALUES (new.seq, new.search_text);
END;

CREATE INDEX persons_by_first_name ON persons (first_key, last_key, id) WHERE deleted = 0;
CREATE INDEX persons_by_birth_date ON persons (birth_date, last_key, first_key, id) WHERE deleted = 0;
CREATE INDEX persons_by_commune ON persons (commune_key, last_key, first_key, id) WHERE deleted = 0;
CREATE INDEX persons_by_caf ON persons (caf_number) WHERE caf_number <> '';

-- Unsaved editor content, kept on this device only so that a crash loses nothing typed.
CREATE TABLE drafts (
    key        TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL,
    payload    TEXT NOT NULL, -- JSON
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

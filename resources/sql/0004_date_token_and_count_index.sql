-- Jalon schema version 4.
-- The birth date is also searchable as one word, ddmmyyyy, so that a typed date matches day and
-- month in their places (03/01/1985 is the 3rd of January, never the 1st of March).
UPDATE persons SET search_text = search_text || ' '
    || substr(birth_date, 9, 2) || substr(birth_date, 6, 2) || substr(birth_date, 1, 4)
    WHERE length(birth_date) = 10;

-- A narrow index for counting the register by structure and status, read instead of the table.
CREATE INDEX persons_by_structure_status ON persons (structure_id, archived, follow_status) WHERE deleted = 0;

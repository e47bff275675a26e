-- Schema version 2: a source of a named kind may belong to one article, when its name is a
-- description ("the company", "she") rather than a name; see src/identity.rs. The CHECK on
-- source is loosened (scoped kinds still need an article). SQLite changes a constraint only by
-- rebuilding the table: copy the rows into a new table, drop the old one with the views that
-- read it, rename the new one, and recreate the indexes, triggers and views as schema.sql has
-- them. The runner turns foreign keys off around the steps and checks them before committing.
CREATE TABLE source_new (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),   -- canonical name
    kind        TEXT NOT NULL DEFAULT 'unknown' CHECK (kind IN ('person', 'organization',
                    'official', 'media', 'document', 'anonymous', 'unnamed_group', 'unknown')),
    role        TEXT,                 -- description or position: 'Parisian police chief'
    affiliation TEXT,                 -- e.g. 'French Interior Ministry'
    article_id  INTEGER REFERENCES article (id) ON DELETE RESTRICT,
    CHECK (kind NOT IN ('anonymous', 'unnamed_group', 'document') OR article_id IS NOT NULL)
) STRICT;

INSERT INTO source_new (id, name, kind, role, affiliation, article_id)
    SELECT id, name, kind, role, affiliation, article_id FROM source;

DROP VIEW source_load;
DROP VIEW thin_claims;
DROP VIEW unsourced_claims;
DROP VIEW claim_sourcing;
DROP TABLE source;
ALTER TABLE source_new RENAME TO source;

CREATE UNIQUE INDEX source_shared_name ON source (name COLLATE NOCASE) WHERE article_id IS NULL;
CREATE UNIQUE INDEX source_article_name ON source (article_id, name COLLATE NOCASE)
    WHERE article_id IS NOT NULL;

CREATE TRIGGER source_insert_event AFTER INSERT ON source BEGIN
    INSERT INTO event (actor, table_name, row_id, action, article_id, source_id, after)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'source', NEW.id,
        'insert', NEW.article_id, NEW.id,
        json_object('id', NEW.id, 'name', NEW.name, 'kind', NEW.kind, 'role', NEW.role,
            'affiliation', NEW.affiliation, 'article_id', NEW.article_id));
END;

CREATE TRIGGER source_update_event AFTER UPDATE ON source BEGIN
    INSERT INTO event (actor, table_name, row_id, action, article_id, source_id, before, after)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'source', NEW.id,
        'update', NEW.article_id, NEW.id,
        json_object('id', OLD.id, 'name', OLD.name, 'kind', OLD.kind, 'role', OLD.role,
            'affiliation', OLD.affiliation, 'article_id', OLD.article_id),
        json_object('id', NEW.id, 'name', NEW.name, 'kind', NEW.kind, 'role', NEW.role,
            'affiliation', NEW.affiliation, 'article_id', NEW.article_id));
END;

CREATE TRIGGER source_delete_event AFTER DELETE ON source BEGIN
    INSERT INTO event (actor, table_name, row_id, action, article_id, source_id, before)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'source', OLD.id,
        'delete', OLD.article_id, OLD.id,
        json_object('id', OLD.id, 'name', OLD.name, 'kind', OLD.kind, 'role', OLD.role,
            'affiliation', OLD.affiliation, 'article_id', OLD.article_id));
END;

CREATE VIEW claim_sourcing AS
SELECT
    c.id,
    c.article_id,
    a.title AS article_title,
    c.text,
    c.kind,
    c.level,
    (SELECT group_concat(f.value, '; ') FROM json_each(c.flags) AS f) AS flags,
    c.thin,
    (SELECT count(DISTINCT at.source_id) FROM attribution AS at WHERE at.claim_id = c.id)
        AS source_count,
    (SELECT group_concat(label, '; ') FROM (
        SELECT s.name || ' (' || s.kind || CASE WHEN at.cue IS NULL OR at.cue = '' THEN ''
            ELSE ', ' || at.cue END || ')' AS label
        FROM attribution AS at JOIN source AS s ON s.id = at.source_id
        WHERE at.claim_id = c.id ORDER BY at.id)) AS sources
FROM claim AS c JOIN article AS a ON a.id = c.article_id;

CREATE VIEW unsourced_claims AS
SELECT * FROM claim_sourcing WHERE level = 'unsourced';

CREATE VIEW thin_claims AS
SELECT * FROM claim_sourcing WHERE thin = 1;

CREATE VIEW source_load AS
SELECT
    s.id,
    s.name,
    s.kind,
    s.article_id,
    count(DISTINCT at.claim_id) AS claims,
    count(DISTINCT c.article_id) AS articles,
    CASE WHEN count(DISTINCT at.claim_id) = 0 THEN 0.0 ELSE round(
        CAST(count(DISTINCT at.claim_id) AS REAL) / (SELECT count(*) FROM claim AS c2
            WHERE c2.article_id IN (SELECT c3.article_id FROM attribution AS at3
                JOIN claim AS c3 ON c3.id = at3.claim_id WHERE at3.source_id = s.id)), 3)
    END AS share
FROM source AS s
LEFT JOIN attribution AS at ON at.source_id = s.id
LEFT JOIN claim AS c ON c.id = at.claim_id
GROUP BY s.id;

-- claimtrace database schema (version 1).
--
-- One SQLite file holds news articles, the atomic claims they make, the sources those claims are
-- attributed to, the fact-checker's corroboration and notes, and an audit log of every change.
-- This file is the whole current schema and a public interface: open the database in `sqlite3`
-- or Datasette and read it directly. claimtrace applies it as migration 1 and records the version
-- in `PRAGMA user_version`; later changes are numbered migration steps (src/store/migrate.rs)
-- and this file is kept equal to the result.
--
-- Conventions
--   * Every table is STRICT; foreign keys are enforced (claimtrace opens with foreign_keys=ON).
--   * Times are UTC, RFC 3339 with milliseconds: 2026-11-25T18:30:00.123Z.
--   * Offsets (claim.span_start/span_end, attribution.mention_start/mention_end) are Unicode
--     code-point indices into article.text, end exclusive.
--   * Booleans are INTEGER 0/1.
--   * Vocabulary columns accept exactly the values listed in their CHECK constraints.
--   * Derived columns (claim.level, claim.flags, claim.thin and the claim_flag table) are written
--     by claimtrace's sourcing rules (src/sourcing.rs) whenever a claim, attribution or
--     corroboration changes. SQL never re-implements the rules; views only filter on the stored
--     result. A row edited with another tool keeps its old derived values until claimtrace next
--     writes to that article.

-- A marker so claimtrace can tell its own databases from other SQLite files ('ClTr').
PRAGMA application_id = 1131173490;

-- The article a claim comes from. The text is stored verbatim; sha256 (hex of its UTF-8 bytes)
-- is unique, so adding the same text twice returns the existing article.
CREATE TABLE article (
    id              INTEGER PRIMARY KEY,
    title           TEXT,
    url             TEXT,
    outlet          TEXT,
    published_at    TEXT,                 -- as given: a date or an RFC 3339 time
    language        TEXT,                 -- e.g. 'en'
    translated_from TEXT,                 -- language of the original, for a translation
    relayed_from    TEXT,                 -- the wire service behind a republished story (the
                                          -- channel, not a source of each claim)
    dateline        TEXT,                 -- e.g. 'JAKARTA'
    text            TEXT NOT NULL CHECK (length(text) > 0),
    sha256          TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    ingested_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

-- Who or what a claim is attributed to. Identity rule:
--   * named kinds (person, organization, official, media, unknown) are shared across articles:
--     article_id is NULL and the name is unique case-insensitively (ASCII case) among them;
--   * anonymous, unnamed_group and document sources belong to the article they appear in:
--     article_id is set, and the name is unique case-insensitively within that article;
--   * so does a named kind written as a description ("the company", "she"), which names no one
--     beyond its article (since schema version 2; see src/identity.rs).
-- Other spellings of a source's name are rows of source_alias.
CREATE TABLE source (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),   -- canonical name
    kind        TEXT NOT NULL DEFAULT 'unknown' CHECK (kind IN ('person', 'organization',
                    'official', 'media', 'document', 'anonymous', 'unnamed_group', 'unknown')),
    role        TEXT,                 -- description or position: 'Parisian police chief'
    affiliation TEXT,                 -- e.g. 'French Interior Ministry'
    article_id  INTEGER REFERENCES article (id) ON DELETE RESTRICT,
    CHECK (kind NOT IN ('anonymous', 'unnamed_group', 'document') OR article_id IS NOT NULL)
) STRICT;

CREATE UNIQUE INDEX source_shared_name ON source (name COLLATE NOCASE) WHERE article_id IS NULL;
CREATE UNIQUE INDEX source_article_name ON source (article_id, name COLLATE NOCASE)
    WHERE article_id IS NOT NULL;

-- Other names a source goes by ('Nunez' for 'Laurent Nunez'); lookups by name also search here.
CREATE TABLE source_alias (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    alias     TEXT NOT NULL CHECK (length(trim(alias)) > 0),
    UNIQUE (source_id, alias)
) STRICT;

CREATE INDEX source_alias_alias ON source_alias (alias COLLATE NOCASE);

-- An atomic claim made by an article.
--   span_start/span_end: where the claim is in article.text (NULL for a claim typed by hand
--     that is not in the text); for a discontinuous claim they cover all of its fragments.
--   fragments: NULL, or a JSON array [{"start": 10, "end": 40}, ...] of the pieces of a claim
--     that is not one contiguous run of text (its text joins them with a space).
--   level/flags/thin: derived by the sourcing rules (see the top of this file).
--     level is NULL for the records no_comment and source_description;
--     flags is a JSON array of flag names in a fixed order, e.g. ["ANONYMOUS_ONLY"];
--     thin is 1 when the level is unsourced or anonymous-only or any flag but CONTESTED is set.
CREATE TABLE claim (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES article (id) ON DELETE RESTRICT,
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    span_start   INTEGER CHECK (span_start >= 0),
    span_end     INTEGER CHECK (span_end >= span_start),
    fragments    TEXT CHECK (fragments IS NULL OR json_valid(fragments)),
    sentence     INTEGER CHECK (sentence >= 0),     -- index of the claim's first sentence
    kind         TEXT NOT NULL DEFAULT 'event' CHECK (kind IN ('statistic', 'quote', 'event',
                     'assessment', 'background', 'no_comment', 'source_description')),
    hedged       INTEGER NOT NULL DEFAULT 0 CHECK (hedged IN (0, 1)),
    check_worthy INTEGER NOT NULL DEFAULT 1 CHECK (check_worthy IN (0, 1)),
    confidence   TEXT NOT NULL DEFAULT 'unknown'
                     CHECK (confidence IN ('high', 'medium', 'low', 'unknown')),
    verdict      TEXT CHECK (verdict IN ('true', 'mostly-true', 'mixed', 'mostly-false', 'false',
                     'unproven')),
    origin       TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('auto', 'manual')),
    level        TEXT CHECK (level IN ('unsourced', 'anonymous-only', 'single-source',
                     'corroborated')),
    flags        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(flags)),
    thin         INTEGER NOT NULL DEFAULT 0 CHECK (thin IN (0, 1)),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    created_by   TEXT NOT NULL DEFAULT 'sqlite',
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by   TEXT NOT NULL DEFAULT 'sqlite',
    CHECK ((span_start IS NULL) = (span_end IS NULL))
) STRICT;

CREATE INDEX claim_article_position ON claim (article_id, span_start);
CREATE INDEX claim_level ON claim (level);
CREATE INDEX claim_thin ON claim (thin) WHERE thin = 1;
CREATE INDEX claim_kind ON claim (kind);

-- A claim's source, as the article gives it.
--   cue: the reporting verb or phrase ('said', 'according to', 'told');
--   mention: the words in the text ('an intelligence source'), with its span;
--   relation: how the claim is tied to the source;
--   via_source_id: the upstream, for "X, citing Y" or a report relayed through another outlet.
-- A source in use cannot be deleted (ON DELETE RESTRICT); deleting a claim deletes its
-- attributions.
CREATE TABLE attribution (
    id            INTEGER PRIMARY KEY,
    claim_id      INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    source_id     INTEGER NOT NULL REFERENCES source (id) ON DELETE RESTRICT,
    cue           TEXT,
    mention       TEXT,
    mention_start INTEGER CHECK (mention_start >= 0),
    mention_end   INTEGER CHECK (mention_end >= mention_start),
    relation      TEXT CHECK (relation IN ('direct-quote', 'paraphrase', 'according-to')),
    via_source_id INTEGER REFERENCES source (id) ON DELETE RESTRICT,
    CHECK ((mention_start IS NULL) = (mention_end IS NULL))
) STRICT;

CREATE INDEX attribution_claim ON attribution (claim_id);
CREATE INDEX attribution_source ON attribution (source_id);
CREATE INDEX attribution_via ON attribution (via_source_id) WHERE via_source_id IS NOT NULL;

-- Evidence a fact-checker found for or against a claim: exactly one of another source, a URL,
-- or another claim (possibly in another article). independent = 0 when it shares an upstream
-- with the claim's own sources.
CREATE TABLE corroboration (
    id           INTEGER PRIMARY KEY,
    claim_id     INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    stance       TEXT NOT NULL DEFAULT 'supports' CHECK (stance IN ('supports', 'contradicts')),
    by_source_id INTEGER REFERENCES source (id) ON DELETE RESTRICT,
    by_url       TEXT CHECK (by_url IS NULL OR length(trim(by_url)) > 0),
    by_claim_id  INTEGER REFERENCES claim (id) ON DELETE CASCADE,
    independent  INTEGER NOT NULL DEFAULT 1 CHECK (independent IN (0, 1)),
    note         TEXT,
    at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    actor        TEXT NOT NULL DEFAULT 'sqlite',
    CHECK ((by_source_id IS NOT NULL) + (by_url IS NOT NULL) + (by_claim_id IS NOT NULL) = 1),
    CHECK (by_claim_id IS NULL OR by_claim_id <> claim_id)
) STRICT;

CREATE INDEX corroboration_claim ON corroboration (claim_id);
CREATE INDEX corroboration_by_source ON corroboration (by_source_id)
    WHERE by_source_id IS NOT NULL;
CREATE INDEX corroboration_by_claim ON corroboration (by_claim_id) WHERE by_claim_id IS NOT NULL;

-- A fact-checker's note on a claim.
CREATE TABLE note (
    id       INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    body     TEXT NOT NULL CHECK (length(trim(body)) > 0),
    author   TEXT NOT NULL DEFAULT 'sqlite',
    at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE INDEX note_claim ON note (claim_id);

-- The thin-sourcing flags of each claim, one row per flag (derived, like claim.flags), so they
-- can be filtered and counted: SELECT flag, count(*) FROM claim_flag GROUP BY flag.
CREATE TABLE claim_flag (
    claim_id INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    flag     TEXT NOT NULL CHECK (flag IN ('UNSOURCED', 'ANONYMOUS_ONLY', 'SINGLE_ANONYMOUS',
                 'PLURAL_FROM_ONE', 'ANONYMOUS_OPINION', 'BARE_ANONYMOUS', 'NOT_INDEPENDENT',
                 'ANONYMOUS_LEDE', 'UNCHECKED_STATISTIC', 'CONTESTED')),
    PRIMARY KEY (claim_id, flag)
) STRICT, WITHOUT ROWID;

CREATE INDEX claim_flag_flag ON claim_flag (flag);

-- Who is writing. Each claimtrace write transaction puts its actor in this one row first and
-- deletes it before it commits, so the audit triggers below can record who made a change. It is
-- an ordinary table (a trigger stored in the database cannot read a TEMP table) and the triggers
-- use plain SQL (no application-defined functions), so writes from sqlite3 or Datasette work
-- and are recorded with the actor 'sqlite'. Outside a claimtrace transaction it is empty.
CREATE TABLE write_context (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    actor TEXT NOT NULL
) STRICT;

-- The audit log: one row per inserted, updated or deleted row of article, source, source_alias,
-- claim, attribution, corroboration and note, written by the triggers below — whoever makes the
-- change. before/after are the row as JSON (NULL for an insert's before and a delete's after).
-- article_id, claim_id and source_id say what the row belonged to, so history can be filtered
-- without parsing JSON (article_id can be NULL for a row whose claim is already gone).
-- Not audited: the derived columns claim.level, claim.flags and claim.thin (left out of the
-- JSON; an UPDATE that changes nothing else leaves no event), claim_flag, the full-text index
-- and write_context.
CREATE TABLE event (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    actor      TEXT NOT NULL,
    table_name TEXT NOT NULL CHECK (table_name IN ('article', 'source', 'source_alias', 'claim',
                   'attribution', 'corroboration', 'note')),
    row_id     INTEGER NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    article_id INTEGER,
    claim_id   INTEGER,
    source_id  INTEGER,
    before     TEXT CHECK (before IS NULL OR json_valid(before)),
    after      TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;

CREATE INDEX event_row ON event (table_name, row_id);
CREATE INDEX event_article ON event (article_id) WHERE article_id IS NOT NULL;
CREATE INDEX event_claim ON event (claim_id) WHERE claim_id IS NOT NULL;
CREATE INDEX event_source ON event (source_id) WHERE source_id IS NOT NULL;
CREATE INDEX event_at ON event (at);

-- Audit triggers. Each writes exactly one event row; the actor is the one in write_context, or
-- 'sqlite' for a write made by another tool.

CREATE TRIGGER article_insert_event AFTER INSERT ON article BEGIN
    INSERT INTO event (actor, table_name, row_id, action, article_id, after)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'article', NEW.id,
        'insert', NEW.id,
        json_object('id', NEW.id, 'title', NEW.title, 'url', NEW.url, 'outlet', NEW.outlet,
            'published_at', NEW.published_at, 'language', NEW.language,
            'translated_from', NEW.translated_from, 'relayed_from', NEW.relayed_from,
            'dateline', NEW.dateline, 'text', NEW.text, 'sha256', NEW.sha256,
            'ingested_at', NEW.ingested_at));
END;

CREATE TRIGGER article_update_event AFTER UPDATE ON article BEGIN
    INSERT INTO event (actor, table_name, row_id, action, article_id, before, after)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'article', NEW.id,
        'update', NEW.id,
        json_object('id', OLD.id, 'title', OLD.title, 'url', OLD.url, 'outlet', OLD.outlet,
            'published_at', OLD.published_at, 'language', OLD.language,
            'translated_from', OLD.translated_from, 'relayed_from', OLD.relayed_from,
            'dateline', OLD.dateline, 'text', OLD.text, 'sha256', OLD.sha256,
            'ingested_at', OLD.ingested_at),
        json_object('id', NEW.id, 'title', NEW.title, 'url', NEW.url, 'outlet', NEW.outlet,
            'published_at', NEW.published_at, 'language', NEW.language,
            'translated_from', NEW.translated_from, 'relayed_from', NEW.relayed_from,
            'dateline', NEW.dateline, 'text', NEW.text, 'sha256', NEW.sha256,
            'ingested_at', NEW.ingested_at));
END;

CREATE TRIGGER article_delete_event AFTER DELETE ON article BEGIN
    INSERT INTO event (actor, table_name, row_id, action, article_id, before)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'article', OLD.id,
        'delete', OLD.id,
        json_object('id', OLD.id, 'title', OLD.title, 'url', OLD.url, 'outlet', OLD.outlet,
            'published_at', OLD.published_at, 'language', OLD.language,
            'translated_from', OLD.translated_from, 'relayed_from', OLD.relayed_from,
            'dateline', OLD.dateline, 'text', OLD.text, 'sha256', OLD.sha256,
            'ingested_at', OLD.ingested_at));
END;

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

CREATE TRIGGER source_alias_insert_event AFTER INSERT ON source_alias BEGIN
    INSERT INTO event (actor, table_name, row_id, action, source_id, after)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'source_alias',
        NEW.id, 'insert', NEW.source_id,
        json_object('id', NEW.id, 'source_id', NEW.source_id, 'alias', NEW.alias));
END;

CREATE TRIGGER source_alias_update_event AFTER UPDATE ON source_alias BEGIN
    INSERT INTO event (actor, table_name, row_id, action, source_id, before, after)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'source_alias',
        NEW.id, 'update', NEW.source_id,
        json_object('id', OLD.id, 'source_id', OLD.source_id, 'alias', OLD.alias),
        json_object('id', NEW.id, 'source_id', NEW.source_id, 'alias', NEW.alias));
END;

CREATE TRIGGER source_alias_delete_event AFTER DELETE ON source_alias BEGIN
    INSERT INTO event (actor, table_name, row_id, action, source_id, before)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'source_alias',
        OLD.id, 'delete', OLD.source_id,
        json_object('id', OLD.id, 'source_id', OLD.source_id, 'alias', OLD.alias));
END;

CREATE TRIGGER claim_insert_event AFTER INSERT ON claim BEGIN
    INSERT INTO event (actor, table_name, row_id, action, article_id, claim_id, after)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'claim', NEW.id,
        'insert', NEW.article_id, NEW.id,
        json_object('id', NEW.id, 'article_id', NEW.article_id, 'text', NEW.text,
            'span_start', NEW.span_start, 'span_end', NEW.span_end, 'fragments', NEW.fragments,
            'sentence', NEW.sentence, 'kind', NEW.kind, 'hedged', NEW.hedged,
            'check_worthy', NEW.check_worthy, 'confidence', NEW.confidence,
            'verdict', NEW.verdict, 'origin', NEW.origin, 'created_at', NEW.created_at,
            'created_by', NEW.created_by, 'updated_at', NEW.updated_at,
            'updated_by', NEW.updated_by));
END;

-- Fires only when a column other than the derived ones (level, flags, thin) and the
-- updated_at/updated_by stamps changes, so recomputing sourcing leaves no event.
CREATE TRIGGER claim_update_event AFTER UPDATE ON claim
WHEN OLD.article_id IS NOT NEW.article_id OR OLD.text IS NOT NEW.text
    OR OLD.span_start IS NOT NEW.span_start OR OLD.span_end IS NOT NEW.span_end
    OR OLD.fragments IS NOT NEW.fragments OR OLD.sentence IS NOT NEW.sentence
    OR OLD.kind IS NOT NEW.kind OR OLD.hedged IS NOT NEW.hedged
    OR OLD.check_worthy IS NOT NEW.check_worthy OR OLD.confidence IS NOT NEW.confidence
    OR OLD.verdict IS NOT NEW.verdict OR OLD.origin IS NOT NEW.origin
    OR OLD.created_at IS NOT NEW.created_at OR OLD.created_by IS NOT NEW.created_by
    OR OLD.id IS NOT NEW.id
BEGIN
    INSERT INTO event (actor, table_name, row_id, action, article_id, claim_id, before, after)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'claim', NEW.id,
        'update', NEW.article_id, NEW.id,
        json_object('id', OLD.id, 'article_id', OLD.article_id, 'text', OLD.text,
            'span_start', OLD.span_start, 'span_end', OLD.span_end, 'fragments', OLD.fragments,
            'sentence', OLD.sentence, 'kind', OLD.kind, 'hedged', OLD.hedged,
            'check_worthy', OLD.check_worthy, 'confidence', OLD.confidence,
            'verdict', OLD.verdict, 'origin', OLD.origin, 'created_at', OLD.created_at,
            'created_by', OLD.created_by, 'updated_at', OLD.updated_at,
            'updated_by', OLD.updated_by),
        json_object('id', NEW.id, 'article_id', NEW.article_id, 'text', NEW.text,
            'span_start', NEW.span_start, 'span_end', NEW.span_end, 'fragments', NEW.fragments,
            'sentence', NEW.sentence, 'kind', NEW.kind, 'hedged', NEW.hedged,
            'check_worthy', NEW.check_worthy, 'confidence', NEW.confidence,
            'verdict', NEW.verdict, 'origin', NEW.origin, 'created_at', NEW.created_at,
            'created_by', NEW.created_by, 'updated_at', NEW.updated_at,
            'updated_by', NEW.updated_by));
END;

CREATE TRIGGER claim_delete_event AFTER DELETE ON claim BEGIN
    INSERT INTO event (actor, table_name, row_id, action, article_id, claim_id, before)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'claim', OLD.id,
        'delete', OLD.article_id, OLD.id,
        json_object('id', OLD.id, 'article_id', OLD.article_id, 'text', OLD.text,
            'span_start', OLD.span_start, 'span_end', OLD.span_end, 'fragments', OLD.fragments,
            'sentence', OLD.sentence, 'kind', OLD.kind, 'hedged', OLD.hedged,
            'check_worthy', OLD.check_worthy, 'confidence', OLD.confidence,
            'verdict', OLD.verdict, 'origin', OLD.origin, 'created_at', OLD.created_at,
            'created_by', OLD.created_by, 'updated_at', OLD.updated_at,
            'updated_by', OLD.updated_by));
END;

-- Deleting a claim deletes its attributions, corroborations and notes (ON DELETE CASCADE). This
-- trigger deletes them first, while the claim still exists, so their events can still name the
-- claim's article.
CREATE TRIGGER claim_delete_children BEFORE DELETE ON claim BEGIN
    DELETE FROM attribution WHERE claim_id = OLD.id;
    DELETE FROM corroboration WHERE claim_id = OLD.id OR by_claim_id = OLD.id;
    DELETE FROM note WHERE claim_id = OLD.id;
END;

CREATE TRIGGER attribution_insert_event AFTER INSERT ON attribution BEGIN
    INSERT INTO event (actor, table_name, row_id, action, article_id, claim_id, source_id, after)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'attribution',
        NEW.id, 'insert', (SELECT article_id FROM claim WHERE id = NEW.claim_id), NEW.claim_id,
        NEW.source_id,
        json_object('id', NEW.id, 'claim_id', NEW.claim_id, 'source_id', NEW.source_id,
            'cue', NEW.cue, 'mention', NEW.mention, 'mention_start', NEW.mention_start,
            'mention_end', NEW.mention_end, 'relation', NEW.relation,
            'via_source_id', NEW.via_source_id));
END;

CREATE TRIGGER attribution_update_event AFTER UPDATE ON attribution BEGIN
    INSERT INTO event (actor, table_name, row_id, action, article_id, claim_id, source_id,
        before, after)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'attribution',
        NEW.id, 'update', (SELECT article_id FROM claim WHERE id = NEW.claim_id), NEW.claim_id,
        NEW.source_id,
        json_object('id', OLD.id, 'claim_id', OLD.claim_id, 'source_id', OLD.source_id,
            'cue', OLD.cue, 'mention', OLD.mention, 'mention_start', OLD.mention_start,
            'mention_end', OLD.mention_end, 'relation', OLD.relation,
            'via_source_id', OLD.via_source_id),
        json_object('id', NEW.id, 'claim_id', NEW.claim_id, 'source_id', NEW.source_id,
            'cue', NEW.cue, 'mention', NEW.mention, 'mention_start', NEW.mention_start,
            'mention_end', NEW.mention_end, 'relation', NEW.relation,
            'via_source_id', NEW.via_source_id));
END;

CREATE TRIGGER attribution_delete_event AFTER DELETE ON attribution BEGIN
    INSERT INTO event (actor, table_name, row_id, action, article_id, claim_id, source_id, before)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'attribution',
        OLD.id, 'delete', (SELECT article_id FROM claim WHERE id = OLD.claim_id), OLD.claim_id,
        OLD.source_id,
        json_object('id', OLD.id, 'claim_id', OLD.claim_id, 'source_id', OLD.source_id,
            'cue', OLD.cue, 'mention', OLD.mention, 'mention_start', OLD.mention_start,
            'mention_end', OLD.mention_end, 'relation', OLD.relation,
            'via_source_id', OLD.via_source_id));
END;

CREATE TRIGGER corroboration_insert_event AFTER INSERT ON corroboration BEGIN
    INSERT INTO event (actor, table_name, row_id, action, article_id, claim_id, source_id, after)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'corroboration',
        NEW.id, 'insert', (SELECT article_id FROM claim WHERE id = NEW.claim_id), NEW.claim_id,
        NEW.by_source_id,
        json_object('id', NEW.id, 'claim_id', NEW.claim_id, 'stance', NEW.stance,
            'by_source_id', NEW.by_source_id, 'by_url', NEW.by_url,
            'by_claim_id', NEW.by_claim_id, 'independent', NEW.independent, 'note', NEW.note,
            'at', NEW.at, 'actor', NEW.actor));
END;

CREATE TRIGGER corroboration_update_event AFTER UPDATE ON corroboration BEGIN
    INSERT INTO event (actor, table_name, row_id, action, article_id, claim_id, source_id,
        before, after)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'corroboration',
        NEW.id, 'update', (SELECT article_id FROM claim WHERE id = NEW.claim_id), NEW.claim_id,
        NEW.by_source_id,
        json_object('id', OLD.id, 'claim_id', OLD.claim_id, 'stance', OLD.stance,
            'by_source_id', OLD.by_source_id, 'by_url', OLD.by_url,
            'by_claim_id', OLD.by_claim_id, 'independent', OLD.independent, 'note', OLD.note,
            'at', OLD.at, 'actor', OLD.actor),
        json_object('id', NEW.id, 'claim_id', NEW.claim_id, 'stance', NEW.stance,
            'by_source_id', NEW.by_source_id, 'by_url', NEW.by_url,
            'by_claim_id', NEW.by_claim_id, 'independent', NEW.independent, 'note', NEW.note,
            'at', NEW.at, 'actor', NEW.actor));
END;

CREATE TRIGGER corroboration_delete_event AFTER DELETE ON corroboration BEGIN
    INSERT INTO event (actor, table_name, row_id, action, article_id, claim_id, source_id, before)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'corroboration',
        OLD.id, 'delete', (SELECT article_id FROM claim WHERE id = OLD.claim_id), OLD.claim_id,
        OLD.by_source_id,
        json_object('id', OLD.id, 'claim_id', OLD.claim_id, 'stance', OLD.stance,
            'by_source_id', OLD.by_source_id, 'by_url', OLD.by_url,
            'by_claim_id', OLD.by_claim_id, 'independent', OLD.independent, 'note', OLD.note,
            'at', OLD.at, 'actor', OLD.actor));
END;

CREATE TRIGGER note_insert_event AFTER INSERT ON note BEGIN
    INSERT INTO event (actor, table_name, row_id, action, article_id, claim_id, after)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'note', NEW.id,
        'insert', (SELECT article_id FROM claim WHERE id = NEW.claim_id), NEW.claim_id,
        json_object('id', NEW.id, 'claim_id', NEW.claim_id, 'body', NEW.body,
            'author', NEW.author, 'at', NEW.at));
END;

CREATE TRIGGER note_update_event AFTER UPDATE ON note BEGIN
    INSERT INTO event (actor, table_name, row_id, action, article_id, claim_id, before, after)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'note', NEW.id,
        'update', (SELECT article_id FROM claim WHERE id = NEW.claim_id), NEW.claim_id,
        json_object('id', OLD.id, 'claim_id', OLD.claim_id, 'body', OLD.body,
            'author', OLD.author, 'at', OLD.at),
        json_object('id', NEW.id, 'claim_id', NEW.claim_id, 'body', NEW.body,
            'author', NEW.author, 'at', NEW.at));
END;

CREATE TRIGGER note_delete_event AFTER DELETE ON note BEGIN
    INSERT INTO event (actor, table_name, row_id, action, article_id, claim_id, before)
    VALUES (COALESCE((SELECT actor FROM write_context WHERE id = 1), 'sqlite'), 'note', OLD.id,
        'delete', (SELECT article_id FROM claim WHERE id = OLD.claim_id), OLD.claim_id,
        json_object('id', OLD.id, 'claim_id', OLD.claim_id, 'body', OLD.body,
            'author', OLD.author, 'at', OLD.at));
END;

-- Full-text search over claim text (FTS5, external content: the text lives in claim, the index
-- in claim_fts). Datasette's ?_search= on the claim table uses it (Datasette finds it by the
-- exact spelling content="claim", so keep it); in SQL:
--   SELECT claim.* FROM claim JOIN claim_fts ON claim_fts.rowid = claim.id
--   WHERE claim_fts MATCH 'diaspora';
CREATE VIRTUAL TABLE claim_fts USING fts5(text, content="claim", content_rowid="id");

CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim BEGIN
    INSERT INTO claim_fts (rowid, text) VALUES (NEW.id, NEW.text);
END;

CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
END;

CREATE TRIGGER claim_fts_update AFTER UPDATE OF text ON claim BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
    INSERT INTO claim_fts (rowid, text) VALUES (NEW.id, NEW.text);
END;

-- Views: the questions a fact-checker asks, as part of the public interface.

-- One row per claim with its stored sourcing and its sources as readable text:
--   sources = 'Laurent Nunez (person, said); an intelligence source (anonymous, told)'
--   flags   = 'ANONYMOUS_ONLY; SINGLE_ANONYMOUS' (the same flags as claim.flags, joined)
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

-- Claims with no source at all.
CREATE VIEW unsourced_claims AS
SELECT * FROM claim_sourcing WHERE level = 'unsourced';

-- Claims whose sourcing is thin (claim.thin, stored by the sourcing rules).
CREATE VIEW thin_claims AS
SELECT * FROM claim_sourcing WHERE thin = 1;

-- Per source: how many claims it carries, in how many articles, and its share of the claims of
-- the articles it appears in (claims carried / all claims of those articles, 0 to 1).
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

//! Sources and their aliases: the identity rule (named sources shared across articles and found
//! case-insensitively by name or alias; anonymous, unnamed-group and document sources per
//! article), listing with load, merging.

use rusqlite::{params, Connection, OptionalExtension};

use super::{Result, Store, StoreError, Write};
use crate::model::{
    ClaimFilter, NewSource, Source, SourceDetail, SourceEdit, SourceRef, SourceSummary,
};
use crate::vocab::SourceKind;

/// The ids of sources within `scope` (a condition on `s`) whose name or an alias is `?1`,
/// case-insensitively, in id order. Written as a UNION so each half uses its index (an `OR`
/// across the two tables makes SQLite scan every source).
fn match_name_sql(scope: &str) -> String {
    format!(
        "SELECT id FROM (
             SELECT s.id FROM source s WHERE {scope} AND s.name = ?1 COLLATE NOCASE
             UNION
             SELECT s.id FROM source_alias a JOIN source s ON s.id = a.source_id
             WHERE {scope} AND a.alias = ?1 COLLATE NOCASE
         ) ORDER BY id"
    )
}

pub(crate) fn get_source(conn: &Connection, id: i64) -> Result<Source> {
    let mut source = conn
        .query_row(
            "SELECT id, name, kind, role, affiliation, article_id FROM source WHERE id = ?1",
            [id],
            |row| {
                Ok(Source {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    kind: row.get(2)?,
                    role: row.get(3)?,
                    affiliation: row.get(4)?,
                    article_id: row.get(5)?,
                    aliases: Vec::new(),
                })
            },
        )
        .optional()?
        .ok_or_else(|| StoreError::not_found("source", id))?;
    source.aliases = aliases(conn, id)?;
    Ok(source)
}

pub(crate) fn aliases(conn: &Connection, id: i64) -> Result<Vec<String>> {
    let mut stmt =
        conn.prepare_cached("SELECT alias FROM source_alias WHERE source_id = ?1 ORDER BY id")?;
    let rows = stmt
        .query_map([id], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(rows)
}

/// The source named `name` (or with that alias) among the shared sources (`article == None`)
/// or among one article's own sources.
fn named_in_scope(conn: &Connection, name: &str, article: Option<i64>) -> Result<Option<i64>> {
    let sql = match article {
        Some(_) => match_name_sql("s.article_id = ?2"),
        None => match_name_sql("s.article_id IS NULL"),
    };
    let mut stmt = conn.prepare_cached(&sql)?;
    let id = match article {
        Some(a) => stmt
            .query_row(params![name, a], |row| row.get(0))
            .optional()?,
        None => stmt.query_row(params![name], |row| row.get(0)).optional()?,
    };
    Ok(id)
}

/// Finds a source by id (a number) or name/alias. With an article, its own sources come first,
/// then the shared ones; without, the shared ones, then an article-scoped source if exactly one
/// has that name.
pub(crate) fn lookup(conn: &Connection, text: &str, article: Option<i64>) -> Result<Option<i64>> {
    let name = text.trim();
    if let Ok(id) = name.parse::<i64>() {
        let exists: Option<i64> = conn
            .query_row("SELECT id FROM source WHERE id = ?1", [id], |row| {
                row.get(0)
            })
            .optional()?;
        return Ok(exists);
    }
    lookup_name(conn, name, article)
}

/// Finds a source by name or alias only (never by id): what the extractor's names need, since
/// an article may well name a source "2001" or "7".
pub(crate) fn lookup_name(
    conn: &Connection,
    name: &str,
    article: Option<i64>,
) -> Result<Option<i64>> {
    let name = name.trim();
    if let Some(a) = article {
        if let Some(id) = named_in_scope(conn, name, Some(a))? {
            return Ok(Some(id));
        }
    }
    if let Some(id) = named_in_scope(conn, name, None)? {
        return Ok(Some(id));
    }
    if article.is_none() {
        let mut stmt = conn.prepare_cached(&match_name_sql("s.article_id IS NOT NULL"))?;
        let ids = stmt
            .query_map([name], |row| row.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?;
        match ids.len() {
            0 => {}
            1 => return Ok(Some(ids[0])),
            _ => {
                let list: Vec<String> = ids.iter().map(i64::to_string).collect();
                return Err(StoreError::Invalid(format!(
                    "'{name}' names {} sources in different articles (ids {}); use an id",
                    ids.len(),
                    list.join(", ")
                )));
            }
        }
    }
    Ok(None)
}

/// `lookup` that fails when nothing matches.
pub(crate) fn require(conn: &Connection, text: &str, article: Option<i64>) -> Result<i64> {
    lookup(conn, text, article)?.ok_or_else(|| StoreError::not_found("source", text.trim()))
}

/// Refuses a name or alias that another source in the same scope already uses.
fn check_free(conn: &Connection, name: &str, article: Option<i64>, except: i64) -> Result<()> {
    if let Some(other) = named_in_scope(conn, name, article)? {
        if other != except {
            return Err(StoreError::Duplicate(format!(
                "a source named '{}' already exists (id {other})",
                name.trim()
            )));
        }
    }
    Ok(())
}

pub(crate) fn insert_source(w: &mut Write<'_>, new: &NewSource) -> Result<i64> {
    let name = new.name.trim();
    if name.is_empty() {
        return Err(StoreError::Invalid("a source needs a name".into()));
    }
    let article = match (new.kind.is_article_scoped(), new.article_id) {
        (true, None) => {
            return Err(StoreError::Invalid(format!(
                "a source of kind {} belongs to one article; give its article",
                new.kind
            )))
        }
        (true, Some(a)) => {
            super::articles::get_article(&w.tx, a)?;
            Some(a)
        }
        (false, _) => None,
    };
    check_free(&w.tx, name, article, 0)?;
    w.tx.execute(
        "INSERT INTO source (name, kind, role, affiliation, article_id)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![name, new.kind, new.role, new.affiliation, article],
    )?;
    let id = w.tx.last_insert_rowid();
    for alias in &new.aliases {
        insert_alias(w, id, alias)?;
    }
    Ok(id)
}

fn insert_alias(w: &mut Write<'_>, source: i64, alias: &str) -> Result<()> {
    let alias = alias.trim();
    if alias.is_empty() {
        return Err(StoreError::Invalid("an alias cannot be empty".into()));
    }
    let scope: Option<i64> =
        w.tx.query_row(
            "SELECT article_id FROM source WHERE id = ?1",
            [source],
            |row| row.get(0),
        )
        .optional()?
        .ok_or_else(|| StoreError::not_found("source", source))?;
    check_free(&w.tx, alias, scope, source)?;
    let known: bool = w.tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM source WHERE id = ?1 AND name = ?2 COLLATE NOCASE)
             OR EXISTS (SELECT 1 FROM source_alias WHERE source_id = ?1
                        AND alias = ?2 COLLATE NOCASE)",
        params![source, alias],
        |row| row.get(0),
    )?;
    if !known {
        w.tx.execute(
            "INSERT INTO source_alias (source_id, alias) VALUES (?1, ?2)",
            params![source, alias],
        )?;
    }
    Ok(())
}

/// Resolves a `SourceRef` inside a write, creating the source when asked to; `article` is the
/// article of the claim it is for.
pub(crate) fn resolve(w: &mut Write<'_>, r: &SourceRef, article: Option<i64>) -> Result<i64> {
    match r {
        SourceRef::Id(id) => {
            get_source(&w.tx, *id)?;
            Ok(*id)
        }
        SourceRef::Find(text) => require(&w.tx, text, article),
        SourceRef::FindOrCreate { name, kind, role } => {
            if name.trim().parse::<i64>().is_ok() {
                return require(&w.tx, name, article);
            }
            find_or_create(w, name, *kind, role.clone(), article)
        }
        SourceRef::Named { name, kind, role } => {
            find_or_create(w, name, *kind, role.clone(), article)
        }
    }
}

/// Finds a source by name or alias, else creates it with `kind` following the identity rule.
pub(crate) fn find_or_create(
    w: &mut Write<'_>,
    name: &str,
    kind: SourceKind,
    role: Option<String>,
    article: Option<i64>,
) -> Result<i64> {
    if let Some(id) = lookup_name(&w.tx, name, article)? {
        return Ok(id);
    }
    insert_source(
        w,
        &NewSource {
            name: name.to_string(),
            kind,
            role,
            affiliation: None,
            aliases: Vec::new(),
            article_id: if kind.is_article_scoped() {
                article
            } else {
                None
            },
        },
    )
}

/// The article a shared source becomes scoped to when its kind turns article-scoped: the one
/// article its claims belong to, or the one given.
fn scope_for(kind: SourceKind, used_in: &[i64], given: Option<i64>) -> Result<i64> {
    match (used_in, given) {
        ([one], Some(g)) if *one != g => Err(StoreError::Invalid(format!(
            "the source's claims are in article {one}, not article {g}"
        ))),
        ([one], _) => Ok(*one),
        ([], Some(g)) => Ok(g),
        ([], None) => Err(StoreError::Invalid(format!(
            "a source of kind {kind} belongs to one article: give its article"
        ))),
        (many, _) => {
            let list: Vec<String> = many.iter().map(i64::to_string).collect();
            Err(StoreError::Invalid(format!(
                "a source of kind {kind} belongs to one article, and this one is used in                  articles {}; split it first",
                list.join(", ")
            )))
        }
    }
}

/// Articles whose claims involve a source (attributed, via, or corroborating).
pub(crate) fn articles_of_source(conn: &Connection, id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT c.article_id FROM claim c WHERE c.id IN (
             SELECT claim_id FROM attribution WHERE source_id = ?1 OR via_source_id = ?1
             UNION SELECT claim_id FROM corroboration WHERE by_source_id = ?1)",
    )?;
    let ids = stmt
        .query_map([id], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    Ok(ids)
}

impl Store {
    /// Adds a source. Named kinds are shared (no article); article-scoped kinds need one.
    pub fn add_source(&mut self, new: NewSource) -> Result<Source> {
        let id = self.write(|w| insert_source(w, &new))?;
        get_source(&self.conn, id)
    }

    /// Finds a source by id (a number) or name/alias, case-insensitively. With an article, that
    /// article's own sources are searched first.
    pub fn find_source(&self, name_or_id: &str, article_id: Option<i64>) -> Result<Source> {
        let id = require(&self.conn, name_or_id, article_id)?;
        get_source(&self.conn, id)
    }

    /// Finds a source as `find_source` does, else creates it with `kind` following the
    /// identity rule (article-scoped kinds belong to `article_id`).
    pub fn find_or_create_source(
        &mut self,
        name: &str,
        kind: SourceKind,
        article_id: Option<i64>,
    ) -> Result<Source> {
        if let Some(id) = lookup(&self.conn, name, article_id)? {
            return get_source(&self.conn, id);
        }
        if name.trim().parse::<i64>().is_ok() {
            return Err(StoreError::not_found("source", name.trim()));
        }
        let id = self.write(|w| find_or_create(w, name, kind, None, article_id))?;
        get_source(&self.conn, id)
    }

    /// One source by id.
    pub fn source(&self, id: i64) -> Result<SourceDetail> {
        let source = get_source(&self.conn, id)?;
        let claims = self.claims(&ClaimFilter {
            source: Some(id.to_string()),
            ..ClaimFilter::default()
        })?;
        Ok(SourceDetail { source, claims })
    }

    /// Every source with its load, the busiest first.
    pub fn sources(&self) -> Result<Vec<SourceSummary>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, name, kind, article_id, claims, articles, share FROM source_load
             ORDER BY claims DESC, id",
        )?;
        let mut rows = stmt
            .query_map([], |row| {
                Ok(SourceSummary {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    kind: row.get(2)?,
                    article_id: row.get(3)?,
                    aliases: Vec::new(),
                    claims: row.get(4)?,
                    articles: row.get(5)?,
                    share: row.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for row in &mut rows {
            row.aliases = aliases(&self.conn, row.id)?;
        }
        Ok(rows)
    }

    /// Gives a source another name it can be found by.
    pub fn add_alias(&mut self, source_id: i64, alias: &str) -> Result<Source> {
        self.write(|w| insert_alias(w, source_id, alias))?;
        get_source(&self.conn, source_id)
    }

    /// Changes a source's name, kind, role or affiliation (what extraction got wrong). A new
    /// name must be free in the source's scope; a kind that moves the source between shared
    /// and article-scoped changes its scope too. The levels of every claim it touches are
    /// recomputed.
    pub fn edit_source(&mut self, id: i64, edit: &SourceEdit) -> Result<Source> {
        self.write(|w| {
            let old = get_source(&w.tx, id)?;
            let kind = edit.kind.unwrap_or(old.kind);
            let used_in = articles_of_source(&w.tx, id)?;
            let scope = match (kind.is_article_scoped(), old.article_id) {
                (false, _) => None,
                (true, Some(a)) => Some(a),
                (true, None) => Some(scope_for(kind, &used_in, edit.article_id)?),
            };
            if let Some(a) = scope.filter(|_| old.article_id.is_none()) {
                super::articles::get_article(&w.tx, a)?;
            }
            let name = match &edit.name {
                Some(n) if n.trim().is_empty() => {
                    return Err(StoreError::Invalid("a source needs a name".into()))
                }
                Some(n) => n.trim().to_string(),
                None => old.name.clone(),
            };
            if scope != old.article_id || !name.eq_ignore_ascii_case(&old.name) {
                check_free(&w.tx, &name, scope, id)?;
                for alias in &old.aliases {
                    check_free(&w.tx, alias, scope, id)?;
                }
            }
            let clear = |v: &Option<String>, old: &Option<String>| match v {
                Some(t) if t.trim().is_empty() => None,
                Some(t) => Some(t.trim().to_string()),
                None => old.clone(),
            };
            w.tx.execute(
                "UPDATE source SET name = ?2, kind = ?3, role = ?4, affiliation = ?5,
                 article_id = ?6 WHERE id = ?1",
                params![
                    id,
                    name,
                    kind,
                    clear(&edit.role, &old.role),
                    clear(&edit.affiliation, &old.affiliation),
                    scope
                ],
            )?;
            // the old name is no alias of the new one: "Trump And" is not how anyone finds
            // Donald Trump; `add_alias` keeps a name that should stay findable
            w.tx.execute(
                "DELETE FROM source_alias WHERE source_id = ?1 AND alias = ?2 COLLATE NOCASE",
                params![id, name],
            )?;
            w.dirty.extend(used_in);
            Ok(())
        })?;
        get_source(&self.conn, id)
    }

    /// Merges `from` into `into`: its attributions, `via` references, corroborations and aliases
    /// move to `into`, its name becomes an alias of `into`, and it is deleted.
    pub fn merge_sources(&mut self, from: i64, into: i64) -> Result<Source> {
        if from == into {
            return Err(StoreError::Invalid(
                "cannot merge a source into itself".into(),
            ));
        }
        self.write(|w| {
            let from_source = get_source(&w.tx, from)?;
            let into_source = get_source(&w.tx, into)?;
            let mut dirty = articles_of_source(&w.tx, from)?;
            dirty.extend(articles_of_source(&w.tx, into)?);
            w.tx.execute(
                "UPDATE attribution SET source_id = ?2 WHERE source_id = ?1",
                params![from, into],
            )?;
            w.tx.execute(
                "UPDATE attribution SET via_source_id = ?2 WHERE via_source_id = ?1",
                params![from, into],
            )?;
            w.tx.execute(
                "UPDATE corroboration SET by_source_id = ?2 WHERE by_source_id = ?1",
                params![from, into],
            )?;
            // Aliases `into` already answers to are dropped, the others move.
            let mut names = vec![into_source.name.to_lowercase()];
            names.extend(into_source.aliases.iter().map(|a| a.to_lowercase()));
            let mut moved = Vec::new();
            for alias in &from_source.aliases {
                if names.contains(&alias.to_lowercase()) {
                    w.tx.execute(
                        "DELETE FROM source_alias WHERE source_id = ?1 AND alias = ?2",
                        params![from, alias],
                    )?;
                } else {
                    names.push(alias.to_lowercase());
                    moved.push(alias.clone());
                }
            }
            w.tx.execute(
                "UPDATE source_alias SET source_id = ?2 WHERE source_id = ?1",
                params![from, into],
            )?;
            w.tx.execute("DELETE FROM source WHERE id = ?1", [from])?;
            if !names.contains(&from_source.name.to_lowercase()) {
                w.tx.execute(
                    "INSERT INTO source_alias (source_id, alias) VALUES (?1, ?2)",
                    params![into, from_source.name],
                )?;
            }
            w.dirty.extend(dirty);
            Ok(())
        })?;
        get_source(&self.conn, into)
    }
}

//! Finding and reading sources: by id, or by name or alias case-insensitively within the
//! identity rule's scopes (an article's own sources, the shared ones); one source with its
//! claims; every source with its load.

use rusqlite::{params, Connection, OptionalExtension};

use crate::model::{ClaimFilter, Source, SourceDetail, SourceSummary};
use crate::store::{Result, Store, StoreError};

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
pub(super) fn check_free(
    conn: &Connection,
    name: &str,
    article: Option<i64>,
    except: i64,
) -> Result<()> {
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

impl Store {
    /// Finds a source by id (a number) or name/alias, case-insensitively. With an article, that
    /// article's own sources are searched first.
    pub fn find_source(&self, name_or_id: &str, article_id: Option<i64>) -> Result<Source> {
        let id = require(&self.conn, name_or_id, article_id)?;
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
}

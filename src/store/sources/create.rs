//! Creating sources and aliases: a new source under the identity rule (named sources shared,
//! article-scoped kinds and descriptions in their article), a `SourceRef` resolved or created inside a write.

use rusqlite::{params, OptionalExtension};

use super::lookup::{check_free, get_source, lookup, lookup_name, require};
use crate::identity;
use crate::model::{NewSource, Source, SourceRef};
use crate::store::{Result, Store, StoreError, Write};
use crate::vocab::SourceKind;

pub(crate) fn insert_source(w: &mut Write<'_>, new: &NewSource) -> Result<i64> {
    let name = new.name.trim();
    if name.is_empty() {
        return Err(StoreError::Invalid("a source needs a name".into()));
    }
    if new.kind.is_article_scoped() && new.article_id.is_none() {
        return Err(StoreError::Invalid(format!(
            "a source of kind {} belongs to one article; give its article",
            new.kind
        )));
    }
    let article = identity::scope(new.kind, name, new.article_id);
    if let Some(a) = article {
        crate::store::articles::get_article(&w.tx, a)?;
    }
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
        // a description ("the company") never takes up a shared source described alike (one a
        // database older than schema version 2 shared); a name typed in lower case ("laurent
        // nunez") still finds its source
        let found = get_source(&w.tx, id)?;
        let shared_description =
            found.article_id.is_none() && identity::is_description(&found.name);
        if !(shared_description && identity::scope(kind, name, article).is_some()) {
            return Ok(id);
        }
    }
    insert_source(
        w,
        &NewSource {
            name: name.to_string(),
            kind,
            role,
            affiliation: None,
            aliases: Vec::new(),
            article_id: identity::scope(kind, name, article),
        },
    )
}

impl Store {
    /// Adds a source. Named sources are shared (no article); article-scoped kinds need one, and
    /// a description of a named kind ("the company") keeps the article it is given.
    pub fn add_source(&mut self, new: NewSource) -> Result<Source> {
        let id = self.write(|w| insert_source(w, &new))?;
        get_source(&self.conn, id)
    }

    /// Finds a source as `find_source` does, else creates it with `kind` following the
    /// identity rule (article-scoped kinds and descriptions belong to `article_id`).
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

    /// Gives a source another name it can be found by.
    pub fn add_alias(&mut self, source_id: i64, alias: &str) -> Result<Source> {
        self.write(|w| insert_alias(w, source_id, alias))?;
        get_source(&self.conn, source_id)
    }
}

//! Editing and merging sources: a changed name, kind, role or affiliation (moving the source
//! between shared and article-scoped when its kind or name says so), and one source merged into
//! another.

use rusqlite::{params, Connection};

use super::lookup::{check_free, get_source};
use crate::identity;
use crate::model::{Source, SourceEdit};
use crate::store::{Result, Store, StoreError};
use crate::vocab::SourceKind;

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
                "a source of kind {kind} belongs to one article, and this one is used in articles {}; split it first",
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
    /// Changes a source's name, kind, role or affiliation (what extraction got wrong). A new
    /// name must be free in the source's scope; a kind that moves the source between shared
    /// and article-scoped changes its scope too, and so does a description renamed as a name
    /// ("the company" → "Novex", now shared). The levels of every claim it touches are
    /// recomputed.
    pub fn edit_source(&mut self, id: i64, edit: &SourceEdit) -> Result<Source> {
        self.write(|w| {
            let old = get_source(&w.tx, id)?;
            let kind = edit.kind.unwrap_or(old.kind);
            let used_in = articles_of_source(&w.tx, id)?;
            let name = match &edit.name {
                Some(n) if n.trim().is_empty() => {
                    return Err(StoreError::Invalid("a source needs a name".into()))
                }
                Some(n) => n.trim().to_string(),
                None => old.name.clone(),
            };
            let scope = match (kind.is_article_scoped(), old.article_id) {
                // a description keeps the scope it has; a name is shared
                (false, a) if identity::is_description(&name) => a,
                (false, _) => None,
                (true, Some(a)) => Some(a),
                (true, None) => Some(scope_for(kind, &used_in, edit.article_id)?),
            };
            if let Some(a) = scope.filter(|_| old.article_id.is_none()) {
                crate::store::articles::get_article(&w.tx, a)?;
            }
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

//! What hangs off a claim: attributions to sources, corroborations and notes — adding,
//! removing and reading them.

use rusqlite::{params, Connection};

use super::claims::get_claim;
use super::sources::{require, resolve};
use super::{Result, Store, StoreError, Write};
use crate::model::{
    Attribution, CorroboratedBy, Corroboration, CorroborationBy, NewAttribution, Note, SourceRef,
};
use crate::vocab::{Relation, Stance};

pub(crate) fn insert_attribution(
    w: &mut Write<'_>,
    claim: i64,
    article: i64,
    a: &NewAttribution,
) -> Result<i64> {
    let source = resolve(w, &a.source, Some(article))?;
    let via = a
        .via
        .as_ref()
        .map(|v| resolve(w, v, Some(article)))
        .transpose()?;
    if via == Some(source) {
        return Err(StoreError::Invalid(
            "a source cannot be relayed via itself".into(),
        ));
    }
    let cue = a.cue.as_deref().map(str::trim).filter(|c| !c.is_empty());
    w.tx.execute(
        "INSERT INTO attribution (claim_id, source_id, cue, mention, mention_start, mention_end,
             relation, via_source_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            claim,
            source,
            cue,
            a.mention,
            a.mention_start.map(|v| v as i64),
            a.mention_end.map(|v| v as i64),
            a.relation,
            via,
        ],
    )?;
    w.dirty.insert(article);
    Ok(w.tx.last_insert_rowid())
}

pub(crate) fn insert_note(w: &mut Write<'_>, claim: i64, body: &str) -> Result<i64> {
    if body.trim().is_empty() {
        return Err(StoreError::Invalid("a note cannot be empty".into()));
    }
    w.tx.execute(
        "INSERT INTO note (claim_id, body, author, at) VALUES (?1, ?2, ?3, ?4)",
        params![claim, body, w.actor, w.now],
    )?;
    Ok(w.tx.last_insert_rowid())
}

pub(crate) fn attributions_of(conn: &Connection, claim: i64) -> Result<Vec<Attribution>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.claim_id, a.source_id, s.name, s.kind, a.cue, a.mention,
                a.mention_start, a.mention_end, a.relation, a.via_source_id, v.name
         FROM attribution a JOIN source s ON s.id = a.source_id
         LEFT JOIN source v ON v.id = a.via_source_id
         WHERE a.claim_id = ?1 ORDER BY a.id",
    )?;
    let rows = stmt
        .query_map([claim], |row| {
            Ok(Attribution {
                id: row.get(0)?,
                claim_id: row.get(1)?,
                source_id: row.get(2)?,
                source_name: row.get(3)?,
                source_kind: row.get(4)?,
                cue: row.get(5)?,
                mention: row.get(6)?,
                mention_start: super::offset(row, 7)?,
                mention_end: super::offset(row, 8)?,
                relation: row.get(9)?,
                via_source_id: row.get(10)?,
                via_name: row.get(11)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub(crate) fn corroborations_of(conn: &Connection, claim: i64) -> Result<Vec<Corroboration>> {
    let mut stmt = conn.prepare_cached(
        "SELECT k.id, k.claim_id, k.stance, k.by_source_id, k.by_url, k.by_claim_id,
                k.independent, k.note, k.at, k.actor, s.name
         FROM corroboration k LEFT JOIN source s ON s.id = k.by_source_id
         WHERE k.claim_id = ?1 ORDER BY k.id",
    )?;
    let rows = stmt
        .query_map([claim], |row| {
            let source: Option<i64> = row.get(3)?;
            let url: Option<String> = row.get(4)?;
            let other: Option<i64> = row.get(5)?;
            let name: Option<String> = row.get(10)?;
            let (by, by_label) = match (source, url, other) {
                (Some(id), _, _) => (CorroborationBy::Source(id), name.unwrap_or_default()),
                (_, Some(url), _) => (CorroborationBy::Url(url.clone()), url),
                (_, _, Some(id)) => (CorroborationBy::Claim(id), format!("claim {id}")),
                _ => (CorroborationBy::Url(String::new()), String::new()),
            };
            Ok(Corroboration {
                id: row.get(0)?,
                claim_id: row.get(1)?,
                stance: row.get(2)?,
                by,
                by_label,
                independent: row.get(6)?,
                note: row.get(7)?,
                at: row.get(8)?,
                actor: row.get(9)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub(crate) fn notes_of(conn: &Connection, claim: i64) -> Result<Vec<Note>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, claim_id, body, author, at FROM note WHERE claim_id = ?1 ORDER BY id",
    )?;
    let rows = stmt
        .query_map([claim], |row| {
            Ok(Note {
                id: row.get(0)?,
                claim_id: row.get(1)?,
                body: row.get(2)?,
                author: row.get(3)?,
                at: row.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

impl Store {
    /// Attributes a claim to a source (found or created in the claim's article), with an
    /// optional cue, relation and upstream (`via`).
    pub fn attribute(
        &mut self,
        claim: i64,
        source: SourceRef,
        cue: Option<String>,
        relation: Option<Relation>,
        via: Option<SourceRef>,
    ) -> Result<Attribution> {
        let id = self.write(|w| {
            let article = get_claim(&w.tx, claim)?.article_id;
            insert_attribution(
                w,
                claim,
                article,
                &NewAttribution {
                    source,
                    cue,
                    mention: None,
                    mention_start: None,
                    mention_end: None,
                    relation,
                    via,
                },
            )
        })?;
        attributions_of(&self.conn, claim)?
            .into_iter()
            .find(|a| a.id == id)
            .ok_or_else(|| StoreError::not_found("attribution", id))
    }

    /// Removes every attribution of a claim to a source (id, name or alias); returns how many.
    pub fn unattribute(&mut self, claim: i64, source: &str) -> Result<usize> {
        self.write(|w| {
            let article = get_claim(&w.tx, claim)?.article_id;
            let source_id = require(&w.tx, source, Some(article))?;
            let removed = w.tx.execute(
                "DELETE FROM attribution WHERE claim_id = ?1 AND source_id = ?2",
                params![claim, source_id],
            )?;
            if removed == 0 {
                return Err(StoreError::Invalid(format!(
                    "claim {claim} is not attributed to '{}'",
                    source.trim()
                )));
            }
            w.dirty.insert(article);
            Ok(removed)
        })
    }

    /// Records evidence for (or against) a claim.
    pub fn corroborate(
        &mut self,
        claim: i64,
        by: CorroboratedBy,
        stance: Stance,
        independent: bool,
        note: Option<String>,
    ) -> Result<Corroboration> {
        let id = self.write(|w| {
            let article = get_claim(&w.tx, claim)?.article_id;
            let (source, url, other) = match &by {
                CorroboratedBy::Source(r) => (Some(resolve(w, r, Some(article))?), None, None),
                CorroboratedBy::Url(url) if url.trim().is_empty() => {
                    return Err(StoreError::Invalid("the URL is empty".into()))
                }
                CorroboratedBy::Url(url) => (None, Some(url.trim().to_string()), None),
                CorroboratedBy::Claim(other) if *other == claim => {
                    return Err(StoreError::Invalid(
                        "a claim cannot corroborate itself".into(),
                    ))
                }
                CorroboratedBy::Claim(other) => {
                    get_claim(&w.tx, *other)?;
                    (None, None, Some(*other))
                }
            };
            w.tx.execute(
                "INSERT INTO corroboration (claim_id, stance, by_source_id, by_url, by_claim_id,
                     independent, note, at, actor)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    claim,
                    stance,
                    source,
                    url,
                    other,
                    independent,
                    note,
                    w.now,
                    w.actor
                ],
            )?;
            w.dirty.insert(article);
            Ok(w.tx.last_insert_rowid())
        })?;
        corroborations_of(&self.conn, claim)?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or_else(|| StoreError::not_found("corroboration", id))
    }

    /// Adds a note to a claim, signed by the current actor.
    pub fn add_note(&mut self, claim: i64, body: &str) -> Result<Note> {
        let id = self.write(|w| {
            get_claim(&w.tx, claim)?;
            insert_note(w, claim, body)
        })?;
        notes_of(&self.conn, claim)?
            .into_iter()
            .find(|n| n.id == id)
            .ok_or_else(|| StoreError::not_found("note", id))
    }
}

//! Claims: adding (with attributions and a note, in one transaction), reading one in full,
//! editing, removing, storing a whole extracted article at once, and locating text in an article
//! by code points.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::articles::{get_article, get_text, insert_article};
use super::corroboration::{attributions_of, corroborations_of, insert_attribution, notes_of};
use super::{Result, Store, StoreError, Write};
use crate::model::{
    Claim, ClaimDetail, ClaimEdit, Fragment, HistoryFilter, Ingested, NewArticle, NewClaim,
};

/// Where `needle` occurs in `haystack`, in code points: the occurrence starting at code point
/// `at` when given (None if it does not start there), else the first one.
pub fn locate(haystack: &str, needle: &str, at: Option<usize>) -> Option<(usize, usize)> {
    if needle.is_empty() {
        return None;
    }
    let len = needle.chars().count();
    match at {
        Some(at) => {
            let (byte, _) = haystack.char_indices().nth(at)?;
            haystack[byte..]
                .starts_with(needle)
                .then_some((at, at + len))
        }
        None => {
            let byte = haystack.find(needle)?;
            let start = haystack[..byte].chars().count();
            Some((start, start + len))
        }
    }
}

/// Every occurrence of `needle`, in code points, the one nearest `near` first.
fn nearest(haystack: &str, needle: &str, near: Option<usize>) -> Option<(usize, usize)> {
    if needle.is_empty() {
        return None;
    }
    let len = needle.chars().count();
    let mut best: Option<(usize, usize)> = None;
    let mut chars = 0;
    let mut last = 0;
    for (byte, _) in haystack.match_indices(needle) {
        chars += haystack[last..byte].chars().count();
        last = byte;
        let distance = near.map_or(chars, |n| chars.abs_diff(n));
        match best {
            Some((d, _)) if d <= distance => {}
            _ => best = Some((distance, chars)),
        }
    }
    best.map(|(_, start)| (start, start + len))
}

const CLAIM_COLUMNS: &str = "id, article_id, text, span_start, span_end, fragments, sentence,
    kind, hedged, check_worthy, confidence, verdict, origin, level, flags, thin, created_at,
    created_by, updated_at, updated_by";

fn claim_from_row(row: &Row<'_>) -> rusqlite::Result<(Claim, Option<String>, String)> {
    Ok((
        Claim {
            id: row.get(0)?,
            article_id: row.get(1)?,
            text: row.get(2)?,
            start: super::offset(row, 3)?,
            end: super::offset(row, 4)?,
            fragments: None,
            sentence: row.get(6)?,
            kind: row.get(7)?,
            hedged: row.get(8)?,
            check_worthy: row.get(9)?,
            confidence: row.get(10)?,
            verdict: row.get(11)?,
            origin: row.get(12)?,
            level: row.get(13)?,
            flags: Vec::new(),
            thin: row.get(15)?,
            created_at: row.get(16)?,
            created_by: row.get(17)?,
            updated_at: row.get(18)?,
            updated_by: row.get(19)?,
        },
        row.get(5)?,
        row.get(14)?,
    ))
}

fn finish(raw: (Claim, Option<String>, String)) -> Result<Claim> {
    let (mut claim, fragments, flags) = raw;
    claim.fragments = fragments
        .map(|f| serde_json::from_str::<Vec<Fragment>>(&f))
        .transpose()?;
    claim.flags = serde_json::from_str(&flags)?;
    Ok(claim)
}

pub(crate) fn get_claim(conn: &Connection, id: i64) -> Result<Claim> {
    let raw = conn
        .query_row(
            &format!("SELECT {CLAIM_COLUMNS} FROM claim WHERE id = ?1"),
            [id],
            claim_from_row,
        )
        .optional()?
        .ok_or_else(|| StoreError::not_found("claim", id))?;
    finish(raw)
}

/// Every claim of some articles (all when empty), by article and id.
pub(crate) fn claims_of(conn: &Connection, articles: &[i64]) -> Result<Vec<Claim>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {CLAIM_COLUMNS} FROM claim
         WHERE ?1 = 0 OR article_id IN (SELECT value FROM json_each(?2))
         ORDER BY id"
    ))?;
    let raws = stmt
        .query_map(
            params![articles.len() as i64, serde_json::to_string(articles)?],
            claim_from_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    raws.into_iter().map(finish).collect()
}

fn check_span(start: Option<usize>, end: Option<usize>, len: usize, what: &str) -> Result<()> {
    match (start, end) {
        (None, None) => Ok(()),
        (Some(s), Some(e)) if s <= e && e <= len => Ok(()),
        (Some(s), Some(e)) => Err(StoreError::Invalid(format!(
            "{what} {s}..{e} is outside the article (0..{len})"
        ))),
        _ => Err(StoreError::Invalid(format!(
            "{what} needs both a start and an end"
        ))),
    }
}

/// Inserts a claim with its attributions and note inside a write; marks its article dirty.
pub(crate) fn insert_claim(w: &mut Write<'_>, new: &NewClaim) -> Result<i64> {
    let len = w.article_chars(new.article_id)?;
    if new.text.trim().is_empty() {
        return Err(StoreError::Invalid("a claim needs text".into()));
    }
    check_span(new.start, new.end, len, "the claim's span")?;
    for f in new.fragments.iter().flatten() {
        check_span(Some(f.start), Some(f.end), len, "a fragment")?;
    }
    for a in &new.attributions {
        check_span(a.mention_start, a.mention_end, len, "a mention")?;
    }
    let fragments = new
        .fragments
        .as_ref()
        .map(serde_json::to_string)
        .transpose()?;
    w.tx.execute(
        "INSERT INTO claim (article_id, text, span_start, span_end, fragments, sentence, kind,
             hedged, check_worthy, confidence, verdict, origin, created_at, created_by,
             updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?13, ?14)",
        params![
            new.article_id,
            new.text,
            new.start.map(|v| v as i64),
            new.end.map(|v| v as i64),
            fragments,
            new.sentence,
            new.kind,
            new.hedged,
            new.check_worthy,
            new.confidence,
            new.verdict,
            new.origin,
            w.now,
            w.actor,
        ],
    )?;
    let id = w.tx.last_insert_rowid();
    for a in &new.attributions {
        insert_attribution(w, id, new.article_id, a)?;
    }
    if let Some(note) = &new.note {
        super::corroboration::insert_note(w, id, note)?;
    }
    w.dirty.insert(new.article_id);
    Ok(id)
}

/// Applies an edit inside a write; returns whether anything changed.
pub(crate) fn apply_edit(w: &mut Write<'_>, id: i64, edit: &ClaimEdit) -> Result<bool> {
    let old = get_claim(&w.tx, id)?;
    let mut new = old.clone();
    if let Some(text) = &edit.text {
        if text.trim().is_empty() {
            return Err(StoreError::Invalid("a claim needs text".into()));
        }
        if *text != old.text {
            let article = get_text(&w.tx, old.article_id)?;
            let span = nearest(&article, text, old.start);
            new.text = text.clone();
            new.start = span.map(|s| s.0);
            new.end = span.map(|s| s.1);
            new.fragments = None;
        }
    }
    if let Some(kind) = edit.kind {
        new.kind = kind;
    }
    if let Some(confidence) = edit.confidence {
        new.confidence = confidence;
    }
    if let Some(verdict) = edit.verdict {
        new.verdict = verdict;
    }
    if let Some(check_worthy) = edit.check_worthy {
        new.check_worthy = check_worthy;
    }
    if new == old {
        return Ok(false);
    }
    let fragments = new
        .fragments
        .as_ref()
        .map(serde_json::to_string)
        .transpose()?;
    w.tx.execute(
        "UPDATE claim SET text = ?2, span_start = ?3, span_end = ?4, fragments = ?5, kind = ?6,
             confidence = ?7, verdict = ?8, check_worthy = ?9, updated_at = ?10,
             updated_by = ?11
         WHERE id = ?1",
        params![
            id,
            new.text,
            new.start.map(|v| v as i64),
            new.end.map(|v| v as i64),
            fragments,
            new.kind,
            new.confidence,
            new.verdict,
            new.check_worthy,
            w.now,
            w.actor,
        ],
    )?;
    w.dirty.insert(old.article_id);
    Ok(true)
}

impl Store {
    /// Adds a claim with its attributions (sources found or created in the same transaction)
    /// and an optional note; saves the sourcing of its article's claims.
    pub fn add_claim(&mut self, new: NewClaim) -> Result<Claim> {
        let id = self.write(|w| insert_claim(w, &new))?;
        get_claim(&self.conn, id)
    }

    /// Stores an article and its claims atomically (for `ingest`). The same text again writes
    /// nothing and returns the stored article with `created == false`. Each claim's
    /// `article_id` is ignored.
    pub fn ingest(&mut self, article: NewArticle, claims: Vec<NewClaim>) -> Result<Ingested> {
        self.write(|w| {
            let (article, created) = insert_article(w, &article)?;
            let mut claim_ids = Vec::new();
            if created {
                for claim in &claims {
                    let claim = NewClaim {
                        article_id: article.id,
                        ..claim.clone()
                    };
                    claim_ids.push(insert_claim(w, &claim)?);
                }
            }
            Ok(Ingested {
                article,
                created,
                claim_ids,
            })
        })
    }

    /// One claim.
    pub fn claim_record(&self, id: i64) -> Result<Claim> {
        get_claim(&self.conn, id)
    }

    /// One claim with its article title, attributions, corroborations, notes and its ten
    /// latest events.
    pub fn claim(&self, id: i64) -> Result<ClaimDetail> {
        let claim = get_claim(&self.conn, id)?;
        let article = get_article(&self.conn, claim.article_id)?;
        let events = self.history(&HistoryFilter {
            claim: Some(id),
            limit: Some(10),
            ..HistoryFilter::default()
        })?;
        Ok(ClaimDetail {
            article_title: article.title,
            attributions: attributions_of(&self.conn, id)?,
            corroborations: corroborations_of(&self.conn, id)?,
            notes: notes_of(&self.conn, id)?,
            events: events.into_iter().rev().collect(),
            claim,
        })
    }

    /// Changes a claim's text, kind, confidence, verdict or check-worthiness. A new text gets
    /// the span of its occurrence in the article nearest the old one (none if it does not
    /// occur). Changing nothing writes nothing.
    pub fn edit_claim(&mut self, id: i64, edit: ClaimEdit) -> Result<Claim> {
        self.write(|w| apply_edit(w, id, &edit))?;
        get_claim(&self.conn, id)
    }

    /// Deletes a claim with its attributions, corroborations and notes (and corroborations by
    /// it); returns what was deleted.
    pub fn remove_claim(&mut self, id: i64) -> Result<Claim> {
        self.write(|w| {
            let claim = get_claim(&w.tx, id)?;
            let mut stmt = w.tx.prepare(
                "SELECT DISTINCT c.article_id FROM corroboration k JOIN claim c
                 ON c.id = k.claim_id WHERE k.by_claim_id = ?1",
            )?;
            let others = stmt
                .query_map([id], |row| row.get::<_, i64>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            drop(stmt);
            w.tx.execute("DELETE FROM claim WHERE id = ?1", [id])?;
            w.dirty.insert(claim.article_id);
            w.dirty.extend(others);
            Ok(claim)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_counts_code_points() {
        let text = "Café — il a dit « oui ». Oui.";
        assert_eq!(locate(text, "dit", None), Some((12, 15)));
        assert_eq!(locate(text, "Oui", None), Some((25, 28)));
        assert_eq!(locate(text, "oui", Some(18)), Some((18, 21)));
        assert_eq!(locate(text, "oui", Some(3)), None);
        assert_eq!(locate(text, "absent", None), None);
    }

    #[test]
    fn nearest_prefers_the_occurrence_closest_to_the_old_span() {
        let text = "a b a b a";
        assert_eq!(nearest(text, "a", Some(5)), Some((4, 5)));
        assert_eq!(nearest(text, "a", None), Some((0, 1)));
    }
}

//! Applying edited CSV rows (`import FILE.csv`): each row with an id changes only what differs
//! from the stored claim; a row without an id adds a manual claim. All rows in one transaction;
//! an error names the row's line and writes nothing.

use rusqlite::params;

use super::claims::{apply_edit, get_claim, insert_claim, locate};
use super::corroboration::{attributions_of, insert_attribution};
use super::sources::{aliases, find_or_create};
use super::{Result, Store, StoreError, Write};
use crate::model::{
    ClaimEdit, ClaimUpdate, NewAttribution, NewClaim, SourceRef, SourceSpec, UpdateSummary,
};
use crate::vocab::SourceKind;

fn clean_cue(cue: Option<&str>) -> Option<String> {
    cue.map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string)
}

/// Makes a claim's attributions match `specs` (source and cue), touching only the differences.
/// Returns whether anything changed.
fn sync_sources(w: &mut Write<'_>, claim: i64, article: i64, specs: &[SourceSpec]) -> Result<bool> {
    let current = attributions_of(&w.tx, claim)?;
    // A name that one of the claim's own sources answers to means that source, wherever it is
    // scoped; other names are looked up (or created) as `claim add` does.
    let mut known: Vec<(String, i64)> = Vec::new();
    for a in &current {
        known.push((a.source_name.to_lowercase(), a.source_id));
        for alias in aliases(&w.tx, a.source_id)? {
            known.push((alias.to_lowercase(), a.source_id));
        }
    }
    let mut wanted: Vec<(i64, Option<String>)> = Vec::new();
    for spec in specs {
        let name = spec.name.trim().to_lowercase();
        let id = match known.iter().find(|(n, _)| *n == name) {
            Some((_, id)) => *id,
            None => {
                let kind = spec.kind.unwrap_or(SourceKind::Unknown);
                find_or_create(w, &spec.name, kind, None, Some(article))?
            }
        };
        wanted.push((id, clean_cue(spec.cue.as_deref())));
    }
    let mut unmatched: Vec<_> = current
        .iter()
        .map(|a| (a.id, a.source_id, clean_cue(a.cue.as_deref())))
        .collect();
    // Exact matches stay as they are.
    wanted.retain(|want| {
        if let Some(pos) = unmatched
            .iter()
            .position(|(_, source, cue)| (*source, cue.clone()) == *want)
        {
            unmatched.remove(pos);
            false
        } else {
            true
        }
    });
    let mut changed = false;
    // Same source, another cue: change the cue, keep the mention.
    let mut recued = Vec::new();
    wanted.retain(
        |(source, cue)| match unmatched.iter().position(|(_, s, _)| s == source) {
            Some(pos) => {
                recued.push((unmatched.remove(pos).0, cue.clone()));
                false
            }
            None => true,
        },
    );
    for (id, cue) in recued {
        w.tx.execute(
            "UPDATE attribution SET cue = ?2 WHERE id = ?1",
            params![id, cue],
        )?;
        changed = true;
    }
    for (id, ..) in unmatched {
        w.tx.execute("DELETE FROM attribution WHERE id = ?1", [id])?;
        changed = true;
    }
    for (source, cue) in wanted {
        insert_attribution(
            w,
            claim,
            article,
            &NewAttribution::to(SourceRef::Id(source), cue),
        )?;
        changed = true;
    }
    if changed {
        w.dirty.insert(article);
    }
    Ok(changed)
}

fn apply_one(w: &mut Write<'_>, update: &ClaimUpdate, summary: &mut UpdateSummary) -> Result<()> {
    match update.id {
        Some(id) => {
            let claim = get_claim(&w.tx, id)?;
            if let Some(article) = update.article_id {
                if article != claim.article_id {
                    return Err(StoreError::Invalid(format!(
                        "claim {id} belongs to article {}, not {article}",
                        claim.article_id
                    )));
                }
            }
            let edit = ClaimEdit {
                text: update.text.clone(),
                kind: update.kind,
                confidence: update.confidence,
                verdict: update.verdict,
                check_worthy: None,
            };
            let mut changed = apply_edit(w, id, &edit)?;
            if let Some(specs) = &update.sources {
                changed |= sync_sources(w, id, claim.article_id, specs)?;
            }
            if changed {
                summary.updated.push(id);
            } else {
                summary.unchanged += 1;
            }
        }
        None => {
            let (Some(article), Some(text)) = (update.article_id, update.text.as_deref()) else {
                return Err(StoreError::Invalid(
                    "a row without an id needs an article_id and a text".into(),
                ));
            };
            let article_text = super::articles::get_text(&w.tx, article)?;
            let span = locate(&article_text, text, None);
            let mut claim = NewClaim::manual(article, text);
            claim.start = span.map(|s| s.0);
            claim.end = span.map(|s| s.1);
            claim.kind = update.kind.unwrap_or(claim.kind);
            claim.confidence = update.confidence.unwrap_or(claim.confidence);
            claim.verdict = update.verdict.flatten();
            claim.attributions = update
                .sources
                .iter()
                .flatten()
                .map(|s| {
                    NewAttribution::to(
                        SourceRef::Named {
                            name: s.name.clone(),
                            kind: s.kind.unwrap_or(SourceKind::Unknown),
                            role: None,
                        },
                        clean_cue(s.cue.as_deref()),
                    )
                })
                .collect();
            summary.added.push(insert_claim(w, &claim)?);
        }
    }
    Ok(())
}

impl Store {
    /// Applies CSV rows in one transaction. Unchanged rows write nothing; a changed cell
    /// changes only its claim. Sources are matched by name or alias (the article's own first)
    /// and created with the row's kind when new; the kind of an existing source is not changed.
    /// Any error names the row's line and leaves the database as it was.
    pub fn apply_claim_updates(&mut self, updates: Vec<ClaimUpdate>) -> Result<UpdateSummary> {
        self.write(|w| {
            let mut summary = UpdateSummary::default();
            for update in &updates {
                apply_one(w, update, &mut summary).map_err(|e| e.at_line(update.line))?;
            }
            Ok(summary)
        })
    }
}

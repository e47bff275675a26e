//! The full record of some articles (JSON export) and loading it back (JSON import): ids and
//! timestamps are kept, so export → import into an empty database → export gives the same bytes.

use std::collections::BTreeSet;

use rusqlite::{params, Connection, OptionalExtension};

use super::articles::{get_article, get_text};
use super::claims::claims_of;
use super::corroboration::{attributions_of, corroborations_of, notes_of};
use super::sources::get_source;
use super::{Result, Store, StoreError};
use crate::model::{
    CorroborationBy, Dump, DumpAttribution, DumpClaim, DumpCorroboration, DumpNote,
};

fn all_ids(conn: &Connection, sql: &str) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare(sql)?;
    let ids = stmt
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    Ok(ids)
}

fn exists(conn: &Connection, table: &str, id: i64) -> Result<bool> {
    Ok(conn
        .query_row(
            &format!("SELECT 1 FROM {table} WHERE id = ?1"),
            [id],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

impl Store {
    /// Articles (all when `article_ids` is empty) with their text and metadata, the sources
    /// their claims use (with aliases), and their claims with attributions, corroborations and
    /// notes; everything by id.
    pub fn dump(&self, article_ids: &[i64]) -> Result<Dump> {
        let conn = &self.conn;
        let ids = if article_ids.is_empty() {
            all_ids(conn, "SELECT id FROM article ORDER BY id")?
        } else {
            let mut ids = article_ids.to_vec();
            ids.sort_unstable();
            ids.dedup();
            ids
        };
        let mut articles = Vec::new();
        for id in &ids {
            let mut article = get_article(conn, *id)?;
            article.text = Some(get_text(conn, *id)?);
            articles.push(article);
        }
        let claims = if ids.is_empty() {
            Vec::new()
        } else {
            claims_of(conn, &ids)?
        };

        let mut source_ids: BTreeSet<i64> = BTreeSet::new();
        if article_ids.is_empty() {
            source_ids.extend(all_ids(conn, "SELECT id FROM source")?);
        } else {
            let mut stmt = conn.prepare("SELECT id FROM source WHERE article_id = ?1")?;
            for id in &ids {
                let rows = stmt.query_map([id], |row| row.get::<_, i64>(0))?;
                for row in rows {
                    source_ids.insert(row?);
                }
            }
        }

        let mut dumped = Vec::new();
        for claim in claims {
            let attributions: Vec<DumpAttribution> = attributions_of(conn, claim.id)?
                .into_iter()
                .map(|a| {
                    source_ids.insert(a.source_id);
                    source_ids.extend(a.via_source_id);
                    DumpAttribution {
                        id: a.id,
                        source_id: a.source_id,
                        cue: a.cue,
                        mention: a.mention,
                        mention_start: a.mention_start,
                        mention_end: a.mention_end,
                        relation: a.relation,
                        via_source_id: a.via_source_id,
                    }
                })
                .collect();
            let corroborations: Vec<DumpCorroboration> = corroborations_of(conn, claim.id)?
                .into_iter()
                .map(|c| {
                    if let CorroborationBy::Source(id) = c.by {
                        source_ids.insert(id);
                    }
                    DumpCorroboration {
                        id: c.id,
                        stance: c.stance,
                        by: c.by,
                        independent: c.independent,
                        note: c.note,
                        at: c.at,
                        actor: c.actor,
                    }
                })
                .collect();
            let notes = notes_of(conn, claim.id)?
                .into_iter()
                .map(|n| DumpNote {
                    id: n.id,
                    body: n.body,
                    author: n.author,
                    at: n.at,
                })
                .collect();
            dumped.push(DumpClaim {
                claim,
                attributions,
                corroborations,
                notes,
            });
        }
        let sources = source_ids
            .into_iter()
            .map(|id| get_source(conn, id))
            .collect::<Result<Vec<_>>>()?;
        Ok(Dump {
            articles,
            sources,
            claims: dumped,
        })
    }

    /// Loads a dump in one transaction, keeping its ids and timestamps. Refuses a dump whose
    /// articles, sources or claims clash with rows already in the database.
    pub fn load(&mut self, dump: &Dump) -> Result<()> {
        self.write(|w| {
            let tx = &w.tx;
            for a in &dump.articles {
                let clash: Option<i64> = tx
                    .query_row(
                        "SELECT id FROM article WHERE id = ?1 OR sha256 = ?2",
                        params![a.id, a.sha256],
                        |row| row.get(0),
                    )
                    .optional()?;
                if let Some(other) = clash {
                    return Err(StoreError::Duplicate(format!(
                        "the database already holds article {other} (the file's article {}); \
                         import JSON into an empty database",
                        a.id
                    )));
                }
            }
            for s in &dump.sources {
                if exists(tx, "source", s.id)? {
                    return Err(StoreError::Duplicate(format!(
                        "the database already holds source {}; import JSON into an empty \
                         database",
                        s.id
                    )));
                }
            }
            for c in &dump.claims {
                if exists(tx, "claim", c.claim.id)? {
                    return Err(StoreError::Duplicate(format!(
                        "the database already holds claim {}; import JSON into an empty \
                         database",
                        c.claim.id
                    )));
                }
            }
            let source_ids: BTreeSet<i64> = dump.sources.iter().map(|s| s.id).collect();
            let claim_ids: BTreeSet<i64> = dump.claims.iter().map(|c| c.claim.id).collect();

            for a in &dump.articles {
                let text = a
                    .text
                    .as_deref()
                    .ok_or_else(|| StoreError::Invalid(format!("article {} has no text", a.id)))?;
                if super::articles::sha256_hex(text) != a.sha256 {
                    return Err(StoreError::Invalid(format!(
                        "article {}'s sha256 does not match its text",
                        a.id
                    )));
                }
                tx.execute(
                    "INSERT INTO article (id, title, url, outlet, published_at, language,
                         translated_from, relayed_from, dateline, text, sha256, ingested_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                    params![
                        a.id,
                        a.title,
                        a.url,
                        a.outlet,
                        a.published_at,
                        a.language,
                        a.translated_from,
                        a.relayed_from,
                        a.dateline,
                        text,
                        a.sha256,
                        a.ingested_at
                    ],
                )?;
            }
            for s in &dump.sources {
                tx.execute(
                    "INSERT INTO source (id, name, kind, role, affiliation, article_id)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![s.id, s.name, s.kind, s.role, s.affiliation, s.article_id],
                )
                .map_err(|e| clash(e, &format!("source {} ('{}')", s.id, s.name)))?;
                for alias in &s.aliases {
                    tx.execute(
                        "INSERT INTO source_alias (source_id, alias) VALUES (?1, ?2)",
                        params![s.id, alias],
                    )?;
                }
            }
            let known_source = |id: i64| -> Result<()> {
                if source_ids.contains(&id) || exists(tx, "source", id)? {
                    Ok(())
                } else {
                    Err(StoreError::Invalid(format!(
                        "source {id} is used but is neither in the file nor in the database"
                    )))
                }
            };
            for dc in &dump.claims {
                let c = &dc.claim;
                let fragments = c
                    .fragments
                    .as_ref()
                    .map(serde_json::to_string)
                    .transpose()?;
                tx.execute(
                    "INSERT INTO claim (id, article_id, text, span_start, span_end, fragments,
                         sentence, kind, hedged, check_worthy, confidence, verdict, origin,
                         created_at, created_by, updated_at, updated_by)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,
                         ?16, ?17)",
                    params![
                        c.id,
                        c.article_id,
                        c.text,
                        c.start.map(|v| v as i64),
                        c.end.map(|v| v as i64),
                        fragments,
                        c.sentence,
                        c.kind,
                        c.hedged,
                        c.check_worthy,
                        c.confidence,
                        c.verdict,
                        c.origin,
                        c.created_at,
                        c.created_by,
                        c.updated_at,
                        c.updated_by
                    ],
                )
                .map_err(|e| clash(e, &format!("claim {}", c.id)))?;
                w.dirty.insert(c.article_id);
                for a in &dc.attributions {
                    known_source(a.source_id)?;
                    if let Some(via) = a.via_source_id {
                        known_source(via)?;
                    }
                    tx.execute(
                        "INSERT INTO attribution (id, claim_id, source_id, cue, mention,
                             mention_start, mention_end, relation, via_source_id)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                        params![
                            a.id,
                            c.id,
                            a.source_id,
                            a.cue,
                            a.mention,
                            a.mention_start.map(|v| v as i64),
                            a.mention_end.map(|v| v as i64),
                            a.relation,
                            a.via_source_id
                        ],
                    )
                    .map_err(|e| clash(e, &format!("attribution {}", a.id)))?;
                }
                for n in &dc.notes {
                    tx.execute(
                        "INSERT INTO note (id, claim_id, body, author, at)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![n.id, c.id, n.body, n.author, n.at],
                    )
                    .map_err(|e| clash(e, &format!("note {}", n.id)))?;
                }
            }
            // Corroborations last: they may point at any claim of the file.
            for dc in &dump.claims {
                for k in &dc.corroborations {
                    let (source, url, other) = match &k.by {
                        CorroborationBy::Source(id) => {
                            known_source(*id)?;
                            (Some(*id), None, None)
                        }
                        CorroborationBy::Url(url) => (None, Some(url.clone()), None),
                        CorroborationBy::Claim(id) => {
                            if !claim_ids.contains(id) && !exists(tx, "claim", *id)? {
                                return Err(StoreError::Invalid(format!(
                                    "claim {} is corroborated by claim {id}, which is neither \
                                     in the file nor in the database",
                                    dc.claim.id
                                )));
                            }
                            (None, None, Some(*id))
                        }
                    };
                    tx.execute(
                        "INSERT INTO corroboration (id, claim_id, stance, by_source_id, by_url,
                             by_claim_id, independent, note, at, actor)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                        params![
                            k.id,
                            dc.claim.id,
                            k.stance,
                            source,
                            url,
                            other,
                            k.independent,
                            k.note,
                            k.at,
                            k.actor
                        ],
                    )
                    .map_err(|e| clash(e, &format!("corroboration {}", k.id)))?;
                }
            }
            Ok(())
        })
    }
}

/// Names the row whose insert broke a constraint.
fn clash(e: rusqlite::Error, what: &str) -> StoreError {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ConstraintViolation) => {
            StoreError::Invalid(format!("cannot load {what}: {e}"))
        }
        _ => e.into(),
    }
}

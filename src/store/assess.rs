//! Saves the sourcing rules' verdict (`crate::sourcing::assess`) on every claim of an article:
//! the level, the flags (as `claim.flags` and as `claim_flag` rows) and `thin`. Only the derived
//! columns change, which the audit triggers ignore, so a recompute leaves no event.

use std::collections::HashMap;

use rusqlite::{params, Connection};

use super::Result;
use crate::sourcing::{
    assess, counts_several, is_plural_mention, source_described, Assessment, ClaimFacts,
    CorroboratingSource, CorroborationFacts, SourceFacts,
};
use crate::vocab::{ClaimKind, Flag, Level, SourceKind, Stance};

struct Mention {
    claim_id: i64,
    source_id: i64,
    kind: SourceKind,
    via: Option<i64>,
    mention: String,
    role: Option<String>,
    /// The source's canonical name, which may describe it where the mention does not.
    name: String,
}

/// Recomputes and saves the sourcing of every claim of `article_id`.
pub(crate) fn recompute_article(conn: &Connection, article_id: i64) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, kind, level, flags, thin, span_start FROM claim WHERE article_id = ?1
         ORDER BY span_start IS NULL, span_start, id",
    )?;
    let claims = stmt
        .query_map([article_id], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, ClaimKind>(1)?,
                row.get::<_, Option<Level>>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, bool>(4)?,
                row.get::<_, Option<i64>>(5)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let text: String = conn
        .prepare_cached("SELECT text FROM article WHERE id = ?1")?
        .query_row([article_id], |row| row.get(0))?;
    let body_start = crate::extract::body_start_of(&text);

    let mut stmt = conn.prepare_cached(
        "SELECT a.claim_id, a.source_id, s.kind, a.via_source_id, COALESCE(a.mention, s.name),
                s.role, s.name
         FROM attribution a JOIN source s ON s.id = a.source_id
         JOIN claim c ON c.id = a.claim_id
         WHERE c.article_id = ?1 ORDER BY a.id",
    )?;
    let mentions = stmt
        .query_map([article_id], |row| {
            Ok(Mention {
                claim_id: row.get(0)?,
                source_id: row.get(1)?,
                kind: row.get(2)?,
                via: row.get(3)?,
                mention: row.get(4)?,
                role: row.get(5)?,
                name: row.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;

    let mut stmt = conn.prepare_cached(
        "SELECT k.claim_id, k.stance, k.independent, k.by_source_id, s.kind
         FROM corroboration k JOIN claim c ON c.id = k.claim_id
         LEFT JOIN source s ON s.id = k.by_source_id
         WHERE c.article_id = ?1 ORDER BY k.id",
    )?;
    let mut corroborations: HashMap<i64, Vec<CorroborationFacts>> = HashMap::new();
    let rows = stmt.query_map([article_id], |row| {
        let by: Option<i64> = row.get(3)?;
        let kind: Option<SourceKind> = row.get(4)?;
        Ok((
            row.get::<_, i64>(0)?,
            CorroborationFacts {
                stance: row.get::<_, Stance>(1)?,
                independent: row.get(2)?,
                source: by.zip(kind).map(|(key, kind)| CorroboratingSource {
                    key,
                    kind,
                    via: None,
                }),
            },
        ))
    })?;
    for row in rows {
        let (claim, facts) = row?;
        corroborations.entry(claim).or_default().push(facts);
    }

    let plural: Vec<bool> = mentions
        .iter()
        .map(|m| is_plural_mention(&m.mention))
        .collect();
    let mut sources: HashMap<i64, Vec<SourceFacts>> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let singular_elsewhere = mentions
            .iter()
            .enumerate()
            .any(|(j, other)| j != i && other.source_id == m.source_id && !plural[j]);
        sources.entry(m.claim_id).or_default().push(SourceFacts {
            key: m.source_id,
            kind: m.kind,
            via: m.via,
            plural_mention: plural[i],
            counted_several: counts_several(&m.mention),
            singular_elsewhere,
            described: source_described(&m.name, &m.mention, m.role.as_deref()),
        });
    }

    let lede = crate::sourcing::lede_position(
        claims
            .iter()
            .map(|(_, kind, .., start)| (*kind, start.and_then(|s| usize::try_from(s).ok()))),
        body_start,
    )
    .map(|i| claims[i].0);
    for (id, kind, level, flags, thin, _) in &claims {
        let facts = ClaimFacts {
            kind: *kind,
            is_lede: Some(*id) == lede,
        };
        let assessment = assess(
            facts,
            sources.get(id).map(Vec::as_slice).unwrap_or(&[]),
            corroborations.get(id).map(Vec::as_slice).unwrap_or(&[]),
        );
        let new_flags = flags_json(&assessment)?;
        if assessment.level != *level || new_flags != *flags || assessment.is_thin() != *thin {
            save(conn, *id, &assessment, &new_flags)?;
        }
    }
    Ok(())
}

fn flags_json(a: &Assessment) -> Result<String> {
    let flags: Vec<Flag> = a.flags.iter().copied().collect();
    Ok(serde_json::to_string(&flags)?)
}

fn save(conn: &Connection, id: i64, a: &Assessment, flags: &str) -> Result<()> {
    conn.prepare_cached("UPDATE claim SET level = ?2, flags = ?3, thin = ?4 WHERE id = ?1")?
        .execute(params![id, a.level, flags, a.is_thin()])?;
    conn.prepare_cached("DELETE FROM claim_flag WHERE claim_id = ?1")?
        .execute([id])?;
    let mut insert =
        conn.prepare_cached("INSERT INTO claim_flag (claim_id, flag) VALUES (?1, ?2)")?;
    for flag in &a.flags {
        insert.execute(params![id, flag])?;
    }
    Ok(())
}

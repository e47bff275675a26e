//! Listing claims with filters (`claim list`, `export`): one query over the stored sourcing
//! results, ordered by article and position.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};

use super::{Result, Store, StoreError};
use crate::model::{ClaimFilter, ClaimRow, ClaimSource};
use crate::vocab::Flag;

const ROW_SQL: &str = "SELECT c.id, c.article_id, a.title, a.url, c.text, c.span_start,
        c.span_end, c.kind, c.confidence, c.verdict, c.level, c.flags,
        (SELECT json_group_array(json_object('name', name, 'kind', kind, 'cue', cue)) FROM
            (SELECT s.name, s.kind, t.cue FROM attribution t JOIN source s ON s.id = t.source_id
             WHERE t.claim_id = c.id ORDER BY t.id)),
        (SELECT count(*) FROM corroboration k WHERE k.claim_id = c.id),
        (SELECT count(*) FROM note n WHERE n.claim_id = c.id)
    FROM claim c JOIN article a ON a.id = c.article_id";

const ORDER_SQL: &str = " ORDER BY c.article_id, c.span_start IS NULL, c.span_start, c.id";

/// The ids of every source a filter's `source` names: an id, or all sources with that name or
/// alias in any scope.
fn source_ids(conn: &Connection, text: &str) -> Result<Vec<i64>> {
    let text = text.trim();
    let ids: Vec<i64> = if let Ok(id) = text.parse::<i64>() {
        let mut stmt = conn.prepare_cached("SELECT id FROM source WHERE id = ?1")?;
        let rows = stmt.query_map([id], |row| row.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    } else {
        let mut stmt = conn.prepare_cached(
            "SELECT id FROM source WHERE name = ?1 COLLATE NOCASE
             UNION SELECT source_id FROM source_alias WHERE alias = ?1 COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([text], |row| row.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    if ids.is_empty() {
        return Err(StoreError::not_found("source", text));
    }
    Ok(ids)
}

/// Checks an FTS5 query before it is used, so a syntax error gets a clear message.
fn check_search(conn: &Connection, query: &str) -> Result<()> {
    conn.query_row(
        "SELECT count(*) FROM claim_fts WHERE claim_fts MATCH ?1",
        [query],
        |row| row.get::<_, i64>(0),
    )
    .map_err(|e| StoreError::Invalid(format!("bad search query '{query}': {e}")))?;
    Ok(())
}

fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

/// Runs the claim listing.
pub(crate) fn claim_rows(conn: &Connection, filter: &ClaimFilter) -> Result<Vec<ClaimRow>> {
    let mut conds: Vec<String> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    if !filter.article_ids.is_empty() {
        conds.push(format!(
            "c.article_id IN ({})",
            placeholders(filter.article_ids.len())
        ));
        values.extend(filter.article_ids.iter().map(|id| Value::Integer(*id)));
    }
    if let Some(source) = &filter.source {
        let ids = source_ids(conn, source)?;
        conds.push(format!(
            "c.id IN (SELECT claim_id FROM attribution WHERE source_id IN ({}))",
            placeholders(ids.len())
        ));
        values.extend(ids.into_iter().map(Value::Integer));
    }
    let mut text_eq = |column: &str, value: Option<&str>| {
        if let Some(v) = value {
            conds.push(format!("c.{column} = ?"));
            values.push(Value::Text(v.to_string()));
        }
    };
    text_eq("kind", filter.kind.map(|v| v.as_str()));
    text_eq("level", filter.level.map(|v| v.as_str()));
    text_eq("confidence", filter.confidence.map(|v| v.as_str()));
    text_eq("verdict", filter.verdict.map(|v| v.as_str()));
    text_eq("origin", filter.origin.map(|v| v.as_str()));
    if filter.unsourced {
        conds.push("c.level = 'unsourced'".into());
    }
    if filter.thin {
        conds.push("c.thin = 1".into());
    }
    if let Some(flag) = filter.flag {
        conds.push("c.id IN (SELECT claim_id FROM claim_flag WHERE flag = ?)".into());
        values.push(Value::Text(flag.as_str().to_string()));
    }
    if let Some(query) = &filter.search {
        check_search(conn, query)?;
        conds.push("c.id IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH ?)".into());
        values.push(Value::Text(query.clone()));
    }
    let mut sql = ROW_SQL.to_string();
    if !conds.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&conds.join(" AND "));
    }
    sql.push_str(ORDER_SQL);
    let mut stmt = conn.prepare(&sql)?;
    let raw = stmt
        .query_map(params_from_iter(values), |row| {
            Ok((
                ClaimRow {
                    id: row.get(0)?,
                    article_id: row.get(1)?,
                    article_title: row.get(2)?,
                    article_url: row.get(3)?,
                    text: row.get(4)?,
                    start: super::offset(row, 5)?,
                    end: super::offset(row, 6)?,
                    kind: row.get(7)?,
                    confidence: row.get(8)?,
                    verdict: row.get(9)?,
                    level: row.get(10)?,
                    flags: Vec::new(),
                    sources: Vec::new(),
                    corroborations: row.get(13)?,
                    notes: row.get(14)?,
                },
                row.get::<_, String>(11)?,
                row.get::<_, String>(12)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut rows = Vec::with_capacity(raw.len());
    for (mut row, flags, sources) in raw {
        row.flags = serde_json::from_str::<Vec<Flag>>(&flags)?;
        row.sources = serde_json::from_str::<Vec<ClaimSource>>(&sources)?;
        rows.push(row);
    }
    Ok(rows)
}

impl Store {
    /// The claims the filter selects, ordered by article, then position (claims without a span
    /// last), then id.
    pub fn claims(&self, filter: &ClaimFilter) -> Result<Vec<ClaimRow>> {
        claim_rows(&self.conn, filter)
    }
}

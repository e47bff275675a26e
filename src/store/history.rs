//! Reading the audit log that the schema's triggers write.

use rusqlite::params_from_iter;
use rusqlite::types::Value;

use super::{Result, Store, StoreError};
use crate::model::{Event, HistoryFilter};

impl Store {
    /// Events matching the filter, oldest first (with a limit: the newest ones, oldest first).
    /// An article filter includes the events of its claims, attributions, corroborations,
    /// notes and own sources; a source filter includes its aliases, attributions and the
    /// corroborations it gives.
    pub fn history(&self, filter: &HistoryFilter) -> Result<Vec<Event>> {
        let mut conds: Vec<&str> = Vec::new();
        let mut values: Vec<Value> = Vec::new();
        if let Some(claim) = filter.claim {
            conds.push("claim_id = ?");
            values.push(Value::Integer(claim));
        }
        if let Some(article) = filter.article {
            conds.push(
                "(article_id = ? OR source_id IN (SELECT id FROM source WHERE article_id = ?))",
            );
            values.push(Value::Integer(article));
            values.push(Value::Integer(article));
        }
        if let Some(source) = filter.source {
            conds.push("source_id = ?");
            values.push(Value::Integer(source));
        }
        if let Some(since) = &filter.since {
            conds.push("at >= ?");
            values.push(Value::Text(normalise_since(since)?));
        }
        let mut sql = "SELECT id, at, actor, table_name, row_id, action, article_id, claim_id,
                source_id, before, after FROM event"
            .to_string();
        if !conds.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&conds.join(" AND "));
        }
        sql.push_str(" ORDER BY id DESC");
        if let Some(limit) = filter.limit {
            sql.push_str(&format!(" LIMIT {limit}"));
        }
        let mut stmt = self.conn.prepare(&sql)?;
        let mut events = stmt
            .query_map(params_from_iter(values), |row| {
                Ok(Event {
                    id: row.get(0)?,
                    at: row.get(1)?,
                    actor: row.get(2)?,
                    table: row.get(3)?,
                    row_id: row.get(4)?,
                    action: row.get(5)?,
                    article_id: row.get(6)?,
                    claim_id: row.get(7)?,
                    source_id: row.get(8)?,
                    before: row.get(9)?,
                    after: row.get(10)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        events.reverse();
        Ok(events)
    }
}

/// A `since` bound in the stored form: an RFC 3339 time converted to UTC, or a date
/// (`2026-11-25`, meaning its start).
fn normalise_since(since: &str) -> Result<String> {
    let since = since.trim();
    if let Ok(time) = chrono::DateTime::parse_from_rfc3339(since) {
        return Ok(time
            .with_timezone(&chrono::Utc)
            .format("%Y-%m-%dT%H:%M:%S%.3fZ")
            .to_string());
    }
    if let Ok(date) = chrono::NaiveDate::parse_from_str(since, "%Y-%m-%d") {
        return Ok(date.format("%Y-%m-%d").to_string());
    }
    Err(StoreError::Invalid(format!(
        "'{since}' is not a date (2026-11-25) or an RFC 3339 time (2026-11-25T18:30:00Z)"
    )))
}

#[cfg(test)]
mod tests {
    use super::normalise_since;

    #[test]
    fn since_accepts_dates_and_times_in_any_offset() {
        assert_eq!(normalise_since("2026-11-25").unwrap(), "2026-11-25");
        assert_eq!(
            normalise_since("2026-11-25T20:30:00+02:00").unwrap(),
            "2026-11-25T18:30:00.000Z"
        );
        assert!(normalise_since("yesterday").is_err());
    }
}

//! The data layer: opens the SQLite database, applies `schema.sql` and its migrations, and owns
//! every SQL statement of claimtrace. Each write method runs in one transaction that records the
//! actor for the audit triggers and saves the sourcing rules' verdict for every claim it touched.

mod articles;
mod assess;
mod claims;
mod corroboration;
mod dump;
mod error;
mod history;
mod migrate;
mod open;
mod query;
mod sources;
mod updates;

#[cfg(test)]
mod tests;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior};

pub use articles::sha256_hex;
pub use claims::locate;
pub use error::StoreError;
pub use migrate::{Migrations, SCHEMA};

/// The store's result type.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The actor recorded when none was set.
pub const DEFAULT_ACTOR: &str = "claimtrace";

/// An open claimtrace database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    actor: String,
}

/// A write in progress: the transaction, who and when, and the articles whose claims need their
/// sourcing recomputed before it commits.
pub(crate) struct Write<'a> {
    pub tx: Transaction<'a>,
    pub actor: String,
    pub now: String,
    pub dirty: BTreeSet<i64>,
    /// Article lengths in code points, read once per write: checking the spans of thousands of
    /// claims must not read the article's text again for each.
    pub article_chars: HashMap<i64, usize>,
}

impl Write<'_> {
    /// The length of an article's text in code points (SQLite's `length` of TEXT).
    pub fn article_chars(&mut self, article: i64) -> Result<usize> {
        if let Some(&len) = self.article_chars.get(&article) {
            return Ok(len);
        }
        let len: i64 = self
            .tx
            .query_row(
                "SELECT length(text) FROM article WHERE id = ?1",
                [article],
                |row| row.get(0),
            )
            .optional()?
            .ok_or_else(|| StoreError::not_found("article", article))?;
        let len = len.max(0) as usize;
        self.article_chars.insert(article, len);
        Ok(len)
    }
}

impl Store {
    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Who the following writes are recorded as.
    /// An empty name falls back to `DEFAULT_ACTOR`.
    pub fn set_actor(&mut self, actor: impl Into<String>) {
        let actor = actor.into();
        self.actor = if actor.trim().is_empty() {
            DEFAULT_ACTOR.to_string()
        } else {
            actor.trim().to_string()
        };
    }

    /// The current actor.
    pub fn actor(&self) -> &str {
        &self.actor
    }

    /// The underlying connection, for tests and read-only reports in this module tree.
    #[cfg(test)]
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `f` in one IMMEDIATE transaction: fills `write_context` first, recomputes the
    /// sourcing of the dirty articles, empties `write_context` and commits. Any error rolls
    /// everything back.
    pub(crate) fn write<T>(&mut self, f: impl FnOnce(&mut Write<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT OR REPLACE INTO write_context (id, actor) VALUES (1, ?1)",
            [&self.actor],
        )?;
        let mut w = Write {
            tx,
            actor: self.actor.clone(),
            now: now(),
            dirty: BTreeSet::new(),
            article_chars: HashMap::new(),
        };
        let out = f(&mut w)?;
        for article in std::mem::take(&mut w.dirty) {
            assess::recompute_article(&w.tx, article)?;
        }
        w.tx.execute("DELETE FROM write_context", [])?;
        w.tx.commit()?;
        Ok(out)
    }
}

/// The current UTC time as stored: RFC 3339 with milliseconds, like the schema's
/// `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`.
pub fn now() -> String {
    chrono::Utc::now()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

/// Reads a nullable offset column (stored as INTEGER >= 0, as the schema checks).
pub(crate) fn offset(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<Option<usize>> {
    Ok(row.get::<_, Option<i64>>(index)?.map(|v| v.max(0) as usize))
}

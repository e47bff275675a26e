//! Schema migrations keyed on `PRAGMA user_version`.
//!
//! `schema.sql` is always the whole *current* schema: a new database runs it and is stamped with
//! the latest version. A database made by an older claimtrace runs the numbered steps it lacks,
//! one transaction each. Version 1 is `schema.sql` as first released; when the schema changes,
//! add a step here (step N brings version N to N + 1), update `schema.sql` to match, and keep a
//! copy of the old `schema.sql` in the tests so the "migrated equals fresh" check can run.

use rusqlite::{Connection, TransactionBehavior};

use super::{Result, StoreError};

/// The current schema (version 1 as first released, updated with every migration step).
pub const SCHEMA: &str = include_str!("../../schema.sql");

/// The `application_id` that `schema.sql` stamps on every claimtrace database ('ClTr').
pub const APPLICATION_ID: i64 = 1_131_173_490;

/// A schema and the steps that bring older databases up to it.
#[derive(Debug, Clone, Copy)]
pub struct Migrations<'a> {
    /// The whole current schema, for a new database.
    pub schema: &'a str,
    /// `steps[i]` brings a database from version `i + 1` to `i + 2`.
    pub steps: &'a [&'a str],
}

/// claimtrace's migrations. Step files live in `src/store/steps/`, one per version.
pub const MIGRATIONS: Migrations<'static> = Migrations {
    schema: SCHEMA,
    steps: &[include_str!("steps/002_descriptions_in_their_article.sql")],
};

impl Migrations<'_> {
    /// The version a database has once migrated.
    pub fn latest(&self) -> i64 {
        self.steps.len() as i64 + 1
    }

    /// Creates the schema in an empty database, or applies the missing steps, each in one
    /// transaction. The version is read again inside each transaction, so two processes opening
    /// the same old database do not both migrate it. The caller has checked that the database
    /// is not newer than `latest`. A step may rebuild a table (SQLite's only way to change a
    /// constraint), so foreign keys are off while the steps run and are checked before each
    /// step commits.
    pub(crate) fn apply(&self, conn: &mut Connection) -> Result<()> {
        conn.pragma_update(None, "foreign_keys", "OFF")?;
        let applied = self.apply_steps(conn);
        conn.pragma_update(None, "foreign_keys", "ON")?;
        applied
    }

    fn apply_steps(&self, conn: &mut Connection) -> Result<()> {
        loop {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let current = user_version(&tx)?;
            if current >= self.latest() {
                return Ok(());
            }
            if current == 0 {
                tx.execute_batch(self.schema)?;
                tx.pragma_update(None, "user_version", self.latest())?;
            } else {
                tx.execute_batch(self.steps[current as usize - 1])?;
                let broken: i64 =
                    tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |row| {
                        row.get(0)
                    })?;
                if broken > 0 {
                    return Err(StoreError::Invalid(format!(
                        "migrating to schema version {} would break {broken} references; \
                         the database was left as it was",
                        current + 1
                    )));
                }
                tx.pragma_update(None, "user_version", current + 1)?;
            }
            tx.commit()?;
        }
    }
}

/// The schema version recorded in the database.
pub(crate) fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

/// The application id recorded in the database.
pub(crate) fn application_id(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "application_id", |row| row.get(0))?)
}

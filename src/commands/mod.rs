//! One file per subcommand. Each turns parsed arguments into validated values, calls the store,
//! and hands rows to `render`; none of them writes SQL or formats rows itself.

pub mod article;
pub mod attribute;
pub mod claim;
pub mod corroborate;
pub mod export;
pub mod extract;
pub mod history;
pub mod import;
pub mod ingest;
pub mod init;
pub mod input;
pub mod note;
pub mod report;
pub mod source;

use std::path::PathBuf;

use crate::cli::GlobalArgs;
use crate::render::RenderOptions;
use crate::store::Store;

/// The database file used when neither `--db` nor `CLAIMTRACE_DB` names one.
pub const DEFAULT_DB: &str = "claimtrace.db";

/// What every command needs: where the database is, who is acting, how to print.
#[derive(Debug, Clone)]
pub struct Context {
    pub db: PathBuf,
    pub actor: String,
    pub render: RenderOptions,
}

impl Context {
    /// Resolves the global flags: `--db` > `CLAIMTRACE_DB` > `./claimtrace.db`, and `--actor` >
    /// `CLAIMTRACE_ACTOR` > `$USER` (clap reads the environment variables).
    pub fn new(global: &GlobalArgs) -> Context {
        let db = global
            .db
            .clone()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or_else(|| PathBuf::from(DEFAULT_DB));
        let actor = global
            .actor
            .clone()
            .filter(|a| !a.trim().is_empty())
            .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
            .or_else(|| std::env::var("USERNAME").ok().filter(|u| !u.is_empty()))
            .unwrap_or_else(|| "unknown".to_string());
        Context {
            db,
            actor,
            render: RenderOptions::for_stdout(),
        }
    }

    /// Opens the database for a command that only reads: a missing file is an error, not a new
    /// database.
    pub fn open_existing(&self) -> anyhow::Result<Store> {
        self.open(false)
    }

    /// Opens the database for a command that writes, creating it if it is missing.
    pub fn open_or_create(&self) -> anyhow::Result<Store> {
        self.open(true)
    }

    /// Removes the database file and its WAL companions (after a failed first write that
    /// created it).
    pub fn discard_database(&self) {
        for suffix in ["", "-wal", "-shm"] {
            let mut path = self.db.clone().into_os_string();
            path.push(suffix);
            let _ = std::fs::remove_file(PathBuf::from(path));
        }
    }

    fn open(&self, create: bool) -> anyhow::Result<Store> {
        let mut store = Store::open(&self.db, create)?;
        store.set_actor(self.actor.clone());
        Ok(store)
    }
}

/// Adds a hint to a "no source NAME" error: sources used as evidence must exist first.
pub fn hint_unknown_source(err: crate::store::StoreError) -> anyhow::Error {
    match err {
        crate::store::StoreError::NotFound { what: "source", id } => anyhow::anyhow!(
            "no source '{id}' (add it first with `claimtrace source add`, or check `claimtrace source list`)"
        ),
        other => other.into(),
    }
}

//! The store's typed errors, each with a one-line message a fact-checker can act on.

use std::path::PathBuf;

use rusqlite::ErrorCode;

/// Everything that can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No row with that id or name.
    #[error("no {what} {id}")]
    NotFound { what: &'static str, id: String },
    /// A row that must be unique already exists.
    #[error("{0}")]
    Duplicate(String),
    /// The file does not exist and the command does not create it.
    #[error("no database at {}; run `claimtrace init` to create one", .0.display())]
    NoDatabase(PathBuf),
    /// The file is not an SQLite database.
    #[error("{} is not a SQLite database", .0.display())]
    NotADatabase(PathBuf),
    /// The file is an SQLite database but not one of claimtrace's.
    #[error("{} is a SQLite database but not a claimtrace one ({reason})", .path.display())]
    NotClaimtrace { path: PathBuf, reason: String },
    /// The database was written by a newer claimtrace.
    #[error("{} has schema version {found}, newer than this claimtrace knows ({supported}); upgrade claimtrace", .path.display())]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// Another process held the database past the busy timeout.
    #[error("the database is locked by another process (gave up after {0} seconds); try again")]
    Locked(u64),
    /// Input the store cannot accept.
    #[error("{0}")]
    Invalid(String),
    /// An error on one row of an import, with its line number.
    #[error("line {line}: {error}")]
    Line {
        line: usize,
        #[source]
        error: Box<StoreError>,
    },
    /// A JSON column that does not parse.
    #[error("bad JSON in the database: {0}")]
    Json(#[from] serde_json::Error),
    /// Any other SQLite error.
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

/// How long a connection waits for a lock before giving up.
pub const BUSY_TIMEOUT_SECS: u64 = 5;

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                StoreError::Locked(BUSY_TIMEOUT_SECS)
            }
            _ => StoreError::Sqlite(e),
        }
    }
}

impl StoreError {
    /// Wraps an error with the line of the import row it belongs to.
    pub fn at_line(self, line: usize) -> StoreError {
        match self {
            StoreError::Line { .. } => self,
            other => StoreError::Line {
                line,
                error: Box::new(other),
            },
        }
    }

    pub(crate) fn not_found(what: &'static str, id: impl ToString) -> StoreError {
        StoreError::NotFound {
            what,
            id: id.to_string(),
        }
    }
}

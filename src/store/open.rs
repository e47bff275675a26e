//! Opening a database: refuse what is not ours, set up the connection (WAL, foreign keys, busy
//! timeout) and bring the schema up to date.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::error::BUSY_TIMEOUT_SECS;
use super::migrate::{application_id, user_version, APPLICATION_ID, MIGRATIONS};
use super::{Migrations, Result, Store, StoreError, DEFAULT_ACTOR};

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

impl Store {
    /// Opens the claimtrace database at `path`, creating it (and its schema) when
    /// `create_if_missing`; otherwise a missing database is an error. Migrates an older schema;
    /// refuses a newer one, a file that is not SQLite and an SQLite database that is not
    /// claimtrace's.
    pub fn open(path: impl AsRef<Path>, create_if_missing: bool) -> Result<Store> {
        Store::open_with(path.as_ref(), create_if_missing, &MIGRATIONS)
    }

    /// `open` with the given migrations (tests use a synthetic later step).
    pub(crate) fn open_with(
        path: &Path,
        create_if_missing: bool,
        migrations: &Migrations<'_>,
    ) -> Result<Store> {
        let path = path.to_path_buf();
        let size = match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => {
                return Err(StoreError::Invalid(format!(
                    "{} is a directory, not a database file",
                    path.display()
                )))
            }
            Ok(meta) => Some(meta.len()),
            Err(_) => None,
        };
        match size {
            None | Some(0) if !create_if_missing => return Err(StoreError::NoDatabase(path)),
            Some(n) if n > 0 => check_header(&path)?,
            _ => {}
        }

        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if create_if_missing {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let mut conn = Connection::open_with_flags(&path, flags).map_err(|e| classify(e, &path))?;
        setup(&conn).map_err(|e| classify_store(e, &path))?;

        let version = user_version(&conn).map_err(|e| classify_store(e, &path))?;
        if version == 0 {
            let objects: i64 = conn
                .query_row(
                    "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'",
                    [],
                    |row| row.get(0),
                )
                .map_err(|e| classify(e, &path))?;
            if objects > 0 {
                return Err(StoreError::NotClaimtrace {
                    path,
                    reason: "it has tables but no claimtrace schema version".into(),
                });
            }
            if !create_if_missing {
                return Err(StoreError::NoDatabase(path));
            }
        } else {
            let app = application_id(&conn)?;
            if app != APPLICATION_ID {
                return Err(StoreError::NotClaimtrace {
                    path,
                    reason: format!("its application id is {app}"),
                });
            }
            if version > migrations.latest() {
                return Err(StoreError::TooNew {
                    path,
                    found: version,
                    supported: migrations.latest(),
                });
            }
        }
        if version < migrations.latest() {
            migrations.apply(&mut conn)?;
        }
        Ok(Store {
            conn,
            path,
            actor: DEFAULT_ACTOR.to_string(),
        })
    }
}

/// WAL journal, enforced foreign keys, and a busy timeout.
fn setup(conn: &Connection) -> Result<()> {
    conn.busy_timeout(Duration::from_secs(BUSY_TIMEOUT_SECS))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    let _mode: String =
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
    Ok(())
}

/// Refuses a non-empty file that does not start with SQLite's header.
fn check_header(path: &PathBuf) -> Result<()> {
    let mut header = [0u8; 16];
    let mut file = std::fs::File::open(path)
        .map_err(|e| StoreError::Invalid(format!("cannot read {}: {e}", path.display())))?;
    let read = file.read(&mut header).unwrap_or(0);
    if read < 16 || &header != SQLITE_HEADER {
        return Err(StoreError::NotADatabase(path.clone()));
    }
    Ok(())
}

fn classify(e: rusqlite::Error, path: &Path) -> StoreError {
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => StoreError::NotADatabase(path.to_path_buf()),
        Some(ErrorCode::CannotOpen) => {
            StoreError::Invalid(format!("cannot open {}: {e}", path.display()))
        }
        _ => e.into(),
    }
}

fn classify_store(e: StoreError, path: &Path) -> StoreError {
    match e {
        StoreError::Sqlite(inner) => classify(inner, path),
        other => other,
    }
}

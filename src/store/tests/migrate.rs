//! The migration runner and opening: a synthetic second step gives the same schema as a fresh
//! database with the step folded into schema.sql, and keeps the data; what is not ours, or is
//! newer, is refused.

use std::collections::BTreeMap;

use rusqlite::Connection;

use super::*;

const STEP_2: &str = "
    ALTER TABLE claim ADD COLUMN reviewed_by TEXT;
    CREATE INDEX claim_reviewed_by ON claim (reviewed_by);
    DROP VIEW thin_claims;
    CREATE VIEW thin_claims AS SELECT * FROM claim_sourcing WHERE thin = 1 AND kind <> 'background';
";

/// schema.sql as it would be edited by hand to include step 2.
fn folded_schema() -> String {
    let column = "    updated_by   TEXT NOT NULL DEFAULT 'sqlite',\n";
    let index = "CREATE INDEX claim_kind ON claim (kind);\n";
    let view = "CREATE VIEW thin_claims AS\nSELECT * FROM claim_sourcing WHERE thin = 1;\n";
    assert!(SCHEMA.contains(column) && SCHEMA.contains(index) && SCHEMA.contains(view));
    SCHEMA
        .replace(column, &format!("{column}    reviewed_by  TEXT,\n"))
        .replace(
            index,
            &format!("{index}CREATE INDEX claim_reviewed_by ON claim (reviewed_by);\n"),
        )
        .replace(
            view,
            "CREATE VIEW thin_claims AS\n\
             SELECT * FROM claim_sourcing WHERE thin = 1 AND kind <> 'background';\n",
        )
}

/// SQL without comments, with whitespace collapsed and none around punctuation, and without
/// the double quotes SQLite puts around a renamed table's name.
fn normalise_sql(sql: &str) -> String {
    let unquoted = sql.replace('"', "");
    let without_comments: Vec<&str> = unquoted
        .lines()
        .map(|line| line.split("--").next().unwrap_or(""))
        .collect();
    let collapsed = without_comments
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = collapsed;
    for p in ["(", ")", ",", "=", ";"] {
        out = out
            .replace(&format!(" {p}"), p)
            .replace(&format!("{p} "), p);
    }
    out
}

/// A table's definition as its header plus the sorted list of its top-level items (columns and
/// constraints), since ALTER TABLE ADD COLUMN appends after any table constraint.
fn normalise_table(sql: &str) -> String {
    let sql = normalise_sql(sql);
    let open = sql.find('(').unwrap();
    let close = sql.rfind(')').unwrap();
    let (head, body, tail) = (&sql[..open], &sql[open + 1..close], &sql[close + 1..]);
    let mut items = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in body.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                items.push(body[start..i].to_string());
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(body[start..].to_string());
    items.sort();
    format!("{head}({}){tail}", items.join(","))
}

/// Every schema object, normalised, plus each table's column order.
fn schema_of(conn: &Connection) -> BTreeMap<String, String> {
    let mut stmt = conn
        .prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL")
        .unwrap();
    let rows: Vec<(String, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = BTreeMap::new();
    for (kind, name, sql) in rows {
        if kind == "table" && !sql.starts_with("CREATE VIRTUAL") {
            let columns: Vec<String> = conn
                .prepare(&format!("SELECT name FROM pragma_table_xinfo('{name}')"))
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            out.insert(format!("{kind} {name} columns"), columns.join(","));
            out.insert(format!("{kind} {name}"), normalise_table(&sql));
        } else {
            out.insert(format!("{kind} {name}"), normalise_sql(&sql));
        }
    }
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    let app: i64 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    out.insert("user_version".into(), version.to_string());
    out.insert("application_id".into(), app.to_string());
    out
}

/// A database made with `schema` as version 1, holding one article and one claim with a named
/// and an anonymous source: the store, the article's id and the claim.
fn old_store_with_a_claim(path: &std::path::Path, schema: &str) -> (Store, i64, Claim) {
    let v1 = Migrations { schema, steps: &[] };
    let mut old = Store::open_with(path, true, &v1).unwrap();
    let a = article(&mut old, ARTICLE);
    let claim = old
        .add_claim(sourced(
            a,
            "3,000 Tajiks live in France",
            &[
                ("Laurent Nunez", SourceKind::Person, "said"),
                ("an intelligence source", SourceKind::Anonymous, "told"),
            ],
        ))
        .unwrap();
    (old, a, claim)
}

#[test]
fn a_migrated_database_equals_a_fresh_one_and_keeps_its_data() {
    let dir = TempDir::new().unwrap();
    let old_path = dir.path().join("old.db");
    let (old, _, claim) = old_store_with_a_claim(&old_path, SCHEMA);
    let before = old.dump(&[]).unwrap();
    let events = event_count(&old);
    let v1_schema = schema_of(old.conn());
    drop(old);

    let folded = folded_schema();
    let steps = [STEP_2];
    let v2 = Migrations {
        schema: &folded,
        steps: &steps,
    };
    let migrated = Store::open_with(&old_path, false, &v2).unwrap();
    let fresh = Store::open_with(&dir.path().join("fresh.db"), true, &v2).unwrap();

    let migrated_schema = schema_of(migrated.conn());
    assert_eq!(migrated_schema, schema_of(fresh.conn()));
    assert_ne!(migrated_schema, v1_schema, "the step changed nothing");
    assert_eq!(migrated_schema["user_version"], "2");

    assert_eq!(migrated.dump(&[]).unwrap(), before);
    assert_eq!(event_count(&migrated), events);
    let reviewed: Option<String> = migrated
        .conn()
        .query_row(
            "SELECT reviewed_by FROM claim WHERE id = ?1",
            [claim.id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(reviewed, None);
}

#[test]
fn the_comparison_notices_a_step_missing_from_schema_sql() {
    let dir = TempDir::new().unwrap();
    let steps = [STEP_2];
    let migrated = Migrations {
        schema: SCHEMA,
        steps: &steps,
    };
    let old_path = dir.path().join("old.db");
    drop(
        Store::open_with(
            &old_path,
            true,
            &Migrations {
                schema: SCHEMA,
                steps: &[],
            },
        )
        .unwrap(),
    );
    let upgraded = Store::open_with(&old_path, false, &migrated).unwrap();
    // schema.sql was not updated: a fresh database lacks the step's changes.
    let fresh = Store::open_with(&dir.path().join("fresh.db"), true, &migrated).unwrap();
    assert_ne!(schema_of(upgraded.conn()), schema_of(fresh.conn()));
}

/// schema.sql as version 1 was released, for the real step 2.
const SCHEMA_V1: &str = include_str!("schema_v1.sql");

#[test]
fn version_1_databases_migrate_to_the_current_schema_and_keep_their_data() {
    let dir = TempDir::new().unwrap();
    let old_path = dir.path().join("v1.db");
    let (mut old, a, claim) = old_store_with_a_claim(&old_path, SCHEMA_V1);
    let nunez = old.find_source("Laurent Nunez", None).unwrap().id;
    old.add_alias(nunez, "Nunez").unwrap();
    let before = old.dump(&[]).unwrap();
    let events = event_count(&old);
    drop(old);

    let mut migrated = Store::open(&old_path, false).unwrap();
    let fresh = Store::open(dir.path().join("fresh.db"), true).unwrap();
    let migrated_schema = schema_of(migrated.conn());
    assert_eq!(migrated_schema, schema_of(fresh.conn()));
    assert_eq!(
        migrated_schema["user_version"],
        crate::store::migrate::MIGRATIONS.latest().to_string()
    );
    assert_eq!(migrated.dump(&[]).unwrap(), before);
    assert_eq!(event_count(&migrated), events);
    // foreign keys are on again, and the views read the rebuilt table
    let fk: i64 = migrated
        .conn()
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 1);
    let load: i64 = migrated
        .conn()
        .query_row(
            "SELECT claims FROM source_load WHERE name = 'Laurent Nunez'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(load, 1);
    assert_eq!(migrated.claim(claim.id).unwrap().attributions.len(), 2);
    // what version 2 allows: a description of a named kind kept to its article
    let company = migrated
        .find_or_create_source("the company", SourceKind::Organization, Some(a))
        .unwrap();
    assert_eq!(company.article_id, Some(a));
}

#[test]
fn a_newer_database_is_refused() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("new.db");
    // one step more than claimtrace knows
    let steps = [STEP_2, STEP_2];
    let folded = folded_schema();
    drop(
        Store::open_with(
            &path,
            true,
            &Migrations {
                schema: &folded,
                steps: &steps,
            },
        )
        .unwrap(),
    );
    let err = Store::open(&path, false).err().unwrap();
    assert!(matches!(err, StoreError::TooNew { found: 3, .. }), "{err}");
    assert!(err.to_string().contains("newer than this claimtrace knows"));
}

#[test]
fn a_missing_database_is_not_created_by_a_read() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("missing.db");
    let err = Store::open(&path, false).err().unwrap();
    assert!(matches!(err, StoreError::NoDatabase(_)));
    assert!(err.to_string().contains("run `claimtrace init`"), "{err}");
    assert!(!path.exists());
    Store::open(&path, true).unwrap();
    Store::open(&path, false).unwrap();
}

#[test]
fn a_file_that_is_not_sqlite_is_refused() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "just some text, long enough to have a header\n").unwrap();
    for create in [false, true] {
        let err = Store::open(&path, create).err().unwrap();
        assert!(matches!(err, StoreError::NotADatabase(_)), "{err}");
        assert!(err.to_string().ends_with("is not a SQLite database"));
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "just some text, long enough to have a header\n"
    );
}

#[test]
fn a_foreign_sqlite_database_is_refused() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("other.db");
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE recipes (name TEXT);")
        .unwrap();
    drop(conn);
    let err = Store::open(&path, true).err().unwrap();
    assert!(matches!(err, StoreError::NotClaimtrace { .. }), "{err}");

    let path = dir.path().join("versioned.db");
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE t (x); PRAGMA user_version = 1;")
        .unwrap();
    drop(conn);
    let err = Store::open(&path, true).err().unwrap();
    assert!(matches!(err, StoreError::NotClaimtrace { .. }), "{err}");
}

#[test]
fn connections_use_wal_and_foreign_keys() {
    let (_dir, store) = temp_store();
    let mode: String = store
        .conn()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let fk: i64 = store
        .conn()
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 1);
}

#[test]
fn a_locked_database_gives_a_clear_error() {
    let (dir, mut store) = temp_store();
    store
        .conn()
        .busy_timeout(std::time::Duration::from_millis(100))
        .unwrap();
    let other = Connection::open(dir.path().join("test.db")).unwrap();
    other.execute_batch("BEGIN IMMEDIATE;").unwrap();
    let err = store
        .add_article(NewArticle {
            text: "text".into(),
            ..NewArticle::default()
        })
        .unwrap_err();
    assert!(matches!(err, StoreError::Locked(_)), "{err}");
    assert!(err.to_string().contains("locked"));
    other.execute_batch("ROLLBACK;").unwrap();
}

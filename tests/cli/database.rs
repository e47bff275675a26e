//! Where the database lives, and what happens when it is missing, locked or not a database.

use crate::testenv::TestEnv;

#[test]
fn init_creates_the_default_database_and_prints_where() {
    let env = TestEnv::new();
    let out = env.ok(&["init"]);
    assert!(env.db().exists());
    assert_eq!(
        out.trim(),
        std::fs::canonicalize(env.db())
            .unwrap()
            .display()
            .to_string()
    );
    // A second init leaves it alone.
    env.ok(&["init"]);
}

#[test]
fn db_flag_beats_the_environment_which_beats_the_default() {
    let env = TestEnv::new();
    env.ok(&["--db", "flag.db", "init"]);
    assert!(env.path("flag.db").exists());

    let mut cmd = env.command(&["init"]);
    cmd.env("CLAIMTRACE_DB", env.path("fromenv.db"));
    cmd.assert().success();
    assert!(env.path("fromenv.db").exists());

    let mut cmd = env.command(&["--db", "both.db", "init"]);
    cmd.env("CLAIMTRACE_DB", env.path("ignored.db"));
    cmd.assert().success();
    assert!(env.path("both.db").exists());
    assert!(!env.path("ignored.db").exists());
    assert!(!env.db().exists());
}

#[test]
fn a_write_creates_the_database_if_missing() {
    let env = TestEnv::new();
    env.write("a.txt", "Officials said the bridge will reopen in May.");
    env.ok(&["--db", "new.db", "article", "add", "a.txt"]);
    assert!(env.path("new.db").exists());
}

#[test]
fn read_only_commands_on_a_missing_database_say_so_and_create_nothing() {
    let env = TestEnv::new();
    for args in [
        &["claim", "list"][..],
        &["article", "list"],
        &["source", "list"],
        &["history"],
        &["export"],
        &["claim", "show", "1"],
    ] {
        let err = env.fails(args);
        assert!(
            err.contains("no database at claimtrace.db"),
            "{args:?}: {err}"
        );
        assert!(err.contains("claimtrace init"), "{err}");
    }
    assert!(!env.db().exists());
}

#[test]
fn a_file_that_is_not_a_database_is_refused() {
    let env = TestEnv::new();
    env.write("notes.db", "these are my notes, not a database\n");
    let err = env.fails(&["--db", "notes.db", "claim", "list"]);
    assert!(err.contains("not a SQLite database"), "{err}");
    let err = env.fails(&["--db", "notes.db", "init"]);
    assert!(err.contains("not a SQLite database"), "{err}");
    assert_eq!(env.read("notes.db"), "these are my notes, not a database\n");
}

#[test]
fn an_sqlite_database_of_another_program_is_refused() {
    let env = TestEnv::new();
    let conn = rusqlite::Connection::open(env.path("other.db")).unwrap();
    conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    drop(conn);
    let err = env.fails(&["--db", "other.db", "claim", "list"]);
    assert!(err.contains("not a claimtrace one"), "{err}");
}

#[test]
fn a_locked_database_fails_cleanly_after_the_timeout() {
    let env = TestEnv::with_seed();
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch("BEGIN EXCLUSIVE;").unwrap();
    let err = env.fails(&["claim", "add", "--article", "1", "Paris police"]);
    assert!(err.contains("locked"), "{err}");
    conn.execute_batch("ROLLBACK;").unwrap();
    drop(conn);
    // Nothing was half-written.
    let claims = env.json(&["claim", "list"]);
    assert_eq!(claims.as_array().unwrap().len(), 0);
}

#[test]
fn the_actor_comes_from_the_flag_the_environment_or_user() {
    let env = TestEnv::with_seed();
    env.ok(&[
        "--actor",
        "alice",
        "claim",
        "add",
        "--article",
        "1",
        "Paris police",
    ]);
    let mut cmd = env.command(&["claim", "add", "--article", "1", "late March"]);
    cmd.env_remove("CLAIMTRACE_ACTOR").env("USER", "bob");
    cmd.assert().success();
    let events = env.json(&["history", "--claim", "1"]);
    assert!(events
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["actor"] == "alice"));
    let events = env.json(&["history", "--claim", "2"]);
    assert!(events
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["actor"] == "bob"));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let env = TestEnv::with_seed();
    for i in 0..3 {
        env.add_claim(&format!("claim number {i}"), &[]);
    }
    let db = env.db();
    let bin = assert_cmd::cargo::cargo_bin("claimtrace");
    // The reader is gone before claimtrace writes: exit 0 and no message, in every format.
    for format in ["table", "csv", "json", "jsonl"] {
        let mut child = std::process::Command::new(&bin)
            .args([
                "--db",
                db.to_str().unwrap(),
                "claim",
                "list",
                "--format",
                format,
            ])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{format}");
        assert!(
            output.stderr.is_empty(),
            "{format}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

#[test]
fn a_database_from_a_newer_claimtrace_is_refused() {
    let env = TestEnv::with_seed();
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    let err = env.fails(&["claim", "list"]);
    assert!(err.contains("999") && err.contains("newer"), "{err}");
}

#[test]
fn a_directory_is_not_a_database() {
    let env = TestEnv::new();
    std::fs::create_dir(env.path("dir.db")).unwrap();
    let err = env.fails(&["--db", "dir.db", "init"]);
    assert!(err.contains("directory"), "{err}");
}

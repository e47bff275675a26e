//! `history`: the audit log, one event per changed row, with actor and before/after.

use crate::testenv::TestEnv;

#[test]
fn each_changed_row_leaves_one_event() {
    let env = TestEnv::new();
    env.write("a.txt", "Police said two men were held in Lyon.");
    env.ok(&["article", "add", "a.txt"]);
    assert_eq!(env.event_count(), 1);
    // One claim, one new source, one attribution: three rows, three events.
    env.ok(&[
        "claim",
        "add",
        "--article",
        "1",
        "two men were held in Lyon",
        "--source",
        "Police",
        "--source-kind",
        "official",
    ]);
    let events = env.json(&["history"]);
    let tables: Vec<&str> = events
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["table"].as_str().unwrap())
        .collect();
    assert_eq!(
        tables.iter().filter(|t| **t == "claim").count(),
        1,
        "{tables:?}"
    );
    assert_eq!(
        tables.iter().filter(|t| **t == "source").count(),
        1,
        "{tables:?}"
    );
    assert_eq!(
        tables.iter().filter(|t| **t == "attribution").count(),
        1,
        "{tables:?}"
    );

    env.ok(&[
        "--actor",
        "editor",
        "claim",
        "edit",
        "1",
        "--confidence",
        "low",
    ]);
    let events = env.json(&["history", "--claim", "1"]);
    let last = events.as_array().unwrap().last().unwrap();
    assert_eq!(last["action"], "update");
    assert_eq!(last["actor"], "editor");
    assert_eq!(last["before"]["confidence"], "unknown");
    assert_eq!(last["after"]["confidence"], "low");
}

#[test]
fn filters_by_claim_article_source_and_date() {
    let env = TestEnv::with_seed();
    env.add_claim(
        "Paris police",
        &["--source", "Temur Varki", "--source-kind", "person"],
    );
    env.add_claim("late March", &[]);
    let for_claim = env.json(&["history", "--claim", "2"]);
    assert!(for_claim
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["claim_id"] == 2));
    let for_source = env.json(&["history", "--source", "Temur Varki"]);
    assert!(!for_source.as_array().unwrap().is_empty());
    // The article, its claims and attributions; not the shared named source itself.
    let for_article = env.json(&["history", "--article", "1"]);
    let tables: Vec<&str> = for_article
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["table"].as_str().unwrap())
        .collect();
    assert_eq!(tables, ["article", "claim", "attribution", "claim"]);
    let future = env.json(&["history", "--since", "2999-01-01"]);
    assert!(future.as_array().unwrap().is_empty());
    let past = env.json(&["history", "--since", "2000-01-01T00:00:00Z"]);
    assert_eq!(past.as_array().unwrap().len(), env.event_count());

    let table = env.ok(&["history", "--claim", "2"]);
    assert!(table.contains("insert"), "{table}");
    let csv = env.ok(&["history", "--format", "csv"]);
    assert!(csv.starts_with("id,at,actor,table,row_id,action"), "{csv}");

    let err = env.fails(&["history", "--since", "last week"]);
    assert!(err.contains("invalid date"), "{err}");
    let err = env.fails(&["history", "--claim", "77"]);
    assert!(err.contains("no claim 77"), "{err}");
    let err = env.fails(&["history", "--source", "Nobody"]);
    assert!(err.contains("Nobody"), "{err}");
    env.usage_error(&["history", "--claim", "1", "--article", "1"]);
}

#[test]
fn writes_through_a_plain_sqlite_connection_are_audited_too() {
    let env = TestEnv::with_seed();
    env.add_claim("Paris police", &[]);
    let before = env.event_count();
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute("UPDATE claim SET confidence = 'high' WHERE id = 1", [])
        .unwrap();
    drop(conn);
    let events = env.json(&["history", "--claim", "1"]);
    assert_eq!(env.event_count(), before + 1);
    let last = events.as_array().unwrap().last().unwrap();
    assert_eq!(last["after"]["confidence"], "high");
    assert!(!last["actor"].as_str().unwrap().is_empty());
}

//! `import`: the JSON round trip and the spreadsheet round trip (CSV edit and import).

use crate::testenv::TestEnv;

/// The seed article with claims of every sourcing shape, a corroboration, a note and an alias.
fn desk() -> TestEnv {
    let env = TestEnv::with_seed();
    env.add_claim(
        "received a disturbing call from Paris police in late March",
        &[],
    );
    env.add_claim(
        "French intelligence has few assets in Central Asia",
        &[
            "--source",
            "an intelligence source",
            "--source-kind",
            "anonymous",
            "--cue",
            "told",
        ],
    );
    env.add_claim(
        "there are about 30 Tajik families living in the country",
        &[
            "--kind",
            "statistic",
            "--source",
            "French Tajik Association",
            "--source-kind",
            "organization",
            "--cue",
            "according to",
        ],
    );
    env.add_claim(
        "Islamic terrorism is still our main concern",
        &[
            "--kind",
            "quote",
            "--source",
            "Laurent Nunez",
            "--source-kind",
            "person",
            "--cue",
            "said",
        ],
    );
    env.add_claim("=SUM(A1:A9) is not in the article", &[]);
    env.ok(&["source", "alias", "Laurent Nunez", "Nunez"]);
    env.ok(&[
        "corroborate",
        "3",
        "--url",
        "https://example.org/census",
        "--note",
        "31 families",
    ]);
    env.ok(&["note", "2", "which agency?"]);
    env.ok(&[
        "claim",
        "edit",
        "4",
        "--verdict",
        "true",
        "--confidence",
        "high",
    ]);
    env
}

#[test]
fn json_export_imported_into_an_empty_database_exports_the_same_bytes() {
    let env = desk();
    env.ok(&["export", "--format", "json", "-o", "backup.json"]);
    let first = env.read("backup.json");
    let dump: serde_json::Value = serde_json::from_str(&first).unwrap();
    assert_eq!(dump["articles"][0]["text"], crate::testenv::SEED);
    assert_eq!(dump["claims"].as_array().unwrap().len(), 5);

    env.ok(&["--db", "copy.db", "import", "backup.json"]);
    let second = env.ok(&["--db", "copy.db", "export", "--format", "json"]);
    assert_eq!(first, second);
    // The listings agree too.
    assert_eq!(
        env.ok(&["claim", "list", "--format", "csv"]),
        env.ok(&["--db", "copy.db", "claim", "list", "--format", "csv"])
    );

    // Importing again clashes, and changes nothing.
    let before = env.ok(&["--db", "copy.db", "history", "--format", "csv"]);
    let err = env.fails(&["--db", "copy.db", "import", "backup.json"]);
    assert!(err.contains("empty database"), "{err}");
    assert_eq!(
        before,
        env.ok(&["--db", "copy.db", "history", "--format", "csv"])
    );
}

#[test]
fn an_unchanged_csv_import_changes_nothing() {
    let env = desk();
    env.ok(&["export", "-o", "claims.csv"]);
    let before = env.event_count();
    let run = env.run(&["import", "claims.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("0 claims updated, 0 added, 5 unchanged"),
        "{}",
        run.stderr
    );
    assert_eq!(env.event_count(), before);
    // Per-attribution exports read back the same way.
    env.ok(&["export", "--per-attribution", "-o", "pairs.csv"]);
    env.ok(&["import", "pairs.csv"]);
    assert_eq!(env.event_count(), before);
}

#[test]
fn changing_one_cell_changes_exactly_that_claim() {
    let env = desk();
    let csv = env.ok(&["export"]);
    let edited = edit_cell(&csv, "2", "confidence", "low");
    env.write("edited.csv", edited);
    let before = env.json(&["history"]).as_array().unwrap().len();
    let claims_before = env.json(&["claim", "list"]);

    let run = env.run(&["--actor", "desk-editor", "import", "edited.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("1 claims updated, 0 added, 4 unchanged"),
        "{}",
        run.stderr
    );

    let events = env.json(&["history"]);
    let new: Vec<&serde_json::Value> = events.as_array().unwrap()[before..].iter().collect();
    assert_eq!(new.len(), 1, "{new:?}");
    assert_eq!(new[0]["table"], "claim");
    assert_eq!(new[0]["row_id"], 2);
    assert_eq!(new[0]["actor"], "desk-editor");
    assert_eq!(new[0]["before"]["confidence"], "unknown");
    assert_eq!(new[0]["after"]["confidence"], "low");

    let claims_after = env.json(&["claim", "list"]);
    for (a, b) in claims_before
        .as_array()
        .unwrap()
        .iter()
        .zip(claims_after.as_array().unwrap())
    {
        if a["id"] == 2 {
            assert_eq!(b["confidence"], "low");
        } else {
            assert_eq!(a, b);
        }
    }
}

#[test]
fn changing_a_source_cell_reattributes_the_claim() {
    let env = desk();
    let csv = env.ok(&["export"]);
    let edited = edit_cell(
        &csv,
        "2",
        "sources",
        "an intelligence source (anonymous, told); Laurent Nunez (person, said)",
    );
    env.write("edited.csv", edited);
    env.ok(&["import", "edited.csv"]);
    let claim = &env.json(&["claim", "show", "2"])["claim"];
    assert_eq!(claim["level"], "single-source");
    let sources = env.json(&["source", "list"]);
    assert_eq!(
        sources
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["name"] == "Laurent Nunez")
            .count(),
        1
    );
}

#[test]
fn a_row_without_an_id_adds_a_claim() {
    let env = desk();
    let mut csv = env.ok(&["export"]);
    csv.push_str(",1,,,Tajikistan's foreign ministry did not respond to requests for comment,,,no_comment,unknown,,,,,,\n");
    env.write("added.csv", csv);
    let run = env.run(&["import", "added.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("0 claims updated, 1 added"),
        "{}",
        run.stderr
    );
    let claims = env.json(&["claim", "list", "--kind", "no_comment"]);
    assert_eq!(claims[0]["level"], serde_json::Value::Null);
    assert!(
        claims[0]["start"].is_u64(),
        "the span is found: {}",
        claims[0]
    );
}

#[test]
fn a_spreadsheet_saved_with_a_bom_and_crlf_imports() {
    let env = desk();
    let csv = edit_cell(&env.ok(&["export"]), "2", "verdict", "false");
    let saved = format!("\u{feff}{}", csv.replace('\n', "\r\n"));
    env.write("excel.csv", saved);
    let run = env.run(&["import", "excel.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("1 claims updated"), "{}", run.stderr);
    assert_eq!(
        env.json(&["claim", "show", "2"])["claim"]["verdict"],
        "false"
    );
}

#[test]
fn formula_protection_is_undone_on_import() {
    let env = desk();
    let csv = env.ok(&["export"]);
    assert!(csv.contains("'=SUM(A1:A9)"), "{csv}");
    let edited = edit_cell(&csv, "5", "confidence", "medium");
    env.write("edited.csv", edited);
    env.ok(&["import", "edited.csv"]);
    let claim = &env.json(&["claim", "show", "5"])["claim"];
    assert_eq!(claim["text"], "=SUM(A1:A9) is not in the article");
    assert_eq!(claim["confidence"], "medium");
}

#[test]
fn a_malformed_row_names_its_line_and_nothing_is_imported() {
    let env = desk();
    let csv = env.ok(&["export"]);
    let csv = edit_cell(&csv, "1", "confidence", "high");
    let csv = edit_cell(&csv, "4", "kind", "rumour");
    env.write("bad.csv", csv);
    let before = env.event_count();
    let err = env.fails(&["import", "bad.csv"]);
    assert!(
        err.contains("bad.csv: line 3: unknown claim kind 'rumour'"),
        "{err}"
    );
    assert_eq!(env.event_count(), before);
    assert_eq!(
        env.json(&["claim", "show", "1"])["claim"]["confidence"],
        "unknown"
    );

    // A row the store refuses (an unknown claim id) also rolls back the rows before it.
    let csv = env.ok(&["export"]);
    let csv = edit_cell(&csv, "1", "confidence", "high");
    let csv = csv.replacen("\n5,", "\n99,", 1);
    env.write("bad.csv", csv);
    let err = env.fails(&["import", "bad.csv"]);
    assert!(err.contains("line 6") && err.contains("99"), "{err}");
    assert_eq!(env.event_count(), before);

    env.write("short.csv", "id,article_id,text\n1,1\n");
    let err = env.fails(&["import", "short.csv"]);
    assert!(err.contains("short.csv: line 2"), "{err}");
}

#[test]
fn import_refuses_bad_files() {
    let env = desk();
    let err = env.fails(&["import", "missing.csv"]);
    assert!(err.contains("cannot read missing.csv"), "{err}");
    env.write("claims.txt", "id\n");
    let err = env.fails(&["import", "claims.txt"]);
    assert!(err.contains("--format"), "{err}");
    env.write("latin1.csv", b"id,text\n1,caf\xe9\n".as_slice());
    let err = env.fails(&["import", "latin1.csv"]);
    assert!(
        err.contains("not UTF-8") && err.contains("byte offset 13"),
        "{err}"
    );
    env.write("broken.json", "{\"articles\": [");
    let err = env.fails(&["--db", "other.db", "import", "broken.json"]);
    assert!(err.contains("not a claimtrace JSON export"), "{err}");
    env.write("noid.csv", "text,kind\nx,event\n");
    let err = env.fails(&["import", "noid.csv"]);
    assert!(err.contains("no `id` column"), "{err}");
    env.write("empty.csv", "");
    let err = env.fails(&["import", "empty.csv"]);
    assert!(err.contains("empty"), "{err}");
    // --format overrides the extension.
    env.ok(&["export", "-o", "claims.txt"]);
    env.ok(&["import", "claims.txt", "--format", "csv"]);
}

#[test]
fn a_json_import_that_fails_leaves_no_database_behind() {
    let env = desk();
    let json = env.ok(&["export", "--format", "json"]);
    let mut dump: serde_json::Value = serde_json::from_str(&json).unwrap();
    dump["claims"][0]["article_id"] = 99.into();
    env.write("broken.json", serde_json::to_string_pretty(&dump).unwrap());
    let err = env.fails(&["--db", "copy.db", "import", "broken.json"]);
    assert!(err.contains("cannot import broken.json"), "{err}");
    assert!(!env.path("copy.db").exists());
    assert!(!env.path("copy.db-wal").exists());
}

/// The CSV with one cell changed: the row whose id is `id`, the column named `column`.
fn edit_cell(csv: &str, id: &str, column: &str, value: &str) -> String {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let at = headers.iter().position(|h| h == column).unwrap();
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&headers).unwrap();
    for record in reader.records() {
        let record = record.unwrap();
        let mut cells: Vec<String> = record.iter().map(str::to_string).collect();
        if cells[0] == id {
            cells[at] = value.to_string();
        }
        writer.write_record(&cells).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

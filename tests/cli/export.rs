//! `export`: CSV for spreadsheets (safe against formula injection), JSON Lines, files.

use crate::testenv::TestEnv;

/// The seed article with four claims: unsourced, anonymous, named with two sources, a quote.
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
            "--source",
            "Temur Varki",
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
            "--confidence",
            "high",
        ],
    );
    env
}

#[test]
fn csv_has_the_documented_columns() {
    let env = desk();
    let csv = env.ok(&["export"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "id,article_id,article_title,article_url,text,start,end,kind,confidence,verdict,level,flags,sources,corroborations,notes"
    );
    assert_eq!(lines.count(), 4);
    assert!(csv.contains("\"French Tajik Association (organization, according to); Temur Varki (organization, according to)\""), "{csv}");
    assert!(
        csv.contains(",corroborated,NOT_INDEPENDENT;") || csv.contains(",corroborated,"),
        "{csv}"
    );
    insta::assert_snapshot!("export_csv", csv);
}

#[test]
fn claim_table_snapshot() {
    let env = desk();
    insta::assert_snapshot!("claim_list_table", env.ok(&["claim", "list"]));
}

#[test]
fn csv_per_attribution_gives_one_row_per_source() {
    let env = desk();
    let csv = env.ok(&["export", "--per-attribution"]);
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 5, "{csv}");
    assert_eq!(rows.iter().filter(|r| r.starts_with("3,")).count(), 2);
    assert!(
        rows.iter()
            .any(|r| r.starts_with("3,")
                && r.contains("\"Temur Varki (organization, according to)\""))
    );
}

#[test]
fn filters_by_article_and_sourcing() {
    let env = desk();
    let csv = env.ok(&["export", "--unsourced"]);
    assert_eq!(csv.lines().count(), 2, "{csv}");
    let csv = env.ok(&["export", "--thin"]);
    assert_eq!(csv.lines().count(), 3, "{csv}");
    let csv = env.ok(&["export", "--article", "1"]);
    assert_eq!(csv.lines().count(), 5, "{csv}");
    let err = env.fails(&["export", "--article", "2"]);
    assert!(err.contains("no article 2"), "{err}");
}

#[test]
fn jsonl_is_one_claim_per_line() {
    let env = desk();
    let out = env.ok(&["export", "--format", "jsonl"]);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["level"], "unsourced");
    assert!(lines[2]["sources"].is_array());
}

#[test]
fn cells_that_look_like_formulas_are_protected_unless_raw() {
    let env = TestEnv::with_seed();
    env.add_claim(
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        &["--source", "@leaks", "--cue", "posted"],
    );
    env.add_claim("-40% in a year", &[]);
    env.add_claim("+1 555 0100 is the hotline", &[]);
    env.add_claim("\tindented", &[]);
    let csv = env.ok(&["export"]);
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""),
        "{csv}"
    );
    assert!(csv.contains(",\"'@leaks (unknown, posted)\","), "{csv}");
    assert!(csv.contains(",'-40% in a year,"), "{csv}");
    assert!(csv.contains(",'+1 555 0100 is the hotline,"), "{csv}");
    assert!(csv.contains(",'\tindented,"), "{csv}");
    // No cell starts with a formula character.
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?}"
            );
        }
    }
    let raw = env.ok(&["export", "--raw"]);
    assert!(raw.contains("\"=HYPERLINK("), "{raw}");
    assert!(raw.contains(",\"@leaks (unknown, posted)\","), "{raw}");
    assert!(raw.contains(",-40% in a year,"), "{raw}");
    // Listings in CSV are protected the same way.
    let listing = env.ok(&["claim", "list", "--format", "csv"]);
    assert!(listing.contains(",'-40% in a year,"), "{listing}");
}

#[test]
fn output_to_a_file() {
    let env = desk();
    let run = env.run(&["export", "-o", "claims.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("wrote claims.csv"), "{}", run.stderr);
    assert_eq!(env.read("claims.csv"), env.ok(&["export"]));
    let err = env.fails(&["export", "-o", "no/such/dir/claims.csv"]);
    assert!(err.contains("cannot write no/such/dir/claims.csv"), "{err}");
    // Nothing is left behind next to a file that could not be written.
    let leftovers: Vec<_> = std::fs::read_dir(env.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

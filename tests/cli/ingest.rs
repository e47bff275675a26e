//! `ingest` (extract and store in one step) and `report` (where the sourcing is thin).

use crate::testenv::{TestEnv, SEED};

const WIRE_STORY: &str = "PARIS (Reuters) - The French finance minister resigned on Monday, \
two government officials said.\n\nThe ministry did not respond to requests for comment.\n";

#[test]
fn ingest_stores_the_article_its_metadata_and_automatic_claims() {
    let env = TestEnv::new();
    env.write("story.txt", WIRE_STORY);
    let run = env.run(&["ingest", "story.txt", "--title", "Minister resigns"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("ingested story.txt as article 1"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout.contains("Where the sourcing is thin"),
        "{}",
        run.stdout
    );

    let article = env.json(&["article", "show", "1"]);
    assert_eq!(article["title"], "Minister resigns");
    assert_eq!(article["dateline"], "PARIS");
    assert_eq!(article["relayed_from"], "Reuters");

    let claims = env.json(&["claim", "list"]);
    let claims = claims.as_array().unwrap();
    assert!(!claims.is_empty());
    for claim in claims {
        let (start, end) = (
            claim["start"].as_u64().unwrap(),
            claim["end"].as_u64().unwrap(),
        );
        assert!(start < end && end as usize <= WIRE_STORY.chars().count());
        // The dateline is never part of a claim.
        assert!(!claim["text"].as_str().unwrap().contains("PARIS (Reuters)"));
    }
    let origins = env.json(&["claim", "list", "--origin", "auto"]);
    assert_eq!(origins.as_array().unwrap().len(), claims.len());
}

#[test]
fn ingesting_the_same_text_again_changes_nothing() {
    let env = TestEnv::new();
    env.write("seed.txt", SEED);
    env.ok(&["ingest", "seed.txt"]);
    let events = env.event_count();
    let claims = env.json(&["claim", "list"]);
    let run = env.run(&["ingest", "seed.txt"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stderr.contains("already stored as article 1"),
        "{}",
        run.stderr
    );
    assert_eq!(env.event_count(), events);
    assert_eq!(env.json(&["claim", "list"]), claims);
}

#[test]
fn several_files_in_a_machine_format_give_one_listing() {
    let env = TestEnv::new();
    env.write("seed.txt", SEED);
    env.write("story.txt", WIRE_STORY);
    let rows = env.json(&["ingest", "seed.txt", "story.txt"]);
    let rows = rows.as_array().unwrap();
    let articles: std::collections::BTreeSet<i64> = rows
        .iter()
        .map(|r| r["article_id"].as_i64().unwrap())
        .collect();
    assert_eq!(articles.into_iter().collect::<Vec<_>>(), vec![1, 2]);
    assert!(rows
        .iter()
        .all(|r| r["level"].is_string() || r["level"].is_null()));
}

#[test]
fn a_bad_file_anywhere_means_nothing_is_ingested() {
    let env = TestEnv::new();
    env.write("story.txt", WIRE_STORY);
    env.write("latin1.txt", b"Caf\xe9 owners said prices rose.");
    let err = env.fails(&["ingest", "story.txt", "latin1.txt"]);
    assert!(err.contains("latin1.txt is not UTF-8"), "{err}");
    assert!(err.contains("byte offset 3"), "{err}");
    assert!(
        !env.db().exists(),
        "no database should be created for rejected input"
    );

    let err = env.fails(&["ingest", "story.txt", "missing.txt"]);
    assert!(err.contains("missing.txt"), "{err}");
    env.write("blank.txt", "  \n\n ");
    let err = env.fails(&["ingest", "blank.txt"]);
    assert!(err.contains("empty"), "{err}");
    assert!(!env.db().exists());
}

#[test]
fn ingest_needs_a_file_and_a_valid_date() {
    let env = TestEnv::new();
    env.usage_error(&["ingest"]);
    env.write("story.txt", WIRE_STORY);
    let err = env.fails(&["ingest", "story.txt", "--published", "yesterday"]);
    assert!(err.contains("invalid date 'yesterday'"), "{err}");
}

#[test]
fn report_summarises_levels_and_agrees_with_the_claim_list() {
    let env = TestEnv::new();
    env.write("seed.txt", SEED);
    env.ok(&["ingest", "seed.txt"]);
    let summary = env.json(&["report", "--article", "1"]);
    let claims = env.json(&["claim", "list"]);
    let claims = claims.as_array().unwrap();
    let records = claims
        .iter()
        .filter(|c| c["kind"] == "no_comment" || c["kind"] == "source_description")
        .count();
    assert_eq!(
        summary["claims"].as_u64().unwrap() as usize,
        claims.len() - records
    );
    assert_eq!(summary["records"].as_u64().unwrap() as usize, records);
    let thin = env.json(&["claim", "list", "--thin"]);
    assert_eq!(
        summary["thin"].as_u64().unwrap() as usize,
        thin.as_array().unwrap().len()
    );
    let by_level: u64 = summary["levels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["claims"].as_u64().unwrap())
        .sum();
    assert_eq!(by_level, summary["claims"].as_u64().unwrap());

    let table = env.ok(&["report"]);
    assert!(table.contains("Where the sourcing is thin"), "{table}");
}

#[test]
fn report_refuses_unknown_articles_csv_and_a_missing_database() {
    let env = TestEnv::new();
    let err = env.fails(&["report"]);
    assert!(err.contains("claimtrace init"), "{err}");
    env.write("story.txt", WIRE_STORY);
    env.ok(&["ingest", "story.txt"]);
    let err = env.fails(&["report", "--article", "7"]);
    assert!(err.contains("no article 7"), "{err}");
    let err = env.fails(&["report", "--format", "csv"]);
    assert!(err.contains("summary"), "{err}");
}

/// The extractor and the store both apply `sourcing::assess`, from the extraction's view and from
/// the stored rows: after ingest, every claim must keep the span, level and flags `extract`
/// printed.
#[test]
fn ingest_keeps_the_levels_and_flags_that_extract_computed() {
    let env = TestEnv::new();
    env.write("seed.txt", SEED);
    env.write("story.txt", WIRE_STORY);
    env.write("scoop.txt", HEADLINED_SCOOP);
    for file in ["seed.txt", "story.txt", "scoop.txt"] {
        let extracted = env.ok(&["extract", file, "--format", "json"]);
        let extracted: serde_json::Value = serde_json::from_str(&extracted).unwrap();
        let stored = env.json(&["ingest", file]);
        let extracted = extracted["claims"].as_array().unwrap();
        let stored = stored.as_array().unwrap();
        assert_eq!(extracted.len(), stored.len(), "{file}");
        for (e, s) in extracted.iter().zip(stored) {
            assert_eq!((&e["start"], &e["end"]), (&s["start"], &s["end"]), "{file}");
            assert_eq!(e["kind"], s["kind"], "{file}: {}", e["text"]);
            assert_eq!(e["level"], s["level"], "{file}: {}", e["text"]);
            assert_eq!(e["flags"], s["flags"], "{file}: {}", e["text"]);
        }
    }
    // the lede is the body's first claim, not the headline above it
    let stored = env.json(&["claim", "list"]);
    let lede = stored
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"].as_str().unwrap().starts_with("Meridian Health"))
        .expect("the scoop's lede");
    let flags = lede["flags"].as_array().unwrap();
    assert!(flags.iter().any(|f| f == "ANONYMOUS_LEDE"), "{flags:?}");
}

/// A headline over a lede that rests on anonymous sources only.
const HEADLINED_SCOOP: &str =
    "Meridian weighs sale of hospital unit\n\nMeridian Health Partners is \
weighing a sale of its rural hospital unit, people familiar with the matter said.\n";

#[test]
fn named_sources_are_shared_across_ingested_articles() {
    let env = TestEnv::new();
    let first = "Finance Minister Ana Torres said on Monday that inflation had peaked.\n";
    let second = "Ana Torres said the budget would be balanced by 2027, an official said.\n";
    env.write("one.txt", first);
    env.write("two.txt", second);
    env.ok(&["ingest", "one.txt", "two.txt"]);
    let sources = env.json(&["source", "list"]);
    let torres: Vec<_> = sources
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["name"] == "Ana Torres")
        .collect();
    assert_eq!(torres.len(), 1, "{sources}");
    assert_eq!(torres[0]["articles"], 2, "{sources}");
}

#[test]
fn a_binary_file_is_refused_even_when_it_decodes() {
    let env = TestEnv::new();
    env.write("blob.txt", b"PK\x03\x04\x00\x00said the officials");
    let err = env.fails(&["ingest", "blob.txt"]);
    assert!(err.contains("blob.txt looks like a binary file"), "{err}");
    assert!(err.contains("byte offset 4"), "{err}");
    let err = env.fails(&["article", "add", "blob.txt"]);
    assert!(err.contains("binary"), "{err}");
    let err = env.fails(&["extract", "blob.txt"]);
    assert!(err.contains("binary"), "{err}");
    assert!(!env.db().exists());
}

/// A kill at any moment leaves either no article or the whole article with all its claims,
/// never a half-written one, and an intact database.
#[test]
fn a_killed_ingest_leaves_all_or_nothing() {
    let env = TestEnv::new();
    // A long article (about 2 MB) so that the write is still under way when the kill comes.
    let paragraph = "The council approved the budget on Tuesday, officials said. \
                     \"We will not raise taxes,\" Mayor Ana Ruiz told reporters. \
                     About 300 people attended the meeting, according to the police.\n\n";
    let mut article = String::new();
    let mut n = 0;
    while article.len() < 2_000_000 {
        n += 1;
        article.push_str(&format!("Item {n}. {paragraph}"));
    }
    env.write("long.txt", &article);
    env.ok(&["init"]);
    for delay_ms in [50, 300, 900] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("claimtrace"))
            .current_dir(env.dir())
            .args(["ingest", "long.txt", "--format", "csv"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start claimtrace");
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();

        let conn = rusqlite::Connection::open(env.db()).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
        let articles: i64 = conn
            .query_row("SELECT count(*) FROM article", [], |r| r.get(0))
            .unwrap();
        let claims: i64 = conn
            .query_row("SELECT count(*) FROM claim", [], |r| r.get(0))
            .unwrap();
        let pending: i64 = conn
            .query_row("SELECT count(*) FROM write_context", [], |r| r.get(0))
            .unwrap();
        assert_eq!(pending, 0, "an actor row left behind");
        match articles {
            0 => assert_eq!(claims, 0, "claims without their article"),
            1 => assert!(claims > 1000, "only {claims} claims of a finished ingest"),
            _ => panic!("{articles} articles from one file"),
        }
        if articles == 1 {
            break;
        }
    }
}

/// The README's `ingest` example is what `ingest` prints (it elides the middle of the table).
#[test]
fn the_readme_shows_what_ingest_prints() {
    let env = TestEnv::new();
    std::fs::create_dir(env.path("examples")).unwrap();
    env.write("examples/000_d1e90925469a9c05.txt", SEED);
    let run = env.run(&["ingest", "examples/000_d1e90925469a9c05.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let printed = format!("{}{}", run.stderr, run.stdout);
    let readme = include_str!("../../README.md");
    let block = readme
        .split("$ claimtrace ingest examples/000_d1e90925469a9c05.txt\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the README shows an ingest of the example");
    for line in block.lines().filter(|l| *l != "…") {
        assert!(
            printed.lines().any(|p| p == line),
            "README line not printed by ingest:\n{line}\n--- printed:\n{printed}"
        );
    }
}

#[test]
fn a_claim_of_two_speakers_is_stored_with_two_attributions() {
    let env = TestEnv::new();
    env.write(
        "two.txt",
        "Sen. Ann Lee and Gov. Bo Diaz said the bridge would reopen in May.\n",
    );
    env.ok(&["ingest", "two.txt"]);
    let claims = env.json(&["claim", "list"]);
    let claim = claims
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"].as_str().unwrap().contains("bridge"))
        .expect("the bridge claim")
        .clone();
    let id = claim["id"].to_string();
    let shown = env.json(&["claim", "show", &id]);
    let attributions = shown["attributions"].as_array().unwrap();
    let names: Vec<&str> = attributions
        .iter()
        .map(|a| a["source_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ann Lee", "Bo Diaz"]);
    assert_eq!(attributions[1]["mention"], "Gov. Bo Diaz");
    assert_eq!(shown["claim"]["level"], "corroborated");
}

#[test]
fn a_description_is_a_source_of_its_own_article_only() {
    let env = TestEnv::new();
    env.write(
        "a.txt",
        "Novex will close two plants, the company said on Monday. Reuters reported the plan.\n",
    );
    env.write(
        "b.txt",
        "Prices will rise in May, the company said. Reuters reported the rise first.\n",
    );
    env.ok(&["ingest", "a.txt", "b.txt"]);
    let sources = env.json(&["source", "list"]);
    let named = |name: &str| -> Vec<serde_json::Value> {
        sources
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["name"] == name)
            .cloned()
            .collect()
    };
    // one Reuters across both articles
    let reuters = named("Reuters");
    assert_eq!(reuters.len(), 1, "{sources}");
    assert_eq!(reuters[0]["articles"], 2);
    // "the company" of each article is its own source, kept to that article
    let companies = named("the company");
    assert_eq!(companies.len(), 2, "{sources}");
    assert!(companies
        .iter()
        .all(|c| c["articles"] == 1 && c["article_id"].is_number()));
}

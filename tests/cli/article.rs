//! `article add|list|show` and the ways an article's text can be wrong.

use crate::testenv::{TestEnv, SEED};

#[test]
fn add_stores_the_text_verbatim_with_its_metadata() {
    let env = TestEnv::new();
    env.write("seed.txt", SEED);
    let out = env.ok(&[
        "article",
        "add",
        "seed.txt",
        "--title",
        "France and the Tajiks",
        "--url",
        "https://example.org/a",
        "--outlet",
        "Example Daily",
        "--published",
        "2024-07-19",
        "--language",
        "en",
        "--translated-from",
        "id",
        "--relayed-from",
        "Reuters",
    ]);
    assert_eq!(out, "1\n");
    let article = env.json(&["article", "show", "1", "--text"]);
    assert_eq!(article["id"], 1);
    assert_eq!(article["title"], "France and the Tajiks");
    assert_eq!(article["outlet"], "Example Daily");
    assert_eq!(article["published_at"], "2024-07-19");
    assert_eq!(article["translated_from"], "id");
    assert_eq!(article["relayed_from"], "Reuters");
    assert_eq!(article["text"], SEED);
    assert_eq!(article["sha256"].as_str().unwrap().len(), 64);
}

#[test]
fn the_same_text_again_returns_the_existing_article() {
    let env = TestEnv::with_seed();
    env.write("copy.txt", SEED);
    let run = env.run(&["article", "add", "copy.txt", "--title", "Other"]);
    assert_eq!(run.code, 0);
    assert_eq!(run.stdout, "1\n");
    assert!(
        run.stderr.contains("already stored as article 1"),
        "{}",
        run.stderr
    );
    assert_eq!(env.json(&["article", "list"]).as_array().unwrap().len(), 1);
}

#[test]
fn add_reads_standard_input() {
    let env = TestEnv::new();
    let run = env.run_with_stdin(&["article", "add", "-"], "Police said two men were held.\n");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let article = env.json(&["article", "show", "1", "--text"]);
    assert_eq!(article["text"], "Police said two men were held.\n");
}

#[test]
fn list_shows_every_article_with_claim_counts() {
    let env = TestEnv::with_seed();
    env.add_claim("Paris police", &[]);
    let list = env.json(&["article", "list"]);
    let rows = list.as_array().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["id"], 1);
    assert_eq!(rows[0]["claims"], 1);
    let table = env.ok(&["article", "list"]);
    assert!(table.contains("France races to shore up"), "{table}");
}

#[test]
fn show_prints_metadata_and_the_text_on_request() {
    let env = TestEnv::with_seed();
    let out = env.ok(&["article", "show", "1"]);
    assert!(out.contains("relayed from:  Reuters"), "{out}");
    assert!(!out.contains("JAKARTA - Tajik journalist"));
    let out = env.ok(&["article", "show", "1", "--text"]);
    assert!(out.contains("JAKARTA - Tajik journalist"));
}

#[test]
fn bad_input_is_refused_with_one_clear_line() {
    let env = TestEnv::new();
    let err = env.fails(&["article", "add", "missing.txt"]);
    assert!(err.contains("cannot read missing.txt"), "{err}");

    env.write("latin1.txt", b"Caf\xe9 owners said prices rose.".as_slice());
    let err = env.fails(&["article", "add", "latin1.txt"]);
    assert!(err.contains("latin1.txt is not UTF-8"), "{err}");
    assert!(err.contains("byte offset 3"), "{err}");

    let err = env.fails_with_stdin(&["article", "add", "-"], b"ok \xff".as_slice());
    assert!(err.contains("standard input is not UTF-8"), "{err}");
    assert!(err.contains("byte offset 3"), "{err}");

    env.write("blank.txt", " \n\t\n");
    let err = env.fails(&["article", "add", "blank.txt"]);
    assert!(err.contains("empty"), "{err}");

    env.write("ok.txt", "Police said two men were held.");
    let err = env.fails(&["article", "add", "ok.txt", "--published", "July 19"]);
    assert!(err.contains("invalid date 'July 19'"), "{err}");
    env.ok(&[
        "article",
        "add",
        "ok.txt",
        "--published",
        "2024-07-19T09:30:00+02:00",
    ]);

    // None of the failures created the database or an article.
    assert_eq!(env.json(&["article", "list"]).as_array().unwrap().len(), 1);
    let err = env.fails(&["article", "show", "7"]);
    assert!(err.contains("no article 7"), "{err}");
}

//! `source add|list|show|alias|merge`.

use crate::testenv::TestEnv;

#[test]
fn add_list_and_show() {
    let env = TestEnv::with_seed();
    let out = env.ok(&[
        "source",
        "add",
        "Laurent Nunez",
        "--kind",
        "person",
        "--role",
        "Parisian police chief",
        "--affiliation",
        "Paris police",
        "--alias",
        "Nunez",
        "--alias",
        "the police chief",
    ]);
    assert_eq!(out, "1\n");
    env.add_claim(
        "Islamic terrorism is still our main concern",
        &["--source", "Nunez"],
    );

    let list = env.json(&["source", "list"]);
    assert_eq!(list[0]["id"], 1);
    assert_eq!(list[0]["name"], "Laurent Nunez");
    assert_eq!(list[0]["kind"], "person");
    assert_eq!(list[0]["claims"], 1);
    assert_eq!(list[0]["articles"], 1);
    assert_eq!(
        list[0]["aliases"],
        serde_json::json!(["Nunez", "the police chief"])
    );

    let shown = env.json(&["source", "show", "the police chief"]);
    assert_eq!(shown["source"]["role"], "Parisian police chief");
    assert_eq!(shown["claims"][0]["id"], 1);
    let shown = env.ok(&["source", "show", "1"]);
    assert!(shown.contains("Parisian police chief"), "{shown}");
    assert!(shown.contains("Islamic terrorism"), "{shown}");

    let table = env.ok(&["source", "list"]);
    assert!(table.contains("Laurent Nunez"), "{table}");
    let csv = env.ok(&["source", "list", "--format", "csv"]);
    assert!(csv.starts_with("id,name,kind,"), "{csv}");
}

#[test]
fn article_scoped_sources_need_their_article() {
    let env = TestEnv::with_seed();
    let err = env.fails(&[
        "source",
        "add",
        "an intelligence source",
        "--kind",
        "anonymous",
    ]);
    assert!(err.contains("--article"), "{err}");
    let err = env.fails(&[
        "source",
        "add",
        "Reuters",
        "--kind",
        "media",
        "--article",
        "1",
    ]);
    assert!(err.contains("shared across articles"), "{err}");
    env.ok(&[
        "source",
        "add",
        "an intelligence source",
        "--kind",
        "anonymous",
        "--article",
        "1",
    ]);
    let list = env.json(&["source", "list", "--kind", "anonymous"]);
    assert_eq!(list[0]["article_id"], 1);
    let err = env.fails(&[
        "source",
        "add",
        "a source",
        "--kind",
        "anonymous",
        "--article",
        "5",
    ]);
    assert!(err.contains("no article 5"), "{err}");
}

#[test]
fn a_duplicate_named_source_is_refused() {
    let env = TestEnv::with_seed();
    env.ok(&["source", "add", "Reuters", "--kind", "media"]);
    env.fails(&["source", "add", "reuters", "--kind", "media"]);
}

#[test]
fn alias_makes_a_source_findable() {
    let env = TestEnv::with_seed();
    env.ok(&[
        "source",
        "add",
        "French Tajik Association",
        "--kind",
        "organization",
    ]);
    env.ok(&["source", "alias", "French Tajik Association", "FTA"]);
    env.add_claim(
        "there are about 30 Tajik families living in the country",
        &["--source", "fta"],
    );
    assert_eq!(env.json(&["source", "list"]).as_array().unwrap().len(), 1);
    let err = env.fails(&["source", "alias", "Nobody", "X"]);
    assert!(err.contains("Nobody"), "{err}");
}

#[test]
fn merge_moves_attributions_and_aliases() {
    let env = TestEnv::with_seed();
    env.add_claim(
        "Islamic terrorism is still our main concern",
        &["--source", "L. Nunez", "--source-kind", "person"],
    );
    env.add_claim(
        "our main concern",
        &["--source", "Laurent Nunez", "--source-kind", "person"],
    );
    env.ok(&["source", "alias", "L. Nunez", "Nunez"]);
    env.ok(&["source", "merge", "L. Nunez", "Laurent Nunez"]);
    let list = env.json(&["source", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["name"], "Laurent Nunez");
    assert_eq!(list[0]["claims"], 2);
    let aliases = list[0]["aliases"].as_array().unwrap();
    assert!(aliases.contains(&"Nunez".into()), "{aliases:?}");
    assert!(aliases.contains(&"L. Nunez".into()), "{aliases:?}");
    let err = env.fails(&["source", "merge", "Laurent Nunez", "Nunez"]);
    assert!(err.contains("itself"), "{err}");
    let err = env.fails(&["source", "show", "Nobody"]);
    assert!(err.contains("Nobody"), "{err}");
}

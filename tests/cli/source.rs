//! `source add|list|show|edit|alias|merge`.

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
    // a description of a named kind may be kept to its article
    env.ok(&[
        "source",
        "add",
        "the company",
        "--kind",
        "organization",
        "--article",
        "1",
    ]);
    let list = env.json(&["source", "list", "--kind", "organization"]);
    assert_eq!(list[0]["article_id"], 1);
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

#[test]
fn edit_corrects_name_kind_and_role_and_levels_follow() {
    let env = TestEnv::with_seed();
    env.add_claim(
        "Islamic terrorism is still our main concern",
        &["--source", "Trump And", "--source-kind", "person"],
    );
    let claims = env.json(&["claim", "list"]);
    assert_eq!(claims[0]["level"], "single-source");

    env.ok(&[
        "source",
        "edit",
        "Trump And",
        "--name",
        "Laurent Nunez",
        "--role",
        "Paris police chief",
    ]);
    let shown = env.json(&["source", "show", "Laurent Nunez"]);
    assert_eq!(shown["source"]["role"], "Paris police chief");
    // the wrong name is gone, not kept as an alias
    assert_eq!(shown["source"]["aliases"], serde_json::json!([]));
    let err = env.fails(&["source", "show", "Trump And"]);
    assert!(err.contains("Trump And"), "{err}");

    // a named source turned anonymous joins the one article its claims are in
    env.ok(&["source", "edit", "1", "--kind", "anonymous", "--role", ""]);
    let list = env.json(&["source", "list"]);
    assert_eq!(list[0]["kind"], "anonymous");
    assert_eq!(list[0]["article_id"], 1);
    let claims = env.json(&["claim", "list"]);
    assert_eq!(claims[0]["level"], "anonymous-only");

    let history = env.json(&["history"]);
    let edits = history
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["table"] == "source" && e["action"] == "update")
        .count();
    assert_eq!(edits, 2, "{history}");
}

#[test]
fn a_source_quoted_in_two_articles_cannot_become_article_scoped() {
    let env = TestEnv::with_seed();
    env.run_with_stdin(&["article", "add", "-"], "Police said two men were held.\n");
    env.add_claim(
        "Two men were held",
        &["--source", "Ann Lee", "--source-kind", "person"],
    );
    env.ok(&[
        "claim",
        "add",
        "--article",
        "2",
        "Two men were held",
        "--source",
        "Ann Lee",
    ]);
    let err = env.fails(&["source", "edit", "Ann Lee", "--kind", "anonymous"]);
    assert!(
        err.contains("this one is used in articles 1, 2; split it first"),
        "{err}"
    );
}

#[test]
fn edit_refuses_a_taken_name_an_empty_change_and_an_unknown_source() {
    let env = TestEnv::with_seed();
    env.ok(&["source", "add", "Reuters", "--kind", "media"]);
    env.ok(&["source", "add", "AFP", "--kind", "media"]);
    let err = env.fails(&["source", "edit", "AFP", "--name", "reuters"]);
    assert!(err.contains("already exists"), "{err}");
    let err = env.fails(&["source", "edit", "AFP"]);
    assert!(err.contains("nothing to change"), "{err}");
    let err = env.fails(&["source", "edit", "Nobody", "--kind", "person"]);
    assert!(err.contains("Nobody"), "{err}");
    let err = env.fails(&["source", "edit", "AFP", "--kind", "anonymous"]);
    assert!(
        err.contains("--article") || err.contains("article"),
        "{err}"
    );
    let err = env.usage_error(&["source", "edit", "AFP", "--kind", "spy"]);
    assert!(err.contains("unknown source kind 'spy'"), "{err}");
    // nothing changed
    let list = env.json(&["source", "list"]);
    assert!(list
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["kind"] == "media"));
}

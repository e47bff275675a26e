//! `claim add|list|show|edit|rm`.

use crate::testenv::TestEnv;

#[test]
fn add_finds_the_span_and_prints_the_id() {
    let env = TestEnv::with_seed();
    let run = env.run(&[
        "claim",
        "add",
        "--article",
        "1",
        "Islamic terrorism is still our main concern",
        "--source",
        "Laurent Nunez",
        "--source-kind",
        "person",
        "--cue",
        "said",
        "--kind",
        "quote",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "1\n");
    assert!(
        run.stderr.contains("added claim 1 to article 1 at"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("single-source"), "{}", run.stderr);

    let claim = env.json(&["claim", "show", "1"]);
    let start = claim["claim"]["start"].as_u64().unwrap() as usize;
    let end = claim["claim"]["end"].as_u64().unwrap() as usize;
    let chars: Vec<char> = crate::testenv::SEED.chars().collect();
    assert_eq!(
        chars[start..end].iter().collect::<String>(),
        "Islamic terrorism is still our main concern"
    );
    assert_eq!(claim["claim"]["kind"], "quote");
    assert_eq!(claim["claim"]["origin"], "manual");
    assert_eq!(claim["attributions"][0]["source_name"], "Laurent Nunez");
    assert_eq!(claim["attributions"][0]["source_kind"], "person");
    assert_eq!(claim["attributions"][0]["cue"], "said");
}

#[test]
fn add_defaults_and_text_not_in_the_article() {
    let env = TestEnv::with_seed();
    env.add_claim("Tajikistan borders China", &[]);
    let claim = &env.json(&["claim", "list"])[0];
    assert_eq!(claim["kind"], "event");
    assert_eq!(claim["confidence"], "unknown");
    assert_eq!(claim["start"], serde_json::Value::Null);
    assert_eq!(claim["level"], "unsourced");
    assert_eq!(claim["flags"], serde_json::json!(["UNSOURCED"]));
}

#[test]
fn add_at_picks_an_occurrence() {
    let env = TestEnv::with_seed();
    // "the country" occurs several times; --at picks one by its offset.
    let first = crate::testenv::SEED.find("the country").unwrap();
    let first_cp = crate::testenv::SEED[..first].chars().count();
    let second = crate::testenv::SEED[first + 1..]
        .find("the country")
        .unwrap()
        + first
        + 1;
    let second_cp = crate::testenv::SEED[..second].chars().count();
    env.add_claim("the country", &[]);
    env.add_claim("the country", &["--at", &second_cp.to_string()]);
    let claims = env.json(&["claim", "list"]);
    assert_eq!(claims[0]["start"], first_cp);
    assert_eq!(claims[1]["start"], second_cp);
    let err = env.fails(&["claim", "add", "--article", "1", "the country", "--at", "5"]);
    assert!(
        err.contains("no occurrence of the text starts there"),
        "{err}"
    );
}

#[test]
fn add_with_several_sources_confidence_verdict_and_note() {
    let env = TestEnv::with_seed();
    let id = env.add_claim(
        "French intelligence has few assets in Central Asia",
        &[
            "--source",
            "an intelligence source",
            "--source",
            "a second security source",
            "--source-kind",
            "anonymous",
            "--cue",
            "told",
            "--confidence",
            "medium",
            "--verdict",
            "unproven",
            "--note",
            "ask the ministry",
        ],
    );
    let detail = env.json(&["claim", "show", &id.to_string()]);
    assert_eq!(detail["attributions"].as_array().unwrap().len(), 2);
    assert_eq!(detail["claim"]["confidence"], "medium");
    assert_eq!(detail["claim"]["verdict"], "unproven");
    assert_eq!(detail["claim"]["level"], "anonymous-only");
    assert_eq!(detail["notes"][0]["body"], "ask the ministry");
}

#[test]
fn an_existing_source_is_found_by_name_or_alias_case_insensitively() {
    let env = TestEnv::with_seed();
    env.ok(&[
        "source",
        "add",
        "Laurent Nunez",
        "--kind",
        "person",
        "--alias",
        "Nunez",
    ]);
    env.add_claim(
        "Islamic terrorism is still our main concern",
        &["--source", "laurent nunez"],
    );
    env.add_claim("our main concern", &["--source", "NUNEZ"]);
    let sources = env.json(&["source", "list"]);
    assert_eq!(sources.as_array().unwrap().len(), 1);
    assert_eq!(sources[0]["claims"], 2);
}

#[test]
fn list_filters() {
    let env = TestEnv::with_seed();
    env.add_claim(
        "received a disturbing call from Paris police in late March",
        &[],
    );
    env.add_claim(
        "Poor and isolated young men among the Tajik diaspora have proven to be an attractive recruitment group for ISIS-K",
        &["--kind", "assessment", "--source", "many security experts", "--source-kind", "unnamed_group"],
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
            "--confidence",
            "high",
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
            "--verdict",
            "true",
        ],
    );
    let ids = |args: &[&str]| -> Vec<i64> {
        let mut all = vec!["claim", "list"];
        all.extend(args);
        let mut ids: Vec<i64> = env
            .json(&all)
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_i64().unwrap())
            .collect();
        ids.sort();
        ids
    };
    // Ordered by position in the article: the quote (4) comes before the assessment (2).
    let in_order: Vec<i64> = env
        .json(&["claim", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect();
    assert_eq!(in_order, vec![1, 4, 2, 3]);
    assert_eq!(ids(&[]), vec![1, 2, 3, 4]);
    assert_eq!(ids(&["--unsourced"]), vec![1]);
    assert_eq!(ids(&["--thin"]), vec![1, 2, 3]);
    assert_eq!(ids(&["--level", "anonymous-only"]), vec![2]);
    assert_eq!(ids(&["--flag", "ANONYMOUS_OPINION"]), vec![2]);
    assert_eq!(ids(&["--flag", "unchecked_statistic"]), vec![3]);
    assert_eq!(ids(&["--kind", "statistic"]), vec![3]);
    assert_eq!(ids(&["--confidence", "high"]), vec![3]);
    assert_eq!(ids(&["--verdict", "true"]), vec![4]);
    assert_eq!(ids(&["--source", "laurent nunez"]), vec![4]);
    assert_eq!(ids(&["--origin", "manual"]), vec![1, 2, 3, 4]);
    assert_eq!(ids(&["--origin", "auto"]), Vec::<i64>::new());
    assert_eq!(ids(&["--search", "diaspora"]), vec![2]);
    assert_eq!(ids(&["--search", "ISIS-K"]), vec![2]);
    assert_eq!(ids(&["--search", "Tajik families"]), vec![3]);
    assert_eq!(ids(&["--search", "diaspora OR families"]), vec![2, 3]);
    assert_eq!(ids(&["--search", "terror*"]), vec![4]);
    assert_eq!(ids(&["--article", "1", "--kind", "quote"]), vec![4]);
}

#[test]
fn list_json_has_the_export_columns() {
    let env = TestEnv::with_seed();
    env.add_claim(
        "Islamic terrorism is still our main concern",
        &[
            "--source",
            "Laurent Nunez",
            "--source-kind",
            "person",
            "--cue",
            "said",
        ],
    );
    let claims = env.json(&["claim", "list"]);
    let claim = claims[0].as_object().unwrap();
    let keys: Vec<&str> = claim.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "id",
            "article_id",
            "article_title",
            "article_url",
            "text",
            "start",
            "end",
            "kind",
            "confidence",
            "verdict",
            "level",
            "flags",
            "sources",
            "corroborations",
            "notes"
        ]
    );
    assert_eq!(
        claim["sources"],
        serde_json::json!([{"name": "Laurent Nunez", "kind": "person", "cue": "said"}])
    );
    assert!(claim["flags"].is_array());

    let lines = env.ok(&["claim", "list", "--format", "jsonl"]);
    assert_eq!(lines.lines().count(), 1);
    let csv = env.ok(&["claim", "list", "--format", "csv"]);
    assert!(csv.starts_with("id,article_id,article_title,"), "{csv}");
    assert!(csv.contains("Laurent Nunez (person, said)"), "{csv}");
}

#[test]
fn show_gives_context_sources_flags_and_changes() {
    let env = TestEnv::with_seed();
    let id = env.add_claim(
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
    env.ok(&["note", &id.to_string(), "Reuters' own wording"]);
    let out = env.ok(&["claim", "show", &id.to_string()]);
    assert!(
        out.contains("[[French intelligence has few assets in Central Asia]]"),
        "{out}"
    );
    assert!(
        out.contains("an intelligence source (anonymous) — told"),
        "{out}"
    );
    assert!(out.contains("anonymous-only"), "{out}");
    assert!(out.contains("ANONYMOUS_ONLY"), "{out}");
    assert!(out.contains("Reuters' own wording"), "{out}");
    assert!(out.contains("last changes:"), "{out}");
    assert!(out.contains("tester insert"), "{out}");
}

#[test]
fn edit_changes_only_what_is_given() {
    let env = TestEnv::with_seed();
    let id = env.add_claim(
        "there are about 30 Tajik families living in the country",
        &[],
    );
    let id = id.to_string();
    env.ok(&[
        "claim",
        "edit",
        &id,
        "--confidence",
        "high",
        "--verdict",
        "mostly-true",
        "--kind",
        "statistic",
    ]);
    let claim = &env.json(&["claim", "show", &id])["claim"];
    assert_eq!(claim["confidence"], "high");
    assert_eq!(claim["verdict"], "mostly-true");
    assert_eq!(claim["kind"], "statistic");
    assert!(claim["flags"]
        .as_array()
        .unwrap()
        .contains(&"UNCHECKED_STATISTIC".into()));

    env.ok(&[
        "claim",
        "edit",
        &id,
        "--verdict",
        "none",
        "--check-worthy",
        "false",
    ]);
    let claim = &env.json(&["claim", "show", &id])["claim"];
    assert_eq!(claim["verdict"], serde_json::Value::Null);
    assert_eq!(claim["check_worthy"], false);
    assert_eq!(claim["confidence"], "high");

    env.ok(&["claim", "edit", &id, "--text", "about 30 Tajik families"]);
    let claim = &env.json(&["claim", "show", &id])["claim"];
    assert_eq!(claim["text"], "about 30 Tajik families");

    let err = env.fails(&["claim", "edit", &id]);
    assert!(err.contains("nothing to change"), "{err}");
    let err = env.fails(&["claim", "edit", "99", "--confidence", "low"]);
    assert!(err.contains("no claim 99"), "{err}");
    let err = env.fails(&["claim", "edit", &id, "--text", "  "]);
    assert!(err.contains("empty"), "{err}");
}

#[test]
fn rm_removes_the_claim_and_what_hangs_off_it() {
    let env = TestEnv::with_seed();
    let id = env.add_claim("Paris police", &["--source", "Temur Varki", "--note", "n"]);
    env.ok(&["claim", "rm", &id.to_string()]);
    assert_eq!(env.json(&["claim", "list"]).as_array().unwrap().len(), 0);
    let err = env.fails(&["claim", "show", &id.to_string()]);
    assert!(err.contains("no claim 1"), "{err}");
    let err = env.fails(&["claim", "rm", &id.to_string()]);
    assert!(err.contains("no claim 1"), "{err}");
    // The history keeps it.
    let events = env.json(&["history", "--claim", &id.to_string()]);
    assert!(events
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["action"] == "delete"));
}

#[test]
fn add_refuses_bad_input_and_writes_nothing() {
    let env = TestEnv::with_seed();
    let before = env.event_count();
    let err = env.fails(&["claim", "add", "--article", "9", "Paris police"]);
    assert!(err.contains("no article 9"), "{err}");
    let err = env.fails(&["claim", "add", "--article", "1", "   "]);
    assert!(err.contains("empty"), "{err}");
    let err = env.fails(&[
        "claim",
        "add",
        "--article",
        "1",
        "Paris police",
        "--source",
        "",
    ]);
    assert!(err.contains("empty"), "{err}");
    assert_eq!(env.event_count(), before);
    let err = TestEnv::new().fails(&["claim", "add", "--article", "1", "x"]);
    assert!(err.contains("no database"), "{err}");
}

#[test]
fn an_existing_source_keeps_its_kind_and_says_so() {
    let env = TestEnv::with_seed();
    env.ok(&["source", "add", "Laurent Nunez", "--kind", "person"]);
    let run = env.run(&[
        "claim",
        "add",
        "--article",
        "1",
        "our main concern",
        "--source",
        "Laurent Nunez",
        "--source-kind",
        "official",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("\"Laurent Nunez\" already exists as person"),
        "{}",
        run.stderr
    );
    assert_eq!(env.json(&["source", "list"])[0]["kind"], "person");
}

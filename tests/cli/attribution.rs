//! `attribute`, `unattribute`, `corroborate` and `note`, and how they move a claim's level.

use crate::testenv::TestEnv;

fn level(env: &TestEnv, id: &str) -> serde_json::Value {
    env.json(&["claim", "show", id])["claim"]["level"].clone()
}

#[test]
fn attribute_and_unattribute_change_the_level() {
    let env = TestEnv::with_seed();
    env.add_claim("French intelligence has few assets in Central Asia", &[]);
    assert_eq!(level(&env, "1"), "unsourced");
    env.ok(&[
        "attribute",
        "1",
        "an intelligence source",
        "--source-kind",
        "anonymous",
        "--cue",
        "told",
    ]);
    assert_eq!(level(&env, "1"), "anonymous-only");
    env.ok(&[
        "attribute",
        "1",
        "Laurent Nunez",
        "--source-kind",
        "person",
        "--cue",
        "said",
        "--relation",
        "paraphrase",
    ]);
    assert_eq!(level(&env, "1"), "single-source");
    let detail = env.json(&["claim", "show", "1"]);
    let nunez = detail["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["source_name"] == "Laurent Nunez")
        .unwrap()
        .clone();
    assert_eq!(nunez["relation"], "paraphrase");
    assert_eq!(nunez["cue"], "said");

    env.ok(&["unattribute", "1", "laurent nunez"]);
    assert_eq!(level(&env, "1"), "anonymous-only");
    let err = env.fails(&["unattribute", "1", "Laurent Nunez"]);
    assert!(err.contains("not attributed"), "{err}");
}

#[test]
fn attribute_via_an_upstream() {
    let env = TestEnv::with_seed();
    env.add_claim("French intelligence has few assets in Central Asia", &[]);
    env.ok(&["source", "add", "Reuters", "--kind", "media"]);
    env.ok(&[
        "attribute",
        "1",
        "Le Monde",
        "--source-kind",
        "media",
        "--via",
        "Reuters",
    ]);
    env.ok(&["attribute", "1", "Reuters"]);
    let detail = env.json(&["claim", "show", "1"]);
    assert!(detail["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["via_name"] == "Reuters"));
    // Two sources sharing an upstream are one source.
    assert_eq!(detail["claim"]["level"], "single-source");
    assert!(detail["claim"]["flags"]
        .as_array()
        .unwrap()
        .contains(&"NOT_INDEPENDENT".into()));
}

#[test]
fn attribute_errors() {
    let env = TestEnv::with_seed();
    env.add_claim("Paris police", &[]);
    let err = env.fails(&["attribute", "7", "Reuters"]);
    assert!(err.contains("no claim 7"), "{err}");
    let err = env.fails(&["attribute", "1", "Reuters", "--via", "Nobody"]);
    assert!(err.contains("Nobody"), "{err}");
    let err = env.fails(&["attribute", "1", " "]);
    assert!(err.contains("empty"), "{err}");
    env.usage_error(&["attribute", "1", "Reuters", "--relation", "hearsay"]);
}

#[test]
fn corroborate_by_url_source_and_claim() {
    let env = TestEnv::with_seed();
    env.add_claim(
        "there are about 30 Tajik families living in the country",
        &[
            "--kind",
            "statistic",
            "--source",
            "French Tajik Association",
            "--source-kind",
            "organization",
        ],
    );
    env.add_claim("Paris police", &[]);
    assert_eq!(level(&env, "1"), "single-source");
    let out = env.ok(&[
        "corroborate",
        "1",
        "--url",
        "https://example.org/census",
        "--note",
        "31 families",
    ]);
    assert_eq!(out, "1\n");
    assert_eq!(level(&env, "1"), "corroborated");

    env.ok(&["source", "add", "Le Monde", "--kind", "media"]);
    env.ok(&[
        "corroborate",
        "1",
        "--source",
        "le monde",
        "--stance",
        "contradicts",
    ]);
    env.ok(&["corroborate", "1", "--claim", "2", "--not-independent"]);
    let detail = env.json(&["claim", "show", "1"]);
    let corroborations = detail["corroborations"].as_array().unwrap();
    assert_eq!(corroborations.len(), 3);
    assert_eq!(corroborations[0]["note"], "31 families");
    assert_eq!(corroborations[1]["stance"], "contradicts");
    assert_eq!(corroborations[2]["independent"], false);
    let flags = detail["claim"]["flags"].as_array().unwrap();
    assert!(flags.contains(&"CONTESTED".into()), "{flags:?}");
    assert!(flags.contains(&"NOT_INDEPENDENT".into()), "{flags:?}");
    let out = env.ok(&["claim", "show", "1"]);
    assert!(
        out.contains("supports · https://example.org/census · independent"),
        "{out}"
    );

    let err = env.fails(&["corroborate", "1", "--claim", "1"]);
    assert!(err.contains("itself"), "{err}");
    let err = env.fails(&["corroborate", "1", "--claim", "9"]);
    assert!(err.contains("no claim 9"), "{err}");
    let err = env.fails(&["corroborate", "8", "--url", "https://x"]);
    assert!(err.contains("no claim 8"), "{err}");
    let err = env.fails(&["corroborate", "1", "--source", "Nobody"]);
    assert!(err.contains("no source 'Nobody'"), "{err}");
    assert!(err.contains("claimtrace source add"), "{err}");
    env.usage_error(&[
        "corroborate",
        "1",
        "--url",
        "https://x",
        "--stance",
        "maybe",
    ]);
}

#[test]
fn note_is_signed_by_the_actor() {
    let env = TestEnv::with_seed();
    env.add_claim("Paris police", &[]);
    env.ok(&[
        "--actor",
        "maria",
        "note",
        "1",
        "Called the prefecture; no answer yet",
    ]);
    let detail = env.json(&["claim", "show", "1"]);
    assert_eq!(
        detail["notes"][0]["body"],
        "Called the prefecture; no answer yet"
    );
    assert_eq!(detail["notes"][0]["author"], "maria");
    assert_eq!(env.json(&["claim", "list"])[0]["notes"], 1);
    let err = env.fails(&["note", "1", ""]);
    assert!(err.contains("empty"), "{err}");
    let err = env.fails(&["note", "4", "x"]);
    assert!(err.contains("no claim 4"), "{err}");
}

//! Usage errors exit with status 2 and say what is allowed.

use crate::testenv::TestEnv;

#[test]
fn an_unknown_vocabulary_value_lists_the_allowed_ones() {
    let env = TestEnv::new();
    let err = env.usage_error(&["claim", "list", "--kind", "bogus"]);
    assert!(err.contains("unknown claim kind 'bogus'"), "{err}");
    assert!(err.contains("statistic, quote, event"), "{err}");

    let err = env.usage_error(&["source", "add", "X", "--kind", "spy"]);
    assert!(
        err.contains(
            "person, organization, official, media, document, anonymous, unnamed_group, unknown"
        ),
        "{err}"
    );

    let err = env.usage_error(&["claim", "list", "--confidence", "sure"]);
    assert!(err.contains("high, medium, low, unknown"), "{err}");

    let err = env.usage_error(&["claim", "list", "--format", "xml"]);
    assert!(err.contains("table, csv, json, jsonl"), "{err}");

    let err = env.usage_error(&["claim", "edit", "1", "--verdict", "nope"]);
    assert!(err.contains("mostly-true"), "{err}");
}

#[test]
fn vocabulary_values_ignore_case_and_separator() {
    let env = TestEnv::new();
    // Parsing succeeds; the command then fails only because there is no database.
    let err = env.fails(&[
        "claim",
        "list",
        "--flag",
        "anonymous_only",
        "--level",
        "Anonymous_Only",
    ]);
    assert!(err.contains("no database"), "{err}");
}

#[test]
fn missing_and_conflicting_arguments_are_usage_errors() {
    let env = TestEnv::new();
    env.usage_error(&["claim", "add", "some text"]);
    env.usage_error(&["corroborate", "1"]);
    env.usage_error(&["corroborate", "1", "--url", "https://x", "--claim", "2"]);
    env.usage_error(&["claim", "list", "--unsourced", "--thin"]);
    env.usage_error(&["export", "--unsourced", "--thin"]);
    env.usage_error(&["claim", "show", "not-a-number"]);
    env.usage_error(&["nonsense"]);
    let run = env.run(&[]);
    assert_eq!(run.code, 2);
}

#[test]
fn help_and_version_succeed() {
    let env = TestEnv::new();
    assert!(env.ok(&["--version"]).starts_with("claimtrace "));
    assert!(env.ok(&["help", "claim"]).contains("Usage"));
}

//! One test per bug found, named after what broke.

use crate::testenv::TestEnv;

/// `claim edit --verdict` panicked: clap's `Option<Option<_>>` did not match its parser.
#[test]
fn claim_edit_verdict_does_not_panic() {
    let env = TestEnv::with_seed();
    env.add_claim("Paris police", &[]);
    env.ok(&["claim", "edit", "1", "--verdict", "mostly-true"]);
    env.ok(&["claim", "edit", "1", "--verdict", "none"]);
    env.usage_error(&["claim", "edit", "1", "--verdict"]);
}

/// A claim whose text starts with a dash ("-40% in a year") was taken for an option.
#[test]
fn claim_text_starting_with_a_dash_is_text() {
    let env = TestEnv::new();
    env.write("a.txt", "Exports fell -40% in a year, officials said.");
    env.ok(&["article", "add", "a.txt"]);
    let run = env.run(&["claim", "add", "--article", "1", "-40% in a year"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    env.ok(&["note", "1", "-check the base year"]);
}

/// A claim table that spans two articles did not say which claim is in which.
#[test]
fn claim_table_shows_the_article_when_there_are_several() {
    let env = TestEnv::with_seed();
    env.write("b.txt", "Police said two men were held.");
    env.ok(&["article", "add", "b.txt"]);
    env.add_claim("Paris police", &[]);
    env.ok(&["claim", "add", "--article", "2", "two men were held"]);
    assert!(env.ok(&["claim", "list"]).contains("article_id"));
    assert!(!env
        .ok(&["claim", "list", "--article", "2"])
        .contains("article_id"));
}

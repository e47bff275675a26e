//! The README's promises: the walkthrough runs, and the quick start is two commands.

use std::path::Path;

#[test]
fn the_walkthrough_runs_against_a_scratch_database() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The quick start's `ingest` may have left a ./claimtrace.db; the walkthrough must not.
    let repo_db = || {
        std::fs::metadata(root.join("claimtrace.db"))
            .ok()
            .map(|m| (m.len(), m.modified().ok()))
    };
    let before = repo_db();
    // Messages and data in one stream, in the order a terminal shows them.
    let output = std::process::Command::new("bash")
        .arg("-c")
        .arg("\"$0\" 2>&1")
        .arg(root.join("examples/walkthrough.sh"))
        .env("CLAIMTRACE", assert_cmd::cargo::cargo_bin("claimtrace"))
        .env_remove("CLAIMTRACE_DB")
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .output()
        .expect("run bash");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("$ claimtrace claim list --unsourced"),
        "{stdout}"
    );
    assert!(stdout.contains("id,article_id,article_title,article_url,text,start,end,kind,confidence,verdict,level,flags,sources,corroborations,notes"));
    assert!(stdout.contains(",mostly-true,corroborated,"), "{stdout}");
    assert!(stderr.is_empty(), "{stderr}");
    assert!(!stdout.contains("claimtrace: error"), "{stdout}");
    // It left nothing in the repository.
    assert_eq!(repo_db(), before, "the walkthrough touched ./claimtrace.db");

    // The README's workflow shows this run's real output (times and scratch paths aside).
    let readme = include_str!("../../README.md");
    let workflow = readme
        .split("\n## The workflow")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("a '## The workflow' section in the README");
    let run = normalise(&stdout);
    let blocks: Vec<&str> = workflow.split("```console\n").skip(1).collect();
    assert!(blocks.len() >= 4, "{workflow}");
    for block in blocks {
        let block = block.split("```").next().unwrap_or("");
        for step in block.split("\n\n$ ") {
            let step = normalise(step.trim_start_matches("$ ").trim_end());
            assert!(
                run.contains(&step),
                "README output is not what the walkthrough prints:\n{step}"
            );
        }
    }
}

/// Output with its times and temporary paths replaced, so two runs compare equal.
fn normalise(text: &str) -> String {
    text.split_whitespace()
        .map(|word| {
            if word.starts_with("/tmp/") || word.contains("/walkthrough.db") {
                "PATH"
            } else if word.len() >= 20 && word.as_bytes()[4] == b'-' && word.contains('T') {
                "TIME"
            } else {
                word
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_readme_quick_start_is_two_commands() {
    let readme = include_str!("../../README.md");
    let section = readme
        .split("## Quick start")
        .nth(1)
        .expect("a Quick start heading");
    let block = section
        .split("```")
        .nth(1)
        .expect("a fenced block under Quick start");
    let commands: Vec<&str> = block
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert_eq!(commands.len(), 2, "{commands:?}");
    assert!(commands.contains(&"cargo test --locked"), "{commands:?}");
}

//! The README's promises: the walkthrough runs, and the quick start is two commands.

use std::path::Path;

#[test]
fn the_walkthrough_runs_against_a_scratch_database() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = std::process::Command::new("bash")
        .arg(root.join("examples/walkthrough.sh"))
        .env("CLAIMTRACE", assert_cmd::cargo::cargo_bin("claimtrace"))
        .env_remove("CLAIMTRACE_DB")
        .env("NO_COLOR", "1")
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
    assert!(!stderr.contains("error"), "{stderr}");
    // It left nothing in the repository.
    assert!(!root.join("claimtrace.db").exists());
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

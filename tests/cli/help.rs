//! Every command's `--help` shows an example.

use clap::CommandFactory;

use crate::testenv::TestEnv;

/// Every command path: `["article", "add"]`, `["claim"]`, …, without clap's own `help`.
fn command_paths(cmd: &clap::Command, prefix: &[String], out: &mut Vec<Vec<String>>) {
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        let mut path = prefix.to_vec();
        path.push(sub.get_name().to_string());
        out.push(path.clone());
        command_paths(sub, &path, out);
    }
}

#[test]
fn every_command_help_shows_an_example() {
    let env = TestEnv::new();
    let mut paths = Vec::new();
    command_paths(&claimtrace::cli::Cli::command(), &[], &mut paths);
    assert!(paths.len() > 20, "found only {paths:?}");
    let mut missing = Vec::new();
    for path in &paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let out = env.ok(&args);
        let example = out.split_once("Example:").map(|(_, e)| e).unwrap_or("");
        if !example.contains("claimtrace ") {
            missing.push(path.join(" "));
        }
    }
    assert!(
        missing.is_empty(),
        "commands without an example: {missing:?}"
    );
}

#[test]
fn top_level_help_lists_the_commands() {
    let out = TestEnv::new().ok(&["--help"]);
    for name in [
        "init",
        "article",
        "claim",
        "source",
        "attribute",
        "corroborate",
        "export",
        "import",
        "history",
    ] {
        assert!(out.contains(name), "{name} missing from:\n{out}");
    }
}

#[test]
fn the_command_definition_is_consistent() {
    claimtrace::cli::Cli::command().debug_assert();
}

#[test]
fn every_command_and_option_has_help_text() {
    fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let here = format!("{path} {}", sub.get_name());
            if sub.get_about().is_none() {
                missing.push(here.clone());
            }
            for arg in sub.get_arguments() {
                let id = arg.get_id().as_str();
                if !matches!(id, "help" | "version") && arg.get_help().is_none() {
                    missing.push(format!("{here} --{id}"));
                }
            }
            walk(sub, &here, missing);
        }
    }
    let mut missing = Vec::new();
    walk(&claimtrace::cli::Cli::command(), "claimtrace", &mut missing);
    assert!(missing.is_empty(), "without help text: {missing:?}");
}

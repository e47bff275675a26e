//! A scratch directory and the built `claimtrace` binary, so that tests read like a session at
//! the terminal: `env.ok(&["claim", "list"])`, `env.fails(&["claim", "show", "99"])`.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// The article every walkthrough uses (the README's example).
pub const SEED: &str = include_str!("../../examples/000_d1e90925469a9c05.txt");

/// What one run printed and how it ended.
#[derive(Debug)]
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

pub struct TestEnv {
    dir: TempDir,
}

impl Default for TestEnv {
    fn default() -> Self {
        Self::new()
    }
}

impl TestEnv {
    /// An empty directory; commands run inside it with `./claimtrace.db` as their database.
    pub fn new() -> TestEnv {
        TestEnv {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// A directory holding the seed article as `seed.txt`, already added as article 1.
    pub fn with_seed() -> TestEnv {
        let env = TestEnv::new();
        env.write("seed.txt", SEED);
        env.ok(&[
            "article",
            "add",
            "seed.txt",
            "--title",
            "France races to shore up intelligence on Tajik diaspora",
            "--url",
            "https://example.org/tajik",
            "--relayed-from",
            "Reuters",
        ]);
        env
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The default database of this directory.
    pub fn db(&self) -> PathBuf {
        self.path("claimtrace.db")
    }

    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, contents).expect("write fixture");
        path
    }

    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.path(name)).expect("read file")
    }

    /// The command, with a clean environment: no `CLAIMTRACE_DB`, a fixed actor, no colour.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("claimtrace").expect("binary built");
        cmd.current_dir(self.dir.path())
            .env_remove("CLAIMTRACE_DB")
            .env("CLAIMTRACE_ACTOR", "tester")
            .env("NO_COLOR", "1")
            .env_remove("COLUMNS")
            .args(args);
        cmd
    }

    /// Runs the binary with `args` and returns what happened, whatever it was.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_stdin(args, "")
    }

    pub fn run_with_stdin(&self, args: &[&str], stdin: impl Into<Vec<u8>>) -> Run {
        let output = self
            .command(args)
            .write_stdin(stdin.into())
            .output()
            .expect("run claimtrace");
        Run {
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            code: output.status.code().unwrap_or(-1),
        }
    }

    /// Runs and asserts success; returns stdout.
    #[track_caller]
    pub fn ok(&self, args: &[&str]) -> String {
        let run = self.run(args);
        assert_eq!(
            run.code, 0,
            "claimtrace {args:?} failed\nstdout: {}\nstderr: {}",
            run.stdout, run.stderr
        );
        run.stdout
    }

    /// Runs and asserts that it failed with status 1 and exactly one line on stderr, starting
    /// `claimtrace: error:`; returns that line.
    #[track_caller]
    pub fn fails(&self, args: &[&str]) -> String {
        let run = self.run(args);
        assert_failure(args, &run)
    }

    #[track_caller]
    pub fn fails_with_stdin(&self, args: &[&str], stdin: impl Into<Vec<u8>>) -> String {
        let run = self.run_with_stdin(args, stdin);
        assert_failure(args, &run)
    }

    /// Runs and asserts a usage error: status 2; returns stderr.
    #[track_caller]
    pub fn usage_error(&self, args: &[&str]) -> String {
        let run = self.run(args);
        assert_eq!(
            run.code, 2,
            "claimtrace {args:?} should be a usage error\nstdout: {}\nstderr: {}",
            run.stdout, run.stderr
        );
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        run.stderr
    }

    /// Runs with `--format json` appended and parses stdout.
    #[track_caller]
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        let out = self.ok(&all);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: not JSON:\n{out}"))
    }

    /// Adds a claim to article 1 and returns its id (what `claim add` prints on stdout).
    #[track_caller]
    pub fn add_claim(&self, text: &str, extra: &[&str]) -> i64 {
        let mut args = vec!["claim", "add", "--article", "1", text];
        args.extend(extra);
        let out = self.ok(&args);
        out.trim()
            .parse()
            .unwrap_or_else(|_| panic!("claim add printed {out:?}, not an id"))
    }

    /// The number of rows in the audit log.
    #[track_caller]
    pub fn event_count(&self) -> usize {
        self.json(&["history"])
            .as_array()
            .expect("history is an array")
            .len()
    }
}

#[track_caller]
fn assert_failure(args: &[&str], run: &Run) -> String {
    assert_eq!(
        run.code, 1,
        "claimtrace {args:?} should fail with status 1\nstdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    assert!(
        !run.stderr.contains("panicked") && !run.stderr.contains("RUST_BACKTRACE"),
        "panic: {}",
        run.stderr
    );
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(
        lines.len(),
        1,
        "expected one line on stderr:\n{}",
        run.stderr
    );
    assert!(
        lines[0].starts_with("claimtrace: error: "),
        "unexpected stderr: {}",
        run.stderr
    );
    lines[0].to_string()
}

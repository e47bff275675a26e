//! `claimtrace extract` as a user runs it: one article in each format, a batch, and the
//! errors a user can cause. The seed article's contract is kept as a snapshot that changes only
//! on purpose (it will change when the claims stage lands).

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const SEED: &str = include_str!("../examples/000_d1e90925469a9c05.txt");
const SEED_PATH: &str = "examples/000_d1e90925469a9c05.txt";

fn claimtrace() -> Command {
    Command::cargo_bin("claimtrace").expect("binary builds")
}

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).expect("stdout is JSON")
}

/// What `claimtrace extract ARGS` prints, as JSON, with `stdin` on standard input if given.
fn extract_json(args: &[&str], stdin: Option<&str>) -> Value {
    let mut cmd = claimtrace();
    cmd.arg("extract").args(args);
    if let Some(text) = stdin {
        cmd.write_stdin(text);
    }
    let out = cmd.assert().success().get_output().stdout.clone();
    json(&out)
}

/// The first claim whose text holds `needle`.
fn claim_holding<'a>(claims: &'a [Value], needle: &str) -> &'a Value {
    claims
        .iter()
        .find(|c| c["text"].as_str().unwrap().contains(needle))
        .unwrap_or_else(|| panic!("no claim holds {needle:?}"))
}

/// What `claimtrace extract ARGS -` prints for `text` on standard input, as JSON.
fn extract_stdin(args: &[&str], text: &str) -> Value {
    let mut all = args.to_vec();
    all.push("-");
    extract_json(&all, Some(text))
}

#[path = "extract/stories.rs"]
mod stories;

#[test]
fn seed_contract_snapshot() {
    let ex = claimtrace::extract::extract(SEED);
    let contract = claimtrace::extract::to_contract(SEED, &ex);
    insta::assert_json_snapshot!("seed_contract", contract);
}

#[test]
fn seed_article_metadata() {
    let v = extract_json(&[SEED_PATH], None);
    assert_eq!(v["article"]["dateline"], "JAKARTA");
    assert_eq!(v["article"]["relayed_from"], "Reuters");
    assert_eq!(v["article"]["translated_from"], "id");
    let claims = v["claims"].as_array().unwrap();
    assert_eq!(claims[0]["id"], 1);
    // Offsets are code points into the text as given.
    let chars: Vec<char> = SEED.chars().collect();
    // A discontinuous claim's text joins its fragments with a space.
    let piece = |p: &serde_json::Value| -> String {
        let (s, e) = (p["start"].as_u64().unwrap(), p["end"].as_u64().unwrap());
        chars[s as usize..e as usize].iter().collect()
    };
    for c in claims {
        let text = match c["fragments"].as_array() {
            Some(f) if !f.is_empty() => f.iter().map(piece).collect::<Vec<_>>().join(" "),
            _ => piece(c),
        };
        assert_eq!(text, c["text"].as_str().unwrap());
    }
}

#[test]
fn reads_standard_input_with_crlf_and_bom() {
    let text = "\u{feff}PARIS (AFP) - Strikes closed schools.\r\nTrains stopped.\r\n";
    let v = extract_stdin(&[], text);
    assert_eq!(v["article"]["dateline"], "PARIS");
    assert_eq!(v["article"]["relayed_from"], "Agence France-Presse");
    // BOM = 1, CRLF = 2: "Trains" starts at code point 1 + 37 + 2 = 40.
    assert_eq!(v["claims"][1]["start"], 40);
    assert_eq!(v["article"]["sentences"][0]["start"], 1);
}

#[test]
fn jsonl_prints_one_claim_per_line() {
    let out = claimtrace()
        .args(["extract", "--format", "jsonl", "-"])
        .write_stdin("Rain fell. Rivers rose.")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let lines: Vec<Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["text"], "Rivers rose.");
    assert!(lines[0].get("article").is_none());
    assert!(lines[0].get("fragments").is_none());
}

#[test]
fn table_is_for_people() {
    claimtrace()
        .args(["extract", "--format", "table", SEED_PATH])
        .assert()
        .success()
        .stdout(predicate::str::contains("dateline: JAKARTA"))
        .stdout(predicate::str::contains("unsourced"));
}

#[test]
fn batch_streams_lines_and_reports_bad_ones() {
    let input = "{\"id\": 1, \"text\": \"Rain fell.\"}\n{\"id\": 2}\nnope\n";
    let out = claimtrace()
        .args(["extract", "--batch", "-"])
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let lines: Vec<Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["claims"][0]["text"], "Rain fell.");
    assert!(lines[0]["article"]["sentences"].is_array());
    assert_eq!(lines[1]["id"], 2);
    assert!(lines[1]["error"].is_string());
    assert!(lines[2]["error"].is_string());
}

#[test]
fn batch_jobs_keep_the_input_order_and_reject_zero() {
    let input: String = (0..40)
        .map(|k| format!("{{\"id\": {k}, \"text\": \"Prices rose {k}%, the bank said.\"}}\n"))
        .collect();
    let run = |jobs: &str| {
        let out = claimtrace()
            .args(["extract", "--batch", "--jobs", jobs, "-"])
            .write_stdin(input.clone())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    };
    let one = run("1");
    assert_eq!(one, run("4"));
    let ids: Vec<u64> = one
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(ids, (0..40).collect::<Vec<u64>>());
    claimtrace()
        .args(["extract", "--batch", "--jobs", "0", "-"])
        .write_stdin(input)
        .assert()
        .failure();
    // --jobs is for batches only
    claimtrace()
        .args(["extract", "--jobs", "2", SEED_PATH])
        .assert()
        .failure();
}

#[test]
fn missing_file_is_one_line_and_exit_1() {
    claimtrace()
        .args(["extract", "no/such/file.txt"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("cannot read no/such/file.txt"))
        .stderr(predicate::function(|s: &str| s.lines().count() == 1));
}

#[test]
fn non_utf8_and_empty_inputs_are_refused() {
    claimtrace()
        .args(["extract", "-"])
        .write_stdin(vec![0xffu8, 0xfe, 0x41])
        .assert()
        .code(1)
        .stderr(
            "claimtrace: error: standard input is not UTF-8 text: invalid byte 0xff at byte offset 0\n",
        );
    claimtrace()
        .args(["extract", "-"])
        .write_stdin("  \n")
        .assert()
        .code(1)
        .stderr("claimtrace: error: the article in standard input is empty\n");
}

#[test]
fn batch_of_a_missing_file_fails_cleanly() {
    claimtrace()
        .args(["extract", "--batch", "missing.jsonl"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot read missing.jsonl"));
}

/// A wire story in British house style (single quotation marks, "Ms Okafor" without a
/// period, a pound sign), written for this test: the conventions hold outside US copy.
#[test]
fn two_speakers_of_one_claim_are_two_sources() {
    let text = "Sen. Ann Lee and Gov. Bo Diaz said the bridge would reopen in May.\n\n\
                Mr. Wu and other leaders said trade must grow.\n";
    let v = extract_stdin(&["--format", "json"], text);
    let claims = v["claims"].as_array().unwrap();
    let bridge = claims
        .iter()
        .find(|c| c["text"].as_str().unwrap().contains("bridge"))
        .expect("the bridge claim");
    let sources = bridge["sources"].as_array().unwrap();
    let names: Vec<&str> = sources
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ann Lee", "Bo Diaz"]);
    let mentions: Vec<&str> = sources
        .iter()
        .map(|s| s["mention"].as_str().unwrap())
        .collect();
    assert_eq!(mentions, ["Sen. Ann Lee", "Gov. Bo Diaz"]);
    for s in sources {
        assert_eq!(s["kind"], "person");
        assert_eq!(s["cue"], "said");
        assert_ne!(s["role"], "Sen. Ann Lee and Gov.");
    }
    // the mention's offsets are its own words
    assert_eq!(sources[1]["start"], 17);
    assert_eq!(sources[1]["end"], 29);
    // two named people on record: corroborated
    assert_eq!(bridge["level"], "corroborated");
    // a named leader with an unnamed group: one named source
    let trade = claims
        .iter()
        .find(|c| c["text"].as_str().unwrap().contains("trade"))
        .expect("the trade claim");
    assert_eq!(trade["sources"].as_array().unwrap().len(), 2);
    assert_eq!(trade["sources"][1]["kind"], "unnamed_group");
    assert_eq!(trade["level"], "single-source");
    // the table lists both
    claimtrace()
        .args(["extract", "--format", "table", "-"])
        .write_stdin(text)
        .assert()
        .success()
        .stdout(predicate::str::contains("Ann Lee"))
        .stdout(predicate::str::contains("Bo Diaz"));
}

#[test]
fn a_participle_of_saying_with_nothing_after_it_is_no_panic() {
    for text in [
        "2) WASHINGTON (Reuters) - drew fire, saying that '",
        "Mr. Although drew fire, saying that ? A",
    ] {
        let v = extract_stdin(&["--format", "json"], text);
        assert!(v["claims"].is_array(), "{text}");
    }
}

/// A reader that is gone before the extraction is written (`claimtrace extract … | head`):
/// exit 0 and no message, in every format and in a batch. The output is larger than any
/// buffer, so the write fails inside the JSON writer as well as at the final flush.
#[test]
fn a_closed_pipe_is_not_an_error() {
    let bin = assert_cmd::cargo::cargo_bin("claimtrace");
    let long = SEED.repeat(20);
    let batch = format!("{}\n", serde_json::json!({"id": "long", "text": long})).repeat(5);
    let runs: [(&[&str], &str); 4] = [
        (&["--format", "json", "-"], &long),
        (&["--format", "jsonl", "-"], &long),
        (&["--format", "table", "-"], &long),
        (&["--batch", "-"], &batch),
    ];
    for (args, stdin) in runs {
        let mut child = std::process::Command::new(&bin)
            .arg("extract")
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("claimtrace starts");
        drop(child.stdout.take());
        let mut input = child.stdin.take().expect("stdin is piped");
        // a batch may stop reading once its reader is gone: a refused write is expected
        use std::io::Write as _;
        let _ = input.write_all(stdin.as_bytes());
        drop(input);
        let output = child.wait_with_output().expect("claimtrace ends");
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert!(
            output.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

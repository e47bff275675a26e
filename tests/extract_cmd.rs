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
fn a_british_style_wire_story() {
    let v = extract_json(&["tests/fixtures/british_style.txt"], None);
    assert_eq!(v["article"]["dateline"], "MANCHESTER");
    assert_eq!(v["article"]["relayed_from"], "Reuters");
    let claims = v["claims"].as_array().unwrap();
    let claim = |needle: &str| claim_holding(claims, needle);
    let source = |needle: &str| claim(needle)["sources"][0].clone();
    assert_eq!(source("months behind schedule")["cue"], "admits");
    assert_eq!(
        source("the delays were disappointing")["name"],
        "Amina Okafor"
    );
    let safe = source("the bridge was safe");
    assert_eq!(
        (safe["name"].as_str(), safe["cue"].as_str()),
        (Some("Amina Okafor"), Some("insisted"))
    );
    let quote = claim("We will not cut corners");
    assert_eq!(quote["kind"], "quote");
    assert_eq!(quote["sources"][0]["name"], "Amina Okafor");
    assert_eq!(
        source("The engineers have the final word")["name"],
        "Amina Okafor"
    );
    let anonymous = claim("another £3 million");
    assert_eq!(anonymous["level"], "anonymous-only");
    assert_eq!(anonymous["sources"][0]["kind"], "anonymous");
    assert!(anonymous["sources"][0]["role"]
        .as_str()
        .unwrap()
        .contains("asked not to be named"));
    let fact = claim("40,000 vehicles a day");
    assert_eq!(fact["level"], "unsourced");
    assert!(fact["flags"]
        .as_array()
        .unwrap()
        .contains(&Value::from("UNCHECKED_STATISTIC")));
}

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

#[test]
fn a_court_and_local_news_story() {
    let v = extract_json(&["tests/fixtures/court_and_local.txt"], None);
    let claims = v["claims"].as_array().unwrap();
    let claim = |needle: &str| claim_holding(claims, needle);
    let source = |needle: &str| claim(needle)["sources"][0].clone();
    // the byline is boilerplate, not a claim
    assert!(claims
        .iter()
        .all(|c| !c["text"].as_str().unwrap().contains("Sarah Jones")));
    assert_eq!(source("spent donations on holidays")["cue"], "heard");
    let parishioner = source("had been \"shattered\"");
    assert_eq!(parishioner["kind"], "anonymous");
    assert!(parishioner["role"]
        .as_str()
        .unwrap()
        .contains("asked not to be named"));
    let hale = source("I trusted him with everything");
    assert_eq!(hale["name"], "Joan Hale");
    assert!(claims.iter().all(|c| c["text"] != "71."));
    assert_eq!(source("approved an audit")["name"], "Tom Reed");
    assert_eq!(claim("did not say whether")["kind"], "no_comment");
    assert_eq!(source("Justice must be done")["cue"], "posted");
}

#[test]
fn a_business_wire_story() {
    let v = extract_json(&["tests/fixtures/business_wire.txt"], None);
    let claims = v["claims"].as_array().unwrap();
    let claim = |needle: &str| claim_holding(claims, needle);
    let source = |needle: &str| claim(needle)["sources"][0].clone();
    // the headline's "talks" is the noun: one unsourced claim
    let headline = claim("Chipmaker in talks to buy robotics startup");
    assert!(headline["sources"].as_array().unwrap().is_empty());
    // lone names of firms the story named in full
    assert_eq!(source("Orbit declined")["name"], "Orbit Inc.");
    assert_eq!(source("Orbit declined")["kind"], "organization");
    assert_eq!(source("Lumen did not respond")["name"], "Lumen Labs");
    // the reason for anonymity is the sources' role, not a claim
    let people = source("could be announced next week");
    assert_eq!(people["kind"], "anonymous");
    assert!(people["role"]
        .as_str()
        .unwrap()
        .contains("not to be identified"));
    assert!(claims.iter().all(|c| !c["text"]
        .as_str()
        .unwrap()
        .starts_with("not to be identified")));
    // a place and a month after the cue are no claim
    assert!(claims
        .iter()
        .all(|c| !c["text"].as_str().unwrap().contains("at a conference")));
    // no minister was named: the chief executive quoted before is not the minister
    assert_eq!(source("Prices for chips")["name"], "the minister");
    // "She" is the unnamed spokeswoman, and giving no date is a refusal
    let date = claim("gave no date");
    assert_eq!(date["kind"], "no_comment");
    assert_eq!(date["sources"][0]["name"], "a company spokeswoman");
    assert_eq!(
        source("it would stifle competition")["name"],
        "Federal Trade Commission"
    );
}

#[test]
fn bodies_speaking_through_spokespeople_and_initials() {
    let v = extract_json(&["tests/fixtures/voices_and_initials.txt"], None);
    let claims = v["claims"].as_array().unwrap();
    let source = |needle: &str| claim_holding(claims, needle)["sources"][0].clone();
    // a spokesperson for a body, or named after one, is the body speaking
    let group = source("working to improve punctuality");
    assert_eq!(group["name"], "Rail Delivery Group spokesperson");
    assert_eq!(group["kind"], "organization");
    assert_eq!(source("cut 300 jobs")["kind"], "organization");
    // "the company" is the firm its sentence opens on
    assert_eq!(source("close two depots")["name"], "Harlow Rail");
    // initials take up the body whose name they spell
    assert_eq!(
        source("publish its own figures")["name"],
        "National Passengers Association"
    );
    // the outlet told is no speaker
    let commuter = source("worse every year");
    assert_eq!(commuter["kind"], "anonymous");
    assert!(claims
        .iter()
        .all(|c| !c["text"].as_str().unwrap().contains("told the")));
    // the name beside "according to the committee's chair", without its honorific, and her
    // office
    assert_eq!(source("report in June")["name"], "Helen Okoro");
    assert_eq!(source("difficult questions")["name"], "Helen Okoro");
    assert_eq!(source("did not respond")["name"], "Helen Okoro's office");
    // "the force" is the police force
    assert_eq!(source("Nobody was hurt")["name"], "Kent Police");
}

#[test]
fn owners_charges_and_compound_nouns() {
    let v = extract_json(&["tests/fixtures/owners_and_charges.txt"], None);
    let claims = v["claims"].as_array().unwrap();
    let source = |needle: &str| claim_holding(claims, needle)["sources"][0].clone();
    // a criminal charge is no saying: the headline is the police's
    assert_eq!(source("Man charged after crash")["name"], "police");
    // a relative clause closes before "allegedly ran"
    let driver = claim_holding(claims, "The driver");
    assert_eq!(driver["text"], "The driver allegedly ran a red light");
    assert_eq!(driver["hedged"], true);
    // "the traffic engineer" is not the council member named before
    assert_eq!(source("did not respond")["name"], "the traffic engineer");
    // the owner of a plan is named without the possessive; an outlet owning a name is a role
    assert_eq!(source("to slow traffic")["name"], "Rosa Ferrante");
    let reporter = source("ignored two petitions");
    assert_eq!(reporter["name"], "Leo Varga");
    assert_eq!(reporter["role"], "Courier");
    // a capitalised "Another" names no one; "think tank" is a noun, not a verb of belief
    assert_eq!(source("always been dangerous")["kind"], "anonymous");
    let analysts = source("come too late");
    assert_eq!(analysts["name"], "analysts at the Marlow think tank");
    assert_eq!(analysts["cue"], "warned");
    // a body's initials and its branch name a body
    assert_eq!(source("Cycling deaths")["kind"], "organization");
    // a staff credit is boilerplate
    let text = std::fs::read_to_string("tests/fixtures/owners_and_charges.txt").unwrap();
    let credit = &v["article"]["boilerplate"][0];
    let chars: Vec<char> = text.chars().collect();
    let span: String = chars
        [credit["start"].as_u64().unwrap() as usize..credit["end"].as_u64().unwrap() as usize]
        .iter()
        .collect();
    assert_eq!(span, "Contributing: Ana Ruiz.");
}

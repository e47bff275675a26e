//! Whole articles from tests/fixtures/, one per outlet's style, through `claimtrace extract`:
//! the speakers, kinds, roles and claims a reader of each would expect.

use super::*;

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
    // (a named body's analysts speak for it, on its record)
    assert_eq!(analysts["name"], "Marlow think tank");
    assert_eq!(analysts["kind"], "organization");
    assert_eq!(analysts["mention"], "analysts at the Marlow think tank");
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

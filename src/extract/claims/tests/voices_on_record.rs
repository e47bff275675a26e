//! Voices on the record though the text gives no speaker's name: the spokesperson of a named
//! office holder or of a body the reporter contacted, a firm taken up by a word for its trade.

use super::*;

/// The first source of the claim holding `needle`: (name, kind).
fn source_of(text: &str, needle: &str) -> (String, SourceKind) {
    let claims = run(text);
    check_invariants(text, &claims);
    let s = &claim_with(text, &claims, needle).sources[0];
    (s.name.clone(), s.kind)
}

#[test]
fn a_spokesperson_for_a_titled_minister_speaks_for_the_office() {
    let text = "The state will fund half of the tunnel, according to a spokesperson for \
                Transport Minister Ruth Okonjo.";
    assert_eq!(
        source_of(text, "tunnel"),
        ("Ruth Okonjo spokesperson".to_string(), SourceKind::Official)
    );
    let text = "A spokesman for Governor Dale Pruitt said the bridge would reopen.";
    assert_eq!(source_of(text, "bridge").1, SourceKind::Official);
    // a former office holder's, or a legislator's, spokesperson speaks for a person
    let text = "A spokesman for former Governor Dale Pruitt said the bridge would reopen.";
    assert_eq!(source_of(text, "bridge").1, SourceKind::Anonymous);
    let text = "A spokesman for Senator Dale Pruitt said the bridge would reopen.";
    assert_eq!(source_of(text, "bridge").1, SourceKind::Anonymous);
}

#[test]
fn a_spokesperson_after_the_body_the_reporter_contacted_speaks_for_it() {
    let text = "When this newspaper contacted the Interior Ministry, a spokeswoman said the \
                river was being monitored.";
    assert_eq!(
        source_of(text, "monitored"),
        (
            "Interior Ministry spokeswoman".to_string(),
            SourceKind::Official
        )
    );
    // no body contacted: the spokeswoman stays unnamed
    let text = "When the river rose, a spokeswoman said it was being monitored.";
    assert_eq!(source_of(text, "monitored").1, SourceKind::Anonymous);
}

#[test]
fn the_developer_takes_up_the_firm_named_before() {
    let text = "Harbourside Estates lodged plans for 90 flats. The developer says a third will \
                be affordable.";
    assert_eq!(
        source_of(text, "affordable"),
        ("Harbourside Estates".to_string(), SourceKind::Organization)
    );
    // no firm named: the description stands alone, unnamed
    let text = "The developer says a third of the flats will be affordable.";
    assert_eq!(source_of(text, "affordable").1, SourceKind::Anonymous);
}

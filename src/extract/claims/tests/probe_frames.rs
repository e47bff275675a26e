//! Reporting frames and claim spans from a probe of new-style articles: words that are no
//! cues, descriptions set beside a speaker, denials of what was said before, demonstratives,
//! relayed upstreams and coordinated reports.

use super::*;

fn texts(text: &str, claims: &[ExtractedClaim]) -> Vec<String> {
    claims.iter().map(|c| c.text(text).to_string()).collect()
}

#[test]
fn a_universal_pronoun_that_wants_or_expects_is_no_source() {
    for text in [
        "Nobody wanted to hear that.",
        "Everyone expected the dam to hold.",
    ] {
        let claims = run(text);
        check_invariants(text, &claims);
        assert_eq!(claims.len(), 1, "{:?}", texts(text, &claims));
        assert!(claims[0].sources.is_empty(), "{text}");
        assert_eq!(claims[0].text(text), text);
    }
}

#[test]
fn a_report_noun_moved_to_a_level_is_no_frame() {
    let text = "The Met Office has upgraded its warning to amber for parts of Cumbria.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 1, "{:?}", texts(text, &claims));
    assert!(claims[0].sources.is_empty());
}

#[test]
fn a_description_then_a_name_closing_the_sentence_is_the_speaker() {
    let text = "Downdetector logged 120,000 reports, the site's owner, Ookla, said.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Downdetector");
    assert_eq!(c.text(text), "Downdetector logged 120,000 reports");
    assert_eq!(c.sources[0].name, "Ookla");
    assert!(c.sources[0].role.is_some());
}

#[test]
fn a_denial_of_what_was_said_is_read_with_its_verb() {
    for (text, span) in [
        ("Glimmr denied that.", "denied that."),
        (
            "A nurse said the child waited four hours. Adair disputed that account.",
            "disputed that account.",
        ),
        ("Glimmr rejected the claim.", "rejected the claim."),
    ] {
        let claims = run(text);
        check_invariants(text, &claims);
        let c = claim_with(text, &claims, span);
        assert_eq!(c.text(text), span);
        assert!(!c.sources.is_empty(), "{text}");
    }
}

#[test]
fn a_demonstrative_opens_the_content_or_the_subject() {
    let text = "The dairy association says that figure is wrong.";
    let claims = run(text);
    let c = claim_with(text, &claims, "figure");
    assert_eq!(c.text(text), "that figure is wrong.");
    let text = "A nurse said the wait was four hours. That nurse said the ward was full.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "ward");
    assert_eq!(c.text(text), "the ward was full.");
    assert!(!c.sources.is_empty());
}

#[test]
fn which_said_after_a_source_stands_for_it() {
    let text = "The problems began at 07:10 UTC, according to the status page, which reported elevated error rates in Frankfurt.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "elevated");
    assert_ne!(c.sources[0].name, "which");
}

#[test]
fn a_relative_clause_between_speaker_and_cue_describes_the_speaker() {
    let text = "The deal is worth $3 billion, a source said. The source, who has seen the term sheet, said the board would vote on Friday.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert!(
        !texts(text, &claims)
            .iter()
            .any(|t| t.starts_with("who has seen")),
        "{:?}",
        texts(text, &claims)
    );
    let c = claim_with(text, &claims, "the board would vote");
    assert!(!c.sources.is_empty());
}

#[test]
fn the_upstream_of_a_relaying_outlet_is_its_via() {
    let text = "Reuters, citing two officials, reported that the talks had collapsed.";
    let claims = run(text);
    let c = claim_with(text, &claims, "talks");
    assert_eq!(c.sources[0].via.as_deref(), Some("two officials"));
    let text = "The talks had collapsed, according to Bloomberg, which cited people familiar with the matter.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 1, "{:?}", texts(text, &claims));
    assert_eq!(
        claims[0].sources[0].via.as_deref(),
        Some("people familiar with the matter")
    );
}

#[test]
fn a_team_named_in_the_singular_keeps_its_plural_predicate() {
    let text = "Harlow, who sit fourth in the National League South, return to league action against Dartford on Tuesday.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Harlow");
    assert!(c.text(text).contains("return to league action"));
}

#[test]
fn a_second_report_of_the_same_speaker_is_a_claim_of_its_own() {
    let text = "Ruiz said the aquifer is dropping and that the dairies pay nothing.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 2, "{:?}", texts(text, &claims));
    assert!(claims.iter().all(|c| c.sources[0].name == "Ruiz"));
    let text = "National Grid says engineers have restored power to 40,000 homes but warns that some customers may be without electricity until Thursday.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 2, "{:?}", texts(text, &claims));
}

#[test]
fn a_pledge_in_a_headline_is_a_deed() {
    let text = "Leaders pledge river-water deal\n\nVIENTIANE — Leaders of four countries agreed on Friday to share data, according to a joint statement.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "river-water");
    assert!(c.sources.is_empty());
}

#[test]
fn a_report_relayed_after_its_content_is_the_inner_speakers() {
    let text = "The glass was not tempered, Smith said Jones told him.\nThe glass was cracked, Smith said, and Jones told him so.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "not tempered");
    assert_eq!(c.text(text), "The glass was not tempered");
    assert_eq!(c.sources[0].name, "Jones", "{:?}", texts(text, &claims));
    assert_eq!(c.sources[0].via.as_deref(), Some("Smith"));
    assert!(!texts(text, &claims).iter().any(|t| t == "Jones told him."));
    // a clause of its own after the frame is not the hearer's report
    let c = claim_with(text, &claims, "was cracked");
    assert_eq!(c.sources[0].name, "Smith");
}

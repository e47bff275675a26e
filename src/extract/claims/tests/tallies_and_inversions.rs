//! Shapes of court and sports copy: a court's vote tally before its holding, a bare plural
//! speaker after an inverted verb (", say police.", ", say reports in Spain."), where an
//! inverted speaker is from (", said Ann Lee, of Dayton.") and what an unnamed one did.

use super::*;

#[test]
fn a_courts_tally_stays_out_of_its_holding() {
    let text = "The Supreme Court ruled 6-3 that federal agencies cannot impose civil penalties.\nThe court ruled that the law stands.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "federal agencies cannot");
    assert_eq!(
        c.text(text),
        "federal agencies cannot impose civil penalties."
    );
    assert_eq!(c.kind, ClaimKind::Event);
    assert_eq!(c.sources[0].cue.as_deref(), Some("ruled"));
    let c = claim_with(text, &claims, "the law stands");
    assert_eq!(c.text(text), "the law stands.");
}

#[test]
fn a_bare_plural_after_an_inverted_say_is_the_speaker() {
    let text = "The deal is close, say police.\nReal Madrid are closing in on a move for Eze, say reports in Spain.\nShe clinched a majority of regular, pledged delegates.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "The deal is close");
    assert_eq!(c.text(text), "The deal is close");
    assert_eq!(c.sources[0].mention.of(text), "police");
    let c = claim_with(text, &claims, "closing in on");
    assert_eq!(c.sources[0].mention.of(text), "reports in Spain");
    assert!(!c.text(text).contains("say"));
    // an adjective that is a cue's participle is no inversion
    let c = claim_with(text, &claims, "pledged delegates");
    assert!(c.sources.is_empty());
}

#[test]
fn where_an_inverted_speaker_is_from_is_no_claim() {
    let text = "\"It works,\" said Ann Lee, of Dayton.\n\"We cannot say walking causes it,\" said lead author Dr Hannah Okafor, of the University of Leeds.\n\"I lost my job,\" said Mona Reyes, 59, of North Philadelphia.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 3, "{claims:#?}");
    assert_eq!(claims[0].sources[0].role.as_deref(), Some("Dayton"));
    // a description before the name stays the role
    assert_eq!(claims[1].sources[0].role.as_deref(), Some("lead author"));
    assert_eq!(
        claims[2].sources[0].role.as_deref(),
        Some("59, of North Philadelphia")
    );
}

#[test]
fn what_an_unnamed_inverted_speaker_did_stays_in_their_mention() {
    let text = "The board overruled the directors, said two people who attended the meeting.\n\"It was rushed,\" said a former director who asked not to be named.\n\"It works,\" said Mayor Ann Lee who represents the city.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "overruled");
    assert_eq!(c.text(text), "The board overruled the directors");
    assert_eq!(
        c.sources[0].mention.of(text),
        "two people who attended the meeting"
    );
    let c = claim_with(text, &claims, "rushed");
    assert_eq!(
        c.sources[0].mention.of(text),
        "a former director who asked not to be named"
    );
    // after a name the relative clause is no part of the speaker's mention
    let c = claim_with(text, &claims, "It works");
    assert_eq!(c.sources[0].name, "Ann Lee");
    assert!(!claims.iter().any(|c| c.text(text).contains("represents")));
}

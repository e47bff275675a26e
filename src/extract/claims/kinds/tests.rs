//! Claim kinds, hedges and records, word by word.

use super::super::tokens::tokenize;
use super::*;

fn toks(s: &str) -> Vec<Tok<'_>> {
    tokenize(s, 0, s.len())
}

/// Whether the claim text `s` is hedged, as the kinds stage reads it.
pub(super) fn hedged(s: &str) -> bool {
    is_hedged(&s.to_lowercase(), &toks(s))
}

#[test]
fn statistics_are_numbers_not_dates() {
    assert!(has_quantity(&toks("Floods killed 42 people")));
    assert!(has_quantity(&toks("nearly half of its budget")));
    assert!(has_quantity(&toks("It is the smallest state")));
    assert!(!has_quantity(&toks("on March 3 in 2019")));
    assert!(!has_quantity(&toks("a 19-year-old student")));
}

#[test]
fn amounts_after_a_currencys_letters_are_statistics() {
    assert!(has_quantity(&toks("A vial now costs N15,000 in Lagos")));
    assert!(has_quantity(&toks("Rents now average R9,500 a month")));
    assert!(has_quantity(&toks("Fares rose to KSh2,000")));
    // a mask's or a unit's name is no amount
    assert!(!has_quantity(&toks("Nurses must wear N95 masks")));
    assert!(!has_quantity(&toks("The K9 unit searched the car")));
}

#[test]
fn a_technologys_generation_is_no_quantity() {
    assert!(!has_quantity(&toks("The masts use 5G technology")));
    assert!(!has_quantity(&toks(
        "Operators are switching off 3G networks"
    )));
    assert!(!has_quantity(&toks("The clinic bought a 3D printer")));
    // a weight is
    assert!(has_quantity(&toks("Each bar holds 5g of sugar")));
    assert!(has_quantity(&toks("The phone sold 5 million units")));
}

#[test]
fn kinds_and_hedges() {
    assert_eq!(
        claim_kind(&toks("The port reopened"), false, false),
        ClaimKind::Event
    );
    assert_eq!(
        claim_kind(&toks("The plan is likely to fail"), false, false),
        ClaimKind::Assessment
    );
    assert_eq!(
        claim_kind(&toks("a river port"), false, true),
        ClaimKind::Background
    );
    let s = "the suspect allegedly fled";
    assert!(is_hedged(s, &toks(s)));
    // a toll not yet confirmed; fearing something is no hedge
    let s = "dozens feared dead after landslide";
    assert!(is_hedged(s, &toks(s)));
    let s = "voters feared the worst";
    assert!(!is_hedged(s, &toks(s)));
    assert!(is_no_comment(
        "the ministry did not respond to requests for comment."
    ));
    // a failed attempt to reach someone who could comment; not to reach a deal
    assert!(is_no_comment(
        "efforts to reach the spokesperson, maj gen edward buba, were unsuccessful."
    ));
    assert!(is_no_comment(
        "attempts to contact his lawyer were unsuccessful."
    ));
    assert!(!is_no_comment("efforts to reach a ceasefire failed."));
    assert!(!is_no_comment(
        "efforts to reach the trapped miners were unsuccessful."
    ));
    // a question left open is a refusal; a denial of having said something is not
    assert!(is_no_comment("police did not say what caused the fire."));
    assert!(is_no_comment("the club would not disclose the fee."));
    assert!(!is_no_comment("“i did not say that,” she said."));
    // the shortened and perfect forms, and refusals
    assert!(is_no_comment(
        "apple didn't immediately respond to a request for comment."
    ));
    assert!(is_no_comment(
        "apple hasn't responded to requests for comment."
    ));
    assert!(is_no_comment("arteta refused to discuss the speculation."));
    assert!(is_no_comment("he refused to say whether he would run."));
    // refusing a stance is a claim, not a refusal to comment
    assert!(!is_no_comment(
        "he refused to say that jerusalem was the capital."
    ));
    // details withheld, as "did not elaborate"; evidence not offered is no refusal to talk
    assert!(is_no_comment("the ministry gave no reason for the delay."));
    assert!(is_no_comment("she did not give details."));
    assert!(is_no_comment("the firm offered no details of the deal."));
    assert!(!is_no_comment("he offered no evidence for the claim."));
    assert!(!is_no_comment(
        "the club gave no ground in the second half."
    ));
    assert!(is_source_description(&toks(
        "They include two former ministers."
    )));
    // a body that has not commented has made a no-comment record
    assert!(is_no_comment("rovers have not commented on holt's future."));
    assert!(is_no_comment("the ministry did not comment on the report."));
    // news style's unattributed passives hedge; a crime reported to police does not
    for s in [
        "he is reported to be a target for several clubs",
        "the owner is understood to be considering his position",
        "it is understood that two clubs were interested",
        "it is believed that the gunman acted alone",
    ] {
        assert!(is_hedged(s, &toks(s)), "{s}");
    }
    let s = "it was reported to police on monday";
    assert!(!is_hedged(s, &toks(s)));
}

#[test]
fn a_comparison_of_risks_is_no_hedge() {
    assert!(!hedged(
        "Women who took fish oil were 18% less likely to suffer a stroke"
    ));
    assert!(!hedged(
        "Smokers are twice as likely to develop the disease"
    ));
    assert!(hedged("The plan is likely to fail"));
}

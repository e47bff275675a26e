//! Tests of clause splitting and atomic pieces.

use super::super::tokens::tokenize;
use super::*;

fn texts(s: &str) -> Vec<(String, bool)> {
    let toks = tokenize(s, 0, s.len());
    atomic(&toks, 0, toks.len())
        .into_iter()
        .map(|p| {
            let t = p
                .ranges
                .iter()
                .map(|&(a, b)| &s[toks[a].start..toks[b - 1].end])
                .collect::<Vec<_>>()
                .join(" ");
            (t, p.side)
        })
        .collect()
}

#[test]
fn splits_coordinated_clauses() {
    let s = "Prices rose 4% in May, while wages fell for a third month; the bank is worried.";
    let toks = tokenize(s, 0, s.len());
    let c = clauses(&toks, 0, toks.len());
    assert_eq!(c.len(), 3);
    assert_eq!(c[1].2, Joiner::Contrast);
    assert_eq!(c[2].2, Joiner::Semicolon);
}

#[test]
fn keeps_lists_and_shared_subjects_together() {
    let s = "The mayor visited Lyon, Nice and Paris, but declined to comment.";
    let toks = tokenize(s, 0, s.len());
    assert_eq!(clauses(&toks, 0, toks.len()).len(), 1);
}

#[test]
fn a_clock_time_is_no_colon_between_clauses() {
    let s = "Officers were called to the house about 7:30am after reports a child was hurt.";
    let toks = tokenize(s, 0, s.len());
    assert_eq!(clauses(&toks, 0, toks.len()).len(), 1);
    // a colon with a clause after it still divides
    let s = "The council gave one reason for the delay: the contractor had gone bust.";
    let toks = tokenize(s, 0, s.len());
    assert_eq!(clauses(&toks, 0, toks.len()).len(), 2);
}

#[test]
fn pulls_out_a_non_restrictive_relative_clause() {
    let got = texts("Moldova, which joined the talks in 2022, is the smallest member.");
    assert_eq!(
        got,
        vec![
            ("Moldova is the smallest member.".to_string(), false),
            ("which joined the talks in 2022".to_string(), true)
        ]
    );
}

#[test]
fn a_relative_clause_closes_before_an_adverb_and_its_verb() {
    let got = texts("The driver, whose name was not released, allegedly ran a red light.");
    assert_eq!(
        got,
        vec![
            ("The driver allegedly ran a red light.".to_string(), false),
            ("whose name was not released".to_string(), true)
        ]
    );
}

#[test]
fn a_relative_clause_closes_before_a_plural_verb() {
    let got = texts("The plans, which have not been made public, call for the troops to leave.");
    assert_eq!(
        got,
        vec![
            ("The plans call for the troops to leave.".to_string(), false),
            ("which have not been made public".to_string(), true)
        ]
    );
    // a list after the relative clause does not close it
    let got = texts("The firm makes shoes, which it sells in Paris, and bags for the tourists.");
    assert_eq!(
        got[1].0,
        "which it sells in Paris, and bags for the tourists."
    );
}

#[test]
fn leaves_restrictive_relatives_inside() {
    let got = texts("Three nurses who treated the patient declined to comment.");
    assert_eq!(got.len(), 1);
}

#[test]
fn pulls_out_an_appositive_and_a_subordinate_clause() {
    let got = texts(
        "Rescuers reached Tumaco, a port town near the border, hours after the quake struck.",
    );
    assert_eq!(got.len(), 3);
    assert_eq!(got[1], ("a port town near the border".to_string(), true));
    assert_eq!(got[2].0, "hours after the quake struck.");
}

#[test]
fn a_lead_in_with_a_relative_clause_joins_the_main_clause() {
    let got = texts("In Lagos, where the port reopened in May, rents rose by a fifth.");
    assert_eq!(
        got,
        vec![
            ("where the port reopened in May".to_string(), true),
            ("In Lagos rents rose by a fifth.".to_string(), false)
        ]
    );
    let got = texts("After the vote, which the opposition boycotted, the mayor resigned.");
    assert_eq!(
        got[1],
        ("After the vote the mayor resigned.".to_string(), false)
    );
}

/// The clauses of `s`, its quotations marked as the claims stage marks them.
fn quoted_clauses(s: &str) -> Vec<String> {
    let mut toks = tokenize(s, 0, s.len());
    let q: Vec<_> = super::super::quotes::find_quotes(s)
        .iter()
        .map(|q| q.span)
        .collect();
    super::super::units::mark_quotes(&mut toks, &q);
    clauses(&toks, 0, toks.len())
        .into_iter()
        .map(|(a, b, _)| s[toks[a].start..toks[b - 1].end].to_string())
        .collect()
}

#[test]
fn a_comma_inside_closing_quotation_marks_still_ends_a_clause() {
    let s = "The tenants' union called it “a first step,” while the landlords' group said it was “a disaster.”";
    assert_eq!(
        quoted_clauses(s),
        [
            "The tenants' union called it “a first step,”",
            "while the landlords' group said it was “a disaster.”"
        ]
    );
    // a participle after "while" opens no clause
    let s = "She said it was “a mistake,” while trying to explain her plan.";
    assert_eq!(quoted_clauses(s).len(), 1);
}

#[test]
fn two_names_sharing_a_plural_head_are_no_two_clauses() {
    let s = "Ballots counted in Maricopa and Pinal counties showed a lead.";
    let toks = tokenize(s, 0, s.len());
    assert_eq!(clauses(&toks, 0, toks.len()).len(), 1);
}

#[test]
fn semicolons_between_items_that_hold_commas_make_one_list() {
    let s = "She is survived by a son, Anders; a sister, Berit; and five grandchildren.";
    let toks = tokenize(s, 0, s.len());
    assert_eq!(clauses(&toks, 0, toks.len()).len(), 1);
    let s = "Prices rose, as expected; wages fell.";
    let toks = tokenize(s, 0, s.len());
    assert_eq!(clauses(&toks, 0, toks.len()).len(), 2);
}

#[test]
fn and_that_after_a_reported_that_clause_opens_a_second_one() {
    let s = "Acme said in a release that it would charge $389,000 a year and that it expected sales within weeks.";
    let toks = tokenize(s, 0, s.len());
    assert_eq!(clauses(&toks, 0, toks.len()).len(), 2);
    let s = "He said the plan, and that alone, would work.";
    let toks = tokenize(s, 0, s.len());
    assert_eq!(clauses(&toks, 0, toks.len()).len(), 1);
}

#[test]
fn a_clause_after_a_lead_in_is_no_appositive() {
    let s =
        "Under the Constitution, an impeachment motion must be backed by two-thirds of members.";
    assert_eq!(texts(s), vec![(s.to_string(), false)]);
    let s = "On Thursday, a deadlocked court failed to reach a decision.";
    assert_eq!(texts(s), vec![(s.to_string(), false)]);
    // an appositive in the lead-in stays one, with or without a relative clause in it
    let pieces = texts("In Wisconsin, a hotbed of activism, Sanders won 54 percent.");
    assert!(pieces.contains(&("a hotbed of activism".to_string(), true)));
    let pieces = texts("For Mr. Trump, a candidate whose appeal is toughness, the story matters.");
    assert!(pieces
        .iter()
        .any(|(t, side)| *side && t.starts_with("a candidate")));
}

#[test]
fn a_but_without_a_comma_before_an_adverb_and_a_verb_joins_predicates() {
    let s = "At least 14 projects were paid for but never built.";
    let toks = tokenize(s, 0, s.len());
    assert_eq!(clauses(&toks, 0, toks.len()).len(), 1);
    // a new subject after the "but" is still a clause of its own
    let s = "The council approved the plan last year but the mayor vetoed it in March.";
    let toks = tokenize(s, 0, s.len());
    assert_eq!(clauses(&toks, 0, toks.len()).len(), 2);
}

#[test]
fn an_and_between_two_subjects_of_a_reported_clause_joins_no_clauses() {
    for s in [
        "The White House said Biden and Xi discussed Taiwan.",
        "Officials said that Ann Lee and Bo Diaz argued the plan was flawed.",
    ] {
        let toks = tokenize(s, 0, s.len());
        assert_eq!(clauses(&toks, 0, toks.len()).len(), 1, "{s}");
    }
    // a time after the verb is no subject: a new clause follows the "and"
    let s = "The breach had been reported in May and some lawmakers had mentioned China.";
    let toks = tokenize(s, 0, s.len());
    assert_eq!(clauses(&toks, 0, toks.len()).len(), 2);
}

#[test]
fn a_relative_clause_inside_dashes_ends_at_the_closing_dash() {
    for s in [
        "The officer who shot him — Brentley Vinson, who was placed on leave — was not wearing a camera.",
        "The officer who shot him - Brentley Vinson, who was placed on leave - was not wearing a camera.",
    ] {
        let t = texts(s);
        assert!(
            t.iter().any(|(p, side)| *side && p == "who was placed on leave"),
            "{t:?}"
        );
        assert!(
            t.iter().any(|(p, side)| !*side && p.contains("Vinson was not wearing a camera")),
            "{t:?}"
        );
    }
    // a dash pair closed before the relative leaves it to the comma rule
    let t = texts("The plan — a tax on imports — was dropped, which angered farmers.");
    assert!(t.iter().all(|(p, _)| !p.contains("— which")), "{t:?}");
}

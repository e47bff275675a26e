//! A body taken up after its name: "the hospital's management" speaks as the hospital named
//! before, and "The company's chief executive" after "Acme said" makes Acme a firm.

use super::*;

#[test]
fn a_bodys_management_speaks_as_the_body_named_before() {
    let text = "Dr Ann Lee, a surgeon at Northgate Royal Hospital, said two patients had died. The hospital's management confirmed the deaths.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the deaths");
    assert_eq!(c.sources[0].name, "Northgate Royal Hospital");
    assert_eq!(c.sources[0].kind, SourceKind::Organization);
}

#[test]
fn a_firms_post_in_the_next_sentence_takes_the_lone_name_up_as_a_firm() {
    let text = "Brontex said profits rose. The company's chief executive said the plan would work.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "profits rose");
    assert_eq!(c.sources[0].name, "Brontex");
    assert_eq!(c.sources[0].kind, SourceKind::Organization);
    let c = claim_with(text, &claims, "the plan would work");
    assert_eq!(c.sources[0].name, "Brontex's chief executive");
    // a lone name the text takes up as a person stays a person
    let text = "Brontex said profits rose. His chief executive said the plan would work.";
    let claims = run(text);
    let c = claim_with(text, &claims, "profits rose");
    assert_eq!(c.sources[0].kind, SourceKind::Person);
}

#[test]
fn a_regulator_or_department_named_though_no_source_is_taken_up_knx() {
    let text = "Ofwat, the water regulator, fined the company on Monday. The regulator said the fine was fair.\n\nThe Department for Education published the figures on Tuesday. The department said schools would reopen.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the fine was fair");
    assert_eq!(c.sources[0].name, "Ofwat");
    assert_eq!(c.sources[0].kind, SourceKind::Official);
    let c = claim_with(text, &claims, "schools would reopen");
    assert_eq!(c.sources[0].name, "Department for Education");
    // near miss: a person set before the appositive is no body
    let text =
        "Ann Lee, the former regulator, spoke on Wednesday. The regulator said bills would rise.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "bills would rise");
    assert_ne!(c.sources[0].name, "Ann Lee");
}

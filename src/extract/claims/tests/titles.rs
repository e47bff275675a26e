//! Sources named with a title: titles built with "of" or "for", titles of other countries'
//! offices, roles and names set off by commas beside each other, bodies owned by initials.

use super::*;

/// A claim's source as (name, kind, role).
type Source = (String, SourceKind, Option<String>);

/// Each claim of `text` as (its text, its sources).
fn sourced(text: &str) -> Vec<(String, Vec<Source>)> {
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    claims
        .iter()
        .map(|c| {
            let sources = (c.sources.iter())
                .map(|s| (s.name.clone(), s.kind, s.role.clone()))
                .collect();
            (c.text(text), sources)
        })
        .collect()
}

fn person(name: &str, role: Option<&str>) -> Source {
    (name.into(), SourceKind::Person, role.map(str::to_string))
}

#[test]
fn a_title_built_with_for_is_the_role_of_the_name_after_it() {
    let text = "Minister for Transport Aoife Brennan said the new line would open in 2027.";
    let claims = sourced(text);
    assert_eq!(claims.len(), 1);
    assert_eq!(
        claims[0].1,
        [person("Aoife Brennan", Some("Minister for Transport"))]
    );
    // the title alone names the office's holder, not a person called "Transport"
    let text = "The Minister for Transport said the new line would open in 2027.";
    assert_eq!(
        sourced(text)[0].1,
        [person("the Minister for Transport", None)]
    );
}

#[test]
fn the_name_after_a_title_built_with_of_is_the_source() {
    let text = "The Chairman of Ondo North LGA, Alhaji Musa Bello, said the road would be \
                repaired before the rains.";
    let claims = sourced(text);
    assert_eq!(claims.len(), 1);
    assert_eq!(
        claims[0].1,
        [person(
            "Alhaji Musa Bello",
            Some("Chairman of Ondo North LGA")
        )]
    );
    // a body's initials end an office, and one word after them is no name
    let text = "The President of Acme AG Worldwide said the road would be repaired.";
    assert_eq!(
        sourced(text)[0].1,
        [person("the President of Acme AG Worldwide", None)]
    );
    // a surname that is also a title closes a name: "King of New York" is no office
    let text = "Representative Ann T. King of Ohio said the vote would be close.";
    assert_eq!(sourced(text)[0].1[0].0, "Ann T. King");
}

#[test]
fn a_body_named_with_for_the_is_one_source_with_its_initials() {
    let text = "At least 40 schools have closed, the United Nations Office for the \
                Protection of Refugee Children (OPRC) said on Monday. OPRC said more \
                would close.";
    let claims = sourced(text);
    assert_eq!(claims.len(), 2);
    let body = (
        "United Nations Office for the Protection of Refugee Children".to_string(),
        SourceKind::Official,
        None,
    );
    assert_eq!(claims[0].1, claims[1].1);
    assert_eq!(claims[0].1, [body]);
}

#[test]
fn irish_titles_are_roles_of_the_names_beside_them() {
    let text = "The Tánaiste, Nuala Breen, told reporters that the budget was balanced.";
    assert_eq!(
        sourced(text)[0].1,
        [person("Nuala Breen", Some("Tánaiste"))]
    );
    let text = "The Taoiseach, Pádraig Moran, said the budget was balanced.";
    assert_eq!(
        sourced(text)[0].1,
        [person("Pádraig Moran", Some("Taoiseach"))]
    );
    // a member of the Dáil is titled as a member of parliament is
    let text = "Green Party TD Orla Keane said she would vote against the bill.";
    assert_eq!(
        sourced(text)[0].1,
        [person("Orla Keane", Some("Green Party TD"))]
    );
}

#[test]
fn a_post_set_off_after_the_speaker_is_the_role_not_a_claim() {
    // without an article
    let text = "Ms Wendy Koh, head of research at Tanjong Realty, said prices would ease.";
    let claims = sourced(text);
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(
        claims[0].1,
        [person(
            "Wendy Koh",
            Some("head of research at Tanjong Realty")
        )]
    );
    // a hyphened title's last part is its head
    let text = "Ravi Menon, executive vice-president at Lumen Bank, said rates would fall.";
    let claims = sourced(text);
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(
        claims[0].1[0].2.as_deref(),
        Some("executive vice-president at Lumen Bank")
    );
}

#[test]
fn an_age_and_a_post_before_a_relative_clause_are_no_claim() {
    let text = "Mr Lim Wei Jie, 38, a bus driver who moved to Tampines in 2019, said the fares \
                had risen twice.";
    let claims = sourced(text);
    let texts: Vec<&str> = claims.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(
        texts,
        [
            "who moved to Tampines in 2019",
            "the fares had risen twice."
        ]
    );
    assert_eq!(claims[1].1, [person("Lim Wei Jie", Some("bus driver"))]);
    // a description that is no post stays a claim of its own
    let text = "Lim, a refugee from Aleppo, said the fares had risen twice.";
    assert_eq!(sourced(text).len(), 2);
}

#[test]
fn a_name_set_off_after_a_long_description_is_no_claim() {
    // the name after a described subject, with a rank before it; the relative clause after
    // it stays a claim
    let text = "The commander of the army's third brigade in the north, Brig Gen Tunde Okafor, \
                who visited the camp on Sunday, said the area was calm.";
    let claims = sourced(text);
    let texts: Vec<&str> = claims.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(
        texts,
        ["who visited the camp on Sunday", "the area was calm."]
    );
    assert!(claims[1].1[0].0.ends_with("Tunde Okafor"), "{claims:?}");
    // a possessive owner describes the subject as an article does
    let text = "Labour's spokeswoman on health and social care, Áine Ní Dhuibhir TD, said the \
                waiting lists were growing.";
    let claims = sourced(text);
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert!(claims[0].1[0].0.starts_with("Áine Ní Dhuibhir"));
}

#[test]
fn a_body_owned_by_initials_in_the_possessive_is_a_source() {
    let text = "Glaciers will shrink by 2100, the U.N.'s climate panel said on Monday.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Glaciers");
    assert_eq!(c.text(text), "Glaciers will shrink by 2100");
    assert_eq!(c.sources[0].name, "U.N.'s climate panel");
}

#[test]
fn an_age_set_off_after_a_speakers_name_is_no_claim() {
    let text = "Gwen Satterfield, 58, who worked for the firm for 11 years, told jurors that she was afraid.\nAnn Ruiz, 33, a nurse from Texas, said costs were rising.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert!(claims
        .iter()
        .all(|c| !c.text(text).starts_with("58") && !c.text(text).starts_with("33")));
    // after a name, the relative clause is a checkable fact of the writer's own (DESIGN.md)
    assert!(claim_with(text, &claims, "who worked for")
        .sources
        .is_empty());
    assert_eq!(
        claim_with(text, &claims, "costs were rising").sources[0].name,
        "Ann Ruiz"
    );
}

#[test]
fn provincial_and_state_members_titles_are_titles_as_mp_is() {
    let text = "The MPP for Timmins, Gilles Roy, said the plan failed.\nSurrey-Newton MLA Raj Gill said the bill was rushed.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(
        claim_with(text, &claims, "the plan failed").sources[0].name,
        "Gilles Roy"
    );
    assert_eq!(
        claim_with(text, &claims, "the bill was rushed").sources[0].name,
        "Raj Gill"
    );
}

#[test]
fn the_channel_after_an_inverted_speakers_role_is_no_part_of_it() {
    let text = "\"The drug works,\" said Paul Strickland, director of the agency's office, in a statement.";
    let claims = run(text);
    check_invariants(text, &claims);
    let s = &claim_with(text, &claims, "The drug works").sources[0];
    assert_eq!(s.name, "Paul Strickland");
    assert_eq!(s.role.as_deref(), Some("director of the agency's office"));
}

#[test]
fn a_title_after_its_modifiers_closing_an_inverted_frame_is_the_role() {
    let text = "\"Prices will rise,\" said Jane Doe, regional director at the bank.\n\"We are worried,\" said Tigist Amare, Amnesty's regional director for East Africa.\n\"It is over,\" said Ann Lee, senior researcher at the group.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 3, "{claims:?}");
    for c in &claims {
        assert_eq!(c.kind, ClaimKind::Quote);
        assert!(c.text(text).starts_with('"'), "{}", c.text(text));
    }
}

#[test]
fn a_title_before_a_name_that_is_no_source_is_the_role_of_its_later_mentions() {
    // the person is first named as the object or subject of a deed, then speaks by surname
    let text = "Police arrested local councillor Ivo Renke on Monday. Mr Renke said he would fight the charges.\n\
                Defense attorney Lena Marsh questioned the witness. \"You waited two years,\" Marsh said.\n\
                Rivals urged Health Minister Dana Quill to resign. Ms Quill told reporters she would stay.";
    let claims = sourced(text);
    let source = |part: &str| {
        let c = claims.iter().find(|c| c.0.contains(part)).expect(part);
        c.1.clone()
    };
    assert_eq!(
        source("fight the charges"),
        [person("Ivo Renke", Some("local councillor"))]
    );
    assert_eq!(
        source("You waited"),
        [person("Lena Marsh", Some("Defense attorney"))]
    );
    assert_eq!(
        source("she would stay"),
        [person("Dana Quill", Some("Health Minister"))]
    );
    // a word before the name that is no title gives no role
    let text = "Voters backed businessman Ivo Renke on Monday. Renke said he was grateful.";
    assert_eq!(sourced(text)[1].1, [person("Ivo Renke", None)]);
}

#[test]
fn a_bare_title_is_the_holder_named_after_it_or_else_a_description() {
    let text = "The Premier has defended her record.\nPremier Ana Voss told reporters the figures were wrong.";
    let claims = sourced(text);
    assert_eq!(claims[0].1, [person("Ana Voss", Some("Premier"))]);
    // no holder named: a description of this article, not a person named "The Premier"
    let text = "The Premier said the figures were wrong.";
    assert_eq!(sourced(text)[0].1, [person("the premier", None)]);
}

#[test]
fn a_relative_named_in_an_appositive_is_that_person() {
    let text = "Cpl. Melanie Roy told CBC News that the men knew each other.\n\
Ellis's niece, Shauna Ellis, said the family had waited too long. \"We were told nothing,\" she said.\n\
His nephew said the house was empty.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "waited too long");
    assert_eq!(c.sources[0].name, "Shauna Ellis");
    assert_eq!(c.sources[0].role.as_deref(), Some("Ellis's niece"));
    // her next words are hers, not the police spokeswoman's
    let c = claim_with(text, &claims, "We were told nothing");
    assert_eq!(c.sources[0].name, "Shauna Ellis");
    // an unnamed relative is anonymous
    let c = claim_with(text, &claims, "the house was empty");
    assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
}

#[test]
fn abbreviated_ranks_are_roles() {
    let text = "Cpl. Melanie Roy said the men knew each other.\n\
Col. Ann Lee said the base was closed.\n\
Major League Baseball said the game was off.";
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "knew each other");
    assert_eq!(c.sources[0].name, "Melanie Roy");
    assert_eq!(c.sources[0].role.as_deref(), Some("Cpl."));
    let c = claim_with(text, &claims, "base was closed");
    assert_eq!(c.sources[0].name, "Ann Lee");
    // a rank spelled out that opens a name is left alone
    let c = claim_with(text, &claims, "game was off");
    assert_eq!(c.sources[0].name, "Major League Baseball");
}

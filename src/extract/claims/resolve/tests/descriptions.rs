//! Descriptions: the person or body "the senator", "the campaign" or "the Ohio Republican"
//! stands for.

use super::*;

#[test]
fn a_title_after_the_finds_the_person_the_text_gave_it() {
    let text = "Nora Quint, the Idaho senator, spoke on Monday. Voter Ed Lim agreed. ";
    let mut r = Resolver::default();
    let lim = r.resolve("Voter Ed Lim", 49, &text[..49]);
    let a = r.resolve("The senator", text.len(), text);
    assert_ne!(a.entity, lim.entity);
    assert_eq!(r.entities[a.entity].name, "Nora Quint");
    let text = "President Ada Moss visited the plant. Ed Lim, a welder, watched. ";
    let mut r = Resolver::default();
    r.resolve("Ed Lim", 38, &text[..38]);
    let a = r.resolve("the president", text.len(), text);
    assert_eq!(r.entities[a.entity].name, "Ada Moss");
    let text = "Mayor Luc van Dijk opened the bridge. ";
    let mut m = Resolver::default();
    let a = m.resolve("the mayor", text.len(), text);
    assert_eq!(m.entities[a.entity].name, "Luc van Dijk");
    // a modifier the text did not give keeps the old reading
    let a = r.resolve("the Peruvian president", text.len(), text);
    assert_ne!(r.entities[a.entity].name, "Ada Moss");
}

#[test]
fn a_common_noun_for_a_body_keeps_its_determiner() {
    assert_eq!(classify("the agency").1, "the agency");
    assert_eq!(classify("The company").1, "The company".to_lowercase());
    assert_eq!(classify("the Acme company").1, "Acme company");
    // "the campaign" is the one the text gave an owner
    let text = "Ann Lee's campaign bought ads in May. Then ";
    let mut r = Resolver::default();
    let a = r.resolve("the campaign", text.len(), text);
    assert_eq!(r.entities[a.entity].name, "Lee campaign");
    assert_eq!(r.entities[a.entity].kind, SourceKind::Organization);
}

#[test]
fn a_description_goes_on_about_the_person_who_opened_a_sentence_before() {
    let text = "Nora Quint says the race is hers.\n\n";
    let mut r = Resolver::default();
    let a = r.resolve("The Idaho senator", text.len(), text);
    assert_eq!(r.entities[a.entity].name, "Nora Quint");
    let text = "Utah Gov. Ed Lim toured the dam. ";
    let a = r.resolve("The Republican presidential candidate", text.len(), text);
    assert_eq!(r.entities[a.entity].name, "Ed Lim");
    let text = "Ed Lim toured the dam. ";
    let mut r = Resolver::default();
    let a = r.resolve("The Ohio Republican", text.len(), text);
    assert_eq!(r.entities[a.entity].name, "Ed Lim");
    // a lone capitalised word the text never gave in full is no name
    let text = "Democratic leaders toured the dam. ";
    let a = r.resolve("The Ohio senator", text.len(), text);
    assert_eq!(r.entities[a.entity].name, "the Ohio senator");
    // another place or office does not fit
    let text = "Utah Gov. Ed Lim toured the dam. ";
    let mut r = Resolver::default();
    let a = r.resolve("The Idaho governor", text.len(), text);
    assert_eq!(r.entities[a.entity].name, "the Idaho governor");
    assert_eq!(r.entities[a.entity].kind, SourceKind::Person);
    let text = "Mayor Ed Lim toured the dam. ";
    let a = r.resolve("The senator", text.len(), text);
    assert_ne!(r.entities[a.entity].name, "Ed Lim");
    // a clause with a subject of its own is not the description's
    let text = "Ed Lim toured the dam, and ";
    let a = r.resolve("the senator", text.len(), text);
    assert_ne!(r.entities[a.entity].name, "Ed Lim");
}

#[test]
fn a_description_skips_people_whose_role_names_another_office() {
    // "the justice" is not the former candidate named just before
    let text = "Former candidate Ivo Brandt praised the ruling. ";
    let mut r = Resolver::default();
    r.resolve("Former candidate Ivo Brandt", 0, "");
    let a = r.resolve("The justice", text.len(), text);
    assert_eq!(r.entities[a.entity].name, "the justice");
    assert_eq!(r.entities[a.entity].kind, SourceKind::Person);
    // nor "the governor" the congresswoman named some sentences back, nor a description the
    // text left unnamed
    let text = "Rep. Dora Vance toured the plant. Workers cheered. The Senate leader said no. \
                Ten minutes later ";
    let mut r = Resolver::default();
    r.resolve("Rep. Dora Vance", 0, "");
    let at = text.find("The Senate").expect("mention");
    let leader = r.resolve("The Senate leader", at, &text[..at]);
    assert_eq!(r.entities[leader.entity].kind, SourceKind::Person);
    let a = r.resolve("the governor", text.len(), text);
    assert_eq!(r.entities[a.entity].name, "the governor");
    assert_ne!(a.entity, leader.entity);
    // a role that names the office fits ("Majority Leader" for "the majority leader")
    let text = "Senate Majority Leader Otto Krall spoke. Ed Lim, a welder, watched. Rain fell. \
                It stopped. ";
    let mut r = Resolver::default();
    r.resolve("Senate Majority Leader Otto Krall", 0, "");
    r.resolve("Ed Lim", 41, &text[..41]);
    let a = r.resolve("the majority leader", text.len(), text);
    assert_eq!(r.entities[a.entity].name, "Otto Krall");
    // "a candidate for governor" is no governor
    let text = "Ivo Brandt, a candidate for governor, spoke. Then ";
    let mut r = Resolver::default();
    let a = r.resolve("the governor", text.len(), text);
    assert_ne!(r.entities[a.entity].name, "Ivo Brandt");
}

#[test]
fn a_post_owned_by_a_body_is_held_in_that_body_not_by_a_person_named_after_it() {
    // the spokeswoman of the company the text named, never the person opening the sentence
    let text = "Acme Transit will cut 900 jobs, the company said. Mrs Lee Tan, a driver, was \
                upset. ";
    let mut r = Resolver::default();
    let at = text.find("the company").unwrap();
    let company = r.resolve("the company", at, &text[..at]);
    r.resolve("Mrs Lee Tan", 50, &text[..50]);
    let a = r.resolve("The company's spokeswoman", text.len(), text);
    assert_ne!(a.entity, company.entity);
    assert_eq!(r.entities[a.entity].name, "the company's spokeswoman");
    assert_eq!(r.entities[a.entity].kind, SourceKind::Organization);
    // nor a person named after a body the text took for a person
    let text = "Acme Transit announced the closures. ";
    let mut r = Resolver::default();
    let acme = r.resolve("Acme Transit", 0, "");
    let at = text.len();
    let a = r.resolve("The company's spokeswoman", at, text);
    assert_ne!(a.entity, acme.entity);
    let b = r.resolve("Acme Transit's chief executive", at, text);
    assert_ne!(b.entity, acme.entity);
    assert_eq!(r.entities[b.entity].name, "Acme Transit's chief executive");
    // the ministry's spokesman speaks for the ministry, as an official body
    let text = "The Health Ministry said fuel was short. ";
    let mut r = Resolver::default();
    r.resolve("The Health Ministry", 0, "");
    let a = r.resolve("The ministry's spokesman", text.len(), text);
    assert_eq!(r.entities[a.entity].name, "Health Ministry's spokesman");
    assert_eq!(r.entities[a.entity].kind, SourceKind::Official);
    // a post the text gave a person as a role is that person's
    let text = "Acme's chief executive, Paul Brandt, spoke. ";
    let mut r = Resolver::default();
    let after = &text["Acme's chief executive".len()..];
    let brandt = r.resolve_in("Acme's chief executive", 0, "", after);
    let a = r.resolve("The company's chief executive", text.len(), text);
    assert_eq!(a.entity, brandt.entity);
}

#[test]
fn a_post_after_its_is_the_post_in_the_body_taken_up_last() {
    let text = "Acme Ltd said fares would rise. ";
    let mut r = Resolver::default();
    r.resolve("Acme Ltd", 0, "");
    let a = r.resolve("Its current chief executive", text.len(), text);
    let e = &r.entities[a.entity];
    assert_eq!(e.name, "Acme Ltd's current chief executive");
    assert_eq!(e.kind, SourceKind::Person);
    // after a person, "its" owns nothing the text named
    let text = "Ann Lee said fares would rise. ";
    let mut r = Resolver::default();
    r.resolve("Ann Lee", 0, "");
    let a = r.resolve("Its chief executive", text.len(), text);
    assert_eq!(r.entities[a.entity].kind, SourceKind::Anonymous);
}

#[test]
fn a_post_of_a_described_person_is_the_post_of_that_name_seen_last() {
    let text = "Ivo Marsh's spokesman said the visit was off. Marsh is the prime minister. ";
    let mut r = Resolver::default();
    let first = r.resolve("Ivo Marsh's spokesman", 0, "");
    let a = r.resolve("the prime minister's spokesman", text.len(), text);
    assert_eq!(a.entity, first.entity);
    // a body's spokesman is not a person's
    let b = r.resolve("the company's spokesman", text.len(), text);
    assert_ne!(b.entity, first.entity);
}

#[test]
fn a_body_noun_takes_up_a_body_not_a_person_whose_name_holds_the_word() {
    let text = "A bank spokeswoman said the lender repaid customers. ";
    let mut r = Resolver::default();
    let woman = r.resolve("A bank spokeswoman", 0, "");
    let a = r.resolve("The bank", text.len(), text);
    assert_ne!(a.entity, woman.entity);
    assert_eq!(r.entities[a.entity].kind, SourceKind::Organization);
}

#[test]
fn a_noun_any_body_may_be_called_takes_up_the_body_just_named() {
    let text = "The World Health Organization warned of a new outbreak. ";
    let mut r = Resolver::default();
    let who = r.resolve("The World Health Organization", 0, "");
    let a = r.resolve("The agency", text.len(), text);
    assert_eq!(a.entity, who.entity);
    let text = "The Kestrel Trust said it would appeal. ";
    let mut r = Resolver::default();
    let trust = r.resolve("The Kestrel Trust", 0, "");
    assert_eq!(
        r.resolve("the group", text.len(), text).entity,
        trust.entity
    );
    // a noun that names a body of its own does not ("the state" is no court)
    let text = "The Supreme Court rejected the request. ";
    let mut r = Resolver::default();
    let court = r.resolve("The Supreme Court", 0, "");
    assert_ne!(
        r.resolve("The state", text.len(), text).entity,
        court.entity
    );
    // nor a body another source was mentioned after
    let text = "The Kestrel Trust warned. Hull Water said costs rose. ";
    let mut r = Resolver::default();
    let trust = r.resolve("The Kestrel Trust", 0, "");
    r.resolve("Hull Water", 26, &text[..26]);
    assert_ne!(r.resolve("The firm", text.len(), text).entity, trust.entity);
    // nor does a body named sentences before
    let far = format!(
        "The Kestrel Trust said it would appeal. {}",
        "Rain fell. ".repeat(60)
    );
    let mut r = Resolver::default();
    let trust = r.resolve("The Kestrel Trust", 0, "");
    assert_ne!(r.resolve("the group", far.len(), &far).entity, trust.entity);
    // nor is a firm a union or a charity
    let text = "Halden Energy said the pits would close, according to ";
    let mut r = Resolver::default();
    let firm = r.resolve("Halden Energy", 0, "");
    assert_ne!(r.resolve("the union", text.len(), text).entity, firm.entity);
}

#[test]
fn a_description_by_trade_opening_a_sentence_is_the_person_named_before() {
    let cases = [
        (
            "Ivo Marsh spoke in Leeds on Monday. ",
            "The billionaire businessman",
        ),
        (
            "Dora Finch announced her bid on Tuesday. ",
            "The retired neurosurgeon",
        ),
        (
            "Rex Dunn toured the base on Friday. ",
            "The Air Force veteran",
        ),
        ("Lena Ruiz addressed the rally. ", "The 52-year-old"),
    ];
    for (text, mention) in cases {
        let mut r = Resolver::default();
        let a = r.resolve(mention, text.len(), text);
        let name = text.split(' ').take(2).collect::<Vec<_>>().join(" ");
        assert_eq!(r.entities[a.entity].name, name, "{mention}");
        assert_eq!(r.entities[a.entity].kind, SourceKind::Person, "{mention}");
    }
}

#[test]
fn a_description_by_trade_that_fits_no_one_is_one_unnamed_person() {
    // a senator is not "the retired neurosurgeon", nor is a man "the businesswoman"
    for (text, mention) in [
        (
            "Sen. Ivo Marsh spoke in Leeds. ",
            "The retired neurosurgeon",
        ),
        ("John Marsh spoke in Leeds. ", "The businesswoman"),
        (
            "The crowd cheered in Leeds. ",
            "The billionaire businessman",
        ),
    ] {
        let mut r = Resolver::default();
        let a = r.resolve(mention, text.len(), text);
        let e = &r.entities[a.entity];
        assert_eq!(e.name, mention.to_lowercase(), "{mention}");
        assert_eq!(e.kind, SourceKind::Person, "{mention}");
    }
    // a supporter of someone named is someone else; an outlet's name is no description
    let text = "Ivo Marsh spoke in Leeds. ";
    let mut r = Resolver::default();
    let a = r.resolve("The Lee supporter", text.len(), text);
    assert_ne!(r.entities[a.entity].name, "Ivo Marsh");
    let a = r.resolve("the Daily Caller", text.len(), text);
    assert_eq!(r.entities[a.entity].kind, SourceKind::Media);
    // nor is one of two people named together
    let text = "Ivo Marsh and Ann Lee spoke in Leeds. ";
    let a = r.resolve("The billionaire businessman", text.len(), text);
    assert_ne!(r.entities[a.entity].name, "Ivo Marsh");
    // a photo credit opens no sentence about its photographer
    let text = "Ivo Marsh posted the clip on Monday. Ann Lee via Getty Images. ";
    let mut r = Resolver::default();
    let a = r.resolve("the 43-year-old", text.len(), text);
    assert_eq!(r.entities[a.entity].name, "Ivo Marsh");
}

#[test]
fn a_description_by_trade_takes_up_the_last_person_when_no_one_else_is_named() {
    let text = "Ivo Marsh said he would run. “Really,” he added. ";
    let mut r = Resolver::default();
    r.resolve("Ivo Marsh", 0, "");
    r.resolve("he", 43, &text[..43]);
    let a = r.resolve("the billionaire businessman", text.len(), text);
    assert_eq!(r.entities[a.entity].name, "Ivo Marsh");
    let text = "Ivo Marsh said he would run. Ann Lee’s plan won. Later, ";
    let mut r = Resolver::default();
    r.resolve("Ivo Marsh", 0, "");
    let a = r.resolve("the billionaire businessman", text.len(), text);
    assert_ne!(r.entities[a.entity].name, "Ivo Marsh");
}

#[test]
fn a_post_in_a_firm_named_in_the_possessive_takes_no_second_possessive() {
    let text = "Sainsbury's said sales rose. The company's spokesman said ";
    assert_eq!(
        resolve_last(text, &["Sainsbury's"], "The company's spokesman"),
        "Sainsbury's spokesman"
    );
}

#[test]
fn a_description_by_trade_does_not_take_up_a_person_of_another_post() {
    let text = "City council member Ann Brooks said residents had complained. The traffic \
                engineer did not respond";
    assert_eq!(
        resolve_last(
            text,
            &["City council member Ann Brooks"],
            "The traffic engineer"
        ),
        "the traffic engineer"
    );
}

#[test]
fn a_journalist_an_outlet_owns_is_no_mayor() {
    let text = "The Courier’s Leo Varga reported that the city had ignored two petitions. The \
                mayor said";
    assert_eq!(
        resolve_last(text, &["The Courier’s Leo Varga"], "The mayor"),
        "the mayor"
    );
    let text = "The Courier’s Leo Varga reported the story. The reporter said";
    assert_eq!(
        resolve_last(text, &["The Courier’s Leo Varga"], "The reporter"),
        "Leo Varga"
    );
}

#[test]
fn a_noun_for_an_outlet_takes_up_the_outlet_named_just_before() {
    for (text, outlet) in [
        (
            "TMZ reported that the couple had split. The outlet said ",
            "TMZ",
        ),
        (
            "The Guardian reported that the deal was off. The newspaper said ",
            "The Guardian",
        ),
    ] {
        let mut r = Resolver::default();
        let first = r.resolve(outlet, text.find(outlet).unwrap_or(0), "");
        let at = text.rfind("The ").unwrap_or(0);
        let mention = &text[at..text.len() - " said ".len()];
        let later = r.resolve(mention, at, &text[..at]);
        assert_eq!(later.entity, first.entity, "{text}");
        assert_eq!(r.entities[later.entity].kind, SourceKind::Media);
    }
}

#[test]
fn a_plural_group_is_never_the_one_of_them_quoted_last() {
    let text = "Acme is exploring a bid, according to people familiar with the matter. A deal \
                would face scrutiny, one of the people said. Acme would need debt, the people \
                said.";
    assert_eq!(
        resolve_last(
            text,
            &["people familiar with the matter", "one of the people"],
            "the people"
        ),
        "people familiar with the matter"
    );
}

#[test]
fn a_nationality_or_a_position_takes_up_the_player_named_before_and_is_never_a_name() {
    let text = "Ruud Maas's side lost again. \"We deserved more,\" said the Dutchman.";
    assert_eq!(resolve_last(text, &[], "the Dutchman"), "Ruud Maas");
    let text = "Ade Bello, 23, has scored 11 goals this season. \"I picked my spot,\" the \
                striker said.";
    assert_eq!(resolve_last(text, &[], "the striker"), "Ade Bello");
    // two players named together: the Brazilian is neither for certain, and no name
    let text = "Ade Bello and Caio Souza both scored. \"A great night,\" the Brazilian said.";
    let mut r = Resolver::default();
    let at = text.find("the Brazilian").expect("mention");
    let i = r.resolve("the Brazilian", at, &text[..at]).entity;
    assert_eq!(r.entities[i].kind, SourceKind::Anonymous);
    assert_eq!(r.entities[i].name, "the Brazilian");
}

#[test]
fn the_agency_takes_up_the_agency_its_sentence_or_the_one_before_opens_on() {
    // named as the subject of a deed, no source
    for (text, name) in [
        (
            "The Federal Aviation Administration on Friday grounded the jets, the agency",
            "Federal Aviation Administration",
        ),
        (
            "The U.S. Food and Drug Administration cleared the drug. The agency",
            "U.S. Food and Drug Administration",
        ),
        ("The FDA approved the pill on Wednesday. The agency", "FDA"),
    ] {
        let mut r = Resolver::default();
        let at = text
            .rfind("the agency")
            .or_else(|| text.rfind("The agency"))
            .unwrap();
        let i = r.resolve(&text[at..], at, &text[..at]).entity;
        assert_eq!(r.entities[i].name, name, "{text}");
        assert_eq!(r.entities[i].kind, SourceKind::Official, "{text}");
    }
    // a firm is no agency
    let text = "Acme Motors recalled the cars. The agency";
    let mut r = Resolver::default();
    let at = text.rfind("The agency").unwrap();
    let i = r.resolve("The agency", at, &text[..at]).entity;
    assert_ne!(r.entities[i].name, "Acme Motors");
}

#[test]
fn the_sources_take_up_people_described_by_their_knowledge() {
    let text = "Halvorsen is in talks to buy Cresta, people familiar with the matter said. \
                Talks began in March, the sources said.";
    assert_eq!(
        resolve_last(text, &["people familiar with the matter"], "the sources"),
        "people familiar with the matter"
    );
    // people not described by what they know are no sources of that kind
    let text = "Halvorsen is in talks to buy Cresta, shareholders said. Talks began in March, \
                the sources said.";
    assert_ne!(
        resolve_last(text, &["shareholders"], "the sources"),
        "shareholders"
    );
}

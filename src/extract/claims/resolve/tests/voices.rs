//! Bodies speaking through a spokesperson ("A Barclays spokesman said") or under their
//! initials ("The ONS said"), on sentences written for these tests.

use super::bodies::{body, sources};
use super::*;

#[test]
fn a_spokesperson_named_after_a_body_is_that_body_speaking() {
    let text = "A Barclays spokesman said the bank would keep its rates.";
    assert_eq!(
        sources(text, &["A Barclays spokesman"]),
        [("Barclays spokesman".to_string(), SourceKind::Organization)]
    );
    let text = "A BBC spokesperson said the show was pulled.";
    assert_eq!(
        sources(text, &["A BBC spokesperson"])[0].1,
        SourceKind::Media
    );
    let text = "A Department of Health spokesperson said plans were in place.";
    assert_eq!(
        sources(text, &["A Department of Health spokesperson"]),
        [(
            "Department of Health spokesperson".to_string(),
            SourceKind::Official
        )]
    );
    let text = "A Department of Health and Social Care spokesman said plans were in place.";
    assert_eq!(
        sources(text, &["A Department of Health and Social Care spokesman"]),
        [(
            "Department of Health and Social Care spokesman".to_string(),
            SourceKind::Official
        )]
    );
    // a number inside the name: "No 10" is Downing Street
    let text = "A No 10 spokesperson said the talks went well.";
    assert_eq!(
        sources(text, &["A No 10 spokesperson"]),
        [("No 10 spokesperson".to_string(), SourceKind::Official)]
    );
    let text = "A Kremlin spokesman said the call took place.";
    assert_eq!(
        sources(text, &["A Kremlin spokesman"]),
        [("Kremlin spokesman".to_string(), SourceKind::Official)]
    );
    // the initials of a body the text named take its kind
    let text = "Prices rose, the Office for National Statistics said. An ONS spokeswoman said \
                fuel drove the rise.";
    let found = sources(
        text,
        &["the Office for National Statistics", "An ONS spokeswoman"],
    );
    assert_eq!(
        found[1],
        ("ONS spokeswoman".to_string(), SourceKind::Official)
    );
}

#[test]
fn the_spokesperson_named_by_a_bodys_initials_speaks_for_it() {
    let text = "The Coastal Farmers League (CFL) said it would march. The CFL spokesperson said \
                the league was united.";
    let found = sources(
        text,
        &["The Coastal Farmers League", "The CFL spokesperson"],
    );
    assert_eq!(
        found[1],
        ("CFL spokesperson".to_string(), SourceKind::Organization)
    );
}

#[test]
fn the_spokesperson_of_a_head_of_government_speaks_for_the_office() {
    let text = "The prime minister's official spokesman told reporters the plan stood.";
    assert_eq!(
        sources(text, &["The prime minister's official spokesman"]),
        [(
            "prime minister's official spokesman".to_string(),
            SourceKind::Official
        )]
    );
    let text = "The governor's spokeswoman said the bill would be signed.";
    assert_eq!(
        sources(text, &["The governor's spokeswoman"])[0].1,
        SourceKind::Official
    );
    // nor is a former office holder's
    let text = "The former president's spokeswoman said he would not attend.";
    assert_eq!(
        sources(text, &["The former president's spokeswoman"])[0].1,
        SourceKind::Anonymous
    );
    // a firm's unnamed spokesperson is not an office's
    let text = "The chairman's spokesman said the bid was dead.";
    assert_eq!(
        sources(text, &["The chairman's spokesman"])[0].1,
        SourceKind::Anonymous
    );
}

#[test]
fn a_spokesperson_of_a_body_noun_speaks_as_that_body_would() {
    // an official body needs no name: "police said" is the police speaking
    let text = "A police spokesman said the fire was arson.";
    assert_eq!(
        sources(text, &["A police spokesman"]),
        [("police spokesman".to_string(), SourceKind::Official)]
    );
    let text = "A defence ministry spokeswoman said troops were sent.";
    assert_eq!(
        sources(text, &["A defence ministry spokeswoman"])[0].1,
        SourceKind::Official
    );
    // a firm's noun takes up the firm the text quoted just before
    let text = "Orbit Inc. declined to comment on Monday. A company spokeswoman later said \
                demand was strong.";
    assert_eq!(
        sources(text, &["Orbit Inc.", "A company spokeswoman"])[1],
        body("Orbit Inc. spokeswoman")
    );
    // an emergency service named by its trade alone: "a fire spokesperson" is the fire service
    let text = "Two firefighters were hurt, a fire spokesperson said.";
    assert_eq!(
        sources(text, &["a fire spokesperson"]),
        [(
            "fire service spokesperson".to_string(),
            SourceKind::Official
        )]
    );
    let text = "Two people were taken to hospital, an ambulance spokesman said.";
    assert_eq!(
        sources(text, &["an ambulance spokesman"])[0].1,
        SourceKind::Official
    );
    // an adjective is no body
    let text = "A senior spokesman said the talks had ended.";
    assert_eq!(
        sources(text, &["A senior spokesman"])[0].1,
        SourceKind::Anonymous
    );
}

#[test]
fn a_persons_spokesman_and_a_nameless_one_stay_unnamed_people() {
    let text = "Dana Whitlock spoke in Ohio. A Whitlock spokesman said the rally was moved.";
    assert_eq!(
        sources(text, &["A Whitlock spokesman"])[0].1,
        SourceKind::Anonymous
    );
    // (a firm's spokeswoman is on the record for the firm, named or not)
    let text = "A company spokeswoman said sales rose.";
    assert_eq!(
        sources(text, &["A company spokeswoman"])[0].1,
        SourceKind::Organization
    );
    let text = "A spokesman said the talks had ended.";
    assert_eq!(sources(text, &["A spokesman"])[0].1, SourceKind::Anonymous);
}

#[test]
fn a_body_spokeswoman_is_taken_up_by_she() {
    let text = "A Barclays spokeswoman said the decision was painful. She added that ";
    let mut r = Resolver::default();
    let first = r.resolve("A Barclays spokeswoman", 0, "").entity;
    let at = text.rfind("She").unwrap();
    let she = r.resolve("She", at, &text[..at]).entity;
    assert_eq!(she, first);
}

#[test]
fn initials_take_up_the_body_whose_name_they_spell() {
    let text = "The National Rifle Association backed the bill. The NRA said it would spend more.";
    let found = sources(text, &["The National Rifle Association", "The NRA"]);
    assert_eq!(found[0], found[1]);
    assert_eq!(found[1].0, "National Rifle Association");
    // "WHO" in capitals is the body, not the relative pronoun
    let text = "The World Health Organization warned of an outbreak, the minister said. WHO said \
                40 cases were confirmed.";
    let found = sources(text, &["The World Health Organization", "WHO"]);
    assert_eq!(found[1].0, "World Health Organization");
    // initials no body seen spells are a body of their own
    let text = "The Kestrel Rail Union backed the strike. The KFU said it had opened talks.";
    let found = sources(text, &["The Kestrel Rail Union", "The KFU"]);
    assert_eq!(found[1], ("KFU".to_string(), SourceKind::Organization));
}

#[test]
fn a_spokesperson_for_a_body_is_that_body_speaking() {
    let text = "The Rail Delivery Group said fares were lower. A spokesperson for the group added \
                that ";
    let found = sources(
        text,
        &["The Rail Delivery Group", "A spokesperson for the group"],
    );
    assert_eq!(
        found[1],
        (
            "Rail Delivery Group spokesperson".to_string(),
            SourceKind::Organization
        )
    );
    let text = "A spokesman for the Pentagon said the drills were routine.";
    assert_eq!(
        sources(text, &["A spokesman for the Pentagon"]),
        [("Pentagon spokesman".to_string(), SourceKind::Official)]
    );
    // a body the text never named speaks on the record all the same, under the description
    let text = "A spokeswoman for the utility said power was back.";
    assert_eq!(
        sources(text, &["A spokeswoman for the utility"]),
        [(
            "a spokeswoman for the utility".to_string(),
            SourceKind::Organization
        )]
    );
    // a spokesman for a person is no body's voice
    let text = "Dana Whitlock spoke. A spokesman for Ms. Whitlock said she was tired.";
    let found = sources(text, &["A spokesman for Ms. Whitlock"]);
    assert!(!matches!(
        found[0].1,
        SourceKind::Organization | SourceKind::Official
    ));
}

#[test]
fn his_office_and_her_campaign_are_named_after_the_person() {
    let text = "House Speaker Mike Johnson said he would wait. His office did not respond.";
    let mut r = Resolver::default();
    r.resolve("House Speaker Mike Johnson", 0, "");
    let at = text.find("His office").unwrap();
    let e = r.resolve("His office", at, &text[..at]).entity;
    assert_eq!(r.entities[e].name, "Mike Johnson's office");
    assert_eq!(r.entities[e].kind, SourceKind::Official);
    let text = "Maria Whitlock spoke in Ohio. Her campaign said the rally was moved.";
    let mut r = Resolver::default();
    r.resolve("Maria Whitlock", 0, "");
    let at = text.find("Her campaign").unwrap();
    let e = r.resolve("Her campaign", at, &text[..at]).entity;
    assert_eq!(r.entities[e].name, "Whitlock campaign");
    // a person of no known gender names no body: "her" may be someone else
    let text = "Robin Vale spoke in Ohio. Her campaign said the rally was moved.";
    let mut r = Resolver::default();
    r.resolve("Robin Vale", 0, "");
    let at = text.find("Her campaign").unwrap();
    let e = r.resolve("Her campaign", at, &text[..at]).entity;
    assert_eq!(r.entities[e].name.to_lowercase(), "her campaign");
    assert_eq!(r.entities.len(), 2);
}

#[test]
fn the_force_is_the_police_force_named_before() {
    let text = "A man was held, West Yorkshire Police said. Officers were called, the force said.";
    let found = sources(text, &["West Yorkshire Police", "the force"]);
    assert_eq!(found[1], found[0]);
    // no police named: the description stands for itself
    let text = "Officers were called, the force said.";
    assert_ne!(sources(text, &["the force"])[0].1, SourceKind::Person);
}

#[test]
fn a_role_and_a_name_set_off_after_a_description_name_the_person() {
    let text = "His wife, Navy veteran Jane Doe, said the plan was sound.";
    let mut r = Resolver::default();
    let e = r
        .resolve_in("His wife", 0, "", &text["His wife".len()..])
        .entity;
    assert_eq!(r.entities[e].name, "Jane Doe");
    assert_eq!(r.entities[e].role.as_deref(), Some("Navy veteran"));
}

#[test]
fn a_titled_name_set_off_after_a_possessive_post_names_the_person() {
    let text = "Mr Qadir's counsel, Barrister Imran Qureshi, argued the arrest was unlawful.";
    let mention = "Mr Qadir's counsel";
    let mut r = Resolver::default();
    let e = r.resolve_in(mention, 0, "", &text[mention.len()..]).entity;
    assert_eq!(r.entities[e].name, "Imran Qureshi");
    assert_eq!(r.entities[e].role.as_deref(), Some("Barrister"));
    // a party noun for a post, and a place after the name
    let text = "The panel's ranking Republican, Sen. Ann Lowry of Vermont, asked for a vote.";
    let mention = "The panel's ranking Republican";
    let mut r = Resolver::default();
    let e = r.resolve_in(mention, 0, "", &text[mention.len()..]).entity;
    assert_eq!(r.entities[e].name, "Ann Lowry");
}

#[test]
fn forecasters_speak_for_the_weather_service_just_named() {
    let text = "The National Weather Service said the front would stall. Forecasters said \
                rain could reach 10 inches.";
    let found = sources(text, &["The National Weather Service", "Forecasters"]);
    assert_eq!(found[1].0, found[0].0);
    // no weather service named: an unnamed group
    let text = "The river rose. Forecasters said rain could reach 10 inches.";
    assert_eq!(
        sources(text, &["Forecasters"])[0].1,
        SourceKind::UnnamedGroup
    );
}

#[test]
fn a_spokesperson_for_a_person_is_unnamed_and_for_a_lone_name_a_firms_voice() {
    let text =
        "Sen. Paul Whitaker blocked the vote. A spokesman for Whitaker said he had concerns.";
    let found = sources(text, &["Sen. Paul Whitaker", "A spokesman for Whitaker"]);
    assert_eq!(
        found[1],
        (
            "a spokesman for Whitaker".to_string(),
            SourceKind::Anonymous
        )
    );
    // the senator keeps his own role, not the spokesman's
    assert_eq!(found[0].0, "Paul Whitaker");
    let text = "A spokeswoman for YouTube said it removes such videos.";
    assert_eq!(
        sources(text, &["A spokeswoman for YouTube"]),
        [("YouTube spokeswoman".to_string(), SourceKind::Organization)]
    );
}

#[test]
fn spokespeople_in_the_plural_speak_for_whom_they_represent_as_one_does() {
    // as "a representative for Theo Marsh", unnamed people speaking for a person, not him
    let mut r = Resolver::default();
    let a = r.resolve("Representatives for Theo Marsh", 0, "");
    assert_eq!(r.entities[a.entity].kind, SourceKind::Anonymous);
    assert_ne!(r.entities[a.entity].name, "Theo Marsh");
    // and the voice of a lone name the text gave no person, as "a spokesman for Halvorsen"
    let mut r = Resolver::default();
    let a = r.resolve("spokesmen for Halvorsen", 0, "");
    let e = &r.entities[a.entity];
    assert_eq!(
        (e.kind, e.name.as_str()),
        (SourceKind::Organization, "Halvorsen spokesmen")
    );
}

#[test]
fn a_body_named_beside_a_word_for_one_is_the_source() {
    // as "Her attorney, Michael Brandt," is that person, "Her label, Meridian Records," is
    // the label, an organization with its word as the role
    for (text, role, name) in [
        (
            "Her label, Meridian Records, said the tour was off.",
            "label",
            "Meridian Records",
        ),
        (
            "Its parent company, Halvorsen Group, said the deal was off.",
            "parent company",
            "Halvorsen Group",
        ),
    ] {
        let mut r = Resolver::default();
        let end = text.find(", ").expect("comma");
        let a = r.resolve_in(&text[..end], 0, "", &text[end..]);
        let e = &r.entities[a.entity];
        assert_eq!(
            (e.kind, e.name.as_str(), e.role.as_deref()),
            (SourceKind::Organization, name, Some(role)),
            "{text}"
        );
    }
    // a given name opens a person's name
    let text = "Her company, Ann Lee, said the deal was off.";
    let mut r = Resolver::default();
    let end = text.find(", ").expect("comma");
    let a = r.resolve_in(&text[..end], 0, "", &text[end..]);
    assert_ne!(r.entities[a.entity].name, "Ann Lee");
}

#[test]
fn a_spokesperson_alone_speaks_for_the_body_that_just_spoke() {
    let text = "Orbit Inc. said sales fell. A spokeswoman said demand would recover.";
    assert_eq!(
        sources(text, &["Orbit Inc.", "A spokeswoman"])[1],
        body("Orbit Inc. spokeswoman")
    );
    let text = "Police said two men were held. A spokesman said they were local.";
    assert_eq!(
        sources(text, &["Police", "A spokesman"])[1],
        ("Police spokesman".to_string(), SourceKind::Official)
    );
    // a person's spokesman, another source in between, or a body two sentences back: unnamed
    let text = "Mitt Romney will not attend. A spokesman said he had no plans.";
    assert_eq!(sources(text, &["A spokesman"])[0].1, SourceKind::Anonymous);
    let text = "Orbit Inc. said sales fell. Analysts said it was expected. A spokeswoman said \
                demand would recover.";
    assert_eq!(
        sources(text, &["Orbit Inc.", "Analysts", "A spokeswoman"])[2].1,
        SourceKind::Anonymous
    );
    let text = "Orbit Inc. said sales fell. Shares dropped. A spokeswoman said demand would \
                recover.";
    assert_eq!(
        sources(text, &["Orbit Inc.", "A spokeswoman"])[1].1,
        SourceKind::Anonymous
    );
}

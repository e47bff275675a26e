//! Resolution of mentions written for these tests.

use super::*;

#[test]
fn classifies_kinds() {
    let cases = [
        ("an intelligence source", SourceKind::Anonymous),
        (
            "a senior official who asked not to be named",
            SourceKind::Anonymous,
        ),
        ("people familiar with the matter", SourceKind::Anonymous),
        (
            "more than a dozen people who know this",
            SourceKind::Anonymous,
        ),
        ("authorities", SourceKind::UnnamedGroup),
        ("French authorities", SourceKind::UnnamedGroup),
        ("many security experts", SourceKind::UnnamedGroup),
        ("Republicans", SourceKind::UnnamedGroup),
        ("the French Interior Ministry", SourceKind::Official),
        ("Paris police", SourceKind::Official),
        (
            "the Kenya Tea Growers Association",
            SourceKind::Organization,
        ),
        ("Reuters", SourceKind::Media),
        ("The Baltimore Sun", SourceKind::Media),
        ("a report by the auditor", SourceKind::Document),
        ("Mayor Ines Duarte", SourceKind::Person),
        ("Rep. Gwen Adler (D-Wis.)", SourceKind::Person),
        ("Mr. King", SourceKind::Person),
        ("Charlie King", SourceKind::Person),
        ("the Indiana governor", SourceKind::Person),
        ("a New York judge", SourceKind::Anonymous),
        ("Lee's campaign manager", SourceKind::Person),
        ("Ann Lee's campaign chief", SourceKind::Person),
        ("a Labour Party organizer", SourceKind::Anonymous),
        ("aid groups", SourceKind::UnnamedGroup),
        ("engineers", SourceKind::UnnamedGroup),
    ];
    for (m, k) in cases {
        assert_eq!(classify(m).0, k, "{m}");
    }
}

#[test]
fn cleans_mentions() {
    assert_eq!(classify("Although Scott Perry").1, "Scott Perry");
    assert_eq!(classify("Sen. Ann Lee (D-Ore.)").1, "Ann Lee");
    assert_eq!(classify("and the report").0, SourceKind::Document);
}

#[test]
fn countries_speak_as_governments() {
    assert_eq!(classify("China").0, SourceKind::Official);
    assert_eq!(
        classify("the United States"),
        (SourceKind::Official, "United States".into(), None)
    );
    assert_eq!(classify("South Korea").0, SourceKind::Official);
    // a person named after a place is still a person
    assert_eq!(classify("Ann France").0, SourceKind::Person);
}

#[test]
fn a_document_with_its_maker() {
    let (kind, name, _) = classify("an Ipsos poll released Monday");
    assert_eq!(kind, SourceKind::Document);
    assert_eq!(name, "an Ipsos poll released Monday");
    assert_eq!(
        classify("a study by the Grattan Institute").0,
        SourceKind::Document
    );
    assert_eq!(
        classify("the Grattan Institute").0,
        SourceKind::Organization
    );
}

#[test]
fn splits_role_from_name() {
    let (kind, name, role) = classify("Lisbon fire chief Marta Reis");
    assert_eq!(kind, SourceKind::Person);
    assert_eq!(name, "Marta Reis");
    assert_eq!(role.as_deref(), Some("Lisbon fire chief"));
}

#[test]
fn resolves_pronouns_definites_and_surnames() {
    let mut r = Resolver::default();
    let a = r.resolve("Health Minister Aiko Tanaka", 0, "");
    let b = r.resolve("Tanaka", 50, "");
    let c = r.resolve("she", 80, "");
    assert_eq!(a.entity, b.entity);
    assert_eq!(a.entity, c.entity);
    let s = r.resolve("Diplomatic sources", 100, "");
    let t = r.resolve("the source", 150, "");
    assert_eq!(s.entity, t.entity);
    assert!(s.plural && !t.plural);
    assert!(r.entities[s.entity].singular_seen);
    let u = r.resolve("the association", 200, "");
    assert_ne!(u.entity, s.entity);
}

#[test]
fn a_pronoun_prefers_a_person_who_opens_a_later_sentence() {
    let text = "Lopez said the dam was safe.\n\nNora Quint, an engineer, inspected it. She said ";
    let mut r = Resolver::default();
    let a = r.resolve("Lopez", 0, "");
    let at = text.rfind("She").expect("she");
    let b = r.resolve("She", at, &text[..at]);
    assert_ne!(a.entity, b.entity);
    assert_eq!(r.entities[b.entity].name, "Nora Quint");
    // a name inside the source's own sentence does not take the pronoun over
    let text = "Lopez said Nora Quint inspected the dam. She said ";
    let mut r = Resolver::default();
    let a = r.resolve("Lopez", 0, "");
    let at = text.rfind("She").expect("she");
    assert_eq!(r.resolve("She", at, &text[..at]).entity, a.entity);
}

#[test]
fn a_name_search_starts_on_a_character_boundary() {
    // 1,500 bytes back from the end falls inside a curly quotation mark
    let context = format!("Ann Reyes spoke.{}”{}", "x".repeat(10), " y".repeat(749));
    assert_eq!(context.len() - 1500, 27);
    assert_eq!(last_person_name(&context), None);
}

#[test]
fn a_role_tied_to_a_place_or_body_is_not_a_name() {
    let (kind, name, _) = classify("a bus driver from Lodi, Calif.");
    assert_eq!(kind, SourceKind::Anonymous);
    assert_eq!(name, "a bus driver from Lodi, Calif.");
    assert_eq!(
        classify("a longtime adviser to both Smiths").0,
        SourceKind::Anonymous
    );
    assert_eq!(
        classify("chairman of the Harbor Rowing Club").0,
        SourceKind::Unknown
    );
    assert_eq!(
        classify("three Democratic members of Congress from Ohio").0,
        SourceKind::Anonymous
    );
    // a name closing the mention is still the source's own
    let (kind, name, _) = classify("former secretary of state Ann Lee");
    assert_eq!((kind, name.as_str()), (SourceKind::Person, "Ann Lee"));
    // a document with its makers stays a document
    assert_ne!(
        classify("a study last year by economists at Tulane University").0,
        SourceKind::UnnamedGroup
    );
}

#[test]
fn bodies_named_with_a_preposition_or_the_are_not_people() {
    let cases = [
        (
            "the Department of Agriculture",
            SourceKind::Official,
            "Department of Agriculture",
        ),
        (
            "the Bank of Portugal",
            SourceKind::Organization,
            "Bank of Portugal",
        ),
        (
            "the Center for Coastal Studies",
            SourceKind::Organization,
            "Center for Coastal Studies",
        ),
        (
            "The Commission on Rural Roads",
            SourceKind::Official,
            "Commission on Rural Roads",
        ),
        ("the Evening Caller", SourceKind::Media, "Evening Caller"),
        ("Gallup", SourceKind::Organization, "Gallup"),
        (
            "Norway and Denmark",
            SourceKind::Official,
            "Norway and Denmark",
        ),
    ];
    for (m, kind, name) in cases {
        assert_eq!(classify(m).0, kind, "{m}");
        assert_eq!(classify(m).1, name, "{m}");
    }
    // a person from a place keeps being a person
    assert_eq!(classify("Rep. Dana Fox of Oregon").0, SourceKind::Person);
    assert_eq!(classify("Ruth Vega for Harbor Polling").1, "Ruth Vega");
    assert_eq!(classify("Senate Majority Whip Ann Lee").1, "Ann Lee");
}

#[test]
fn unnamed_people_and_shares_of_a_poll() {
    let cases = [
        ("a neighbor", SourceKind::Anonymous),
        ("the woman", SourceKind::Anonymous),
        ("a 2012 campaign veteran", SourceKind::Anonymous),
        ("only 12 percent", SourceKind::UnnamedGroup),
        ("four in 10", SourceKind::UnnamedGroup),
        ("those polled", SourceKind::UnnamedGroup),
        ("Some candidates", SourceKind::UnnamedGroup),
        ("rival Labour candidates", SourceKind::UnnamedGroup),
    ];
    for (m, kind) in cases {
        assert_eq!(classify(m).0, kind, "{m}");
    }
}

#[test]
fn a_full_name_is_never_a_function_word_or_a_sentence_end() {
    let mut r = Resolver::default();
    let ctx = "The Okafor campaign spoke. It ended in Lagos. Okafor ";
    let a = r.resolve("Okafor", ctx.len(), ctx);
    assert_eq!(r.entities[a.entity].name, "Okafor");
    let ctx = "Dele Okafor arrived. First Okafor ";
    assert_eq!(
        full_name_before(ctx, "Okafor").as_deref(),
        Some("Dele Okafor")
    );
    let ctx = "a visit to Ghana. Okafor ";
    assert_eq!(full_name_before(ctx, "Okafor"), None);
    let mut r = Resolver::default();
    let ctx = "If Okafor wins, the city gains. ";
    let a = r.resolve("he", ctx.len(), ctx);
    assert_eq!(r.entities[a.entity].name, "he");
}

#[test]
fn a_given_name_tells_two_people_apart() {
    let mut r = Resolver::default();
    let a = r.resolve("Mara Okafor", 0, "");
    let b = r.resolve("Dele Okafor", 40, "");
    assert_ne!(a.entity, b.entity);
    let c = r.resolve("Okafor herself", 80, "");
    assert_eq!(c.entity, b.entity);
}

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
fn a_relative_who_takes_the_phrase_before_it() {
    let text = "Ada Moss criticised Ed Lim, ";
    let mut r = Resolver::default();
    r.resolve("Ada Moss", 0, "");
    let a = r.resolve("who", text.len(), text);
    assert_eq!(r.entities[a.entity].name, "Ed Lim");
    let text = "Most agreed, against only 31 percent ";
    let a = r.resolve("who", text.len(), text);
    assert_eq!(r.entities[a.entity].kind, SourceKind::UnnamedGroup);
    // a non-breaking space before the phrase is no problem
    let text = "Moss\u{a0}met Ed\u{a0}Lim, ";
    r.resolve("who", text.len(), text);
}

#[test]
fn a_role_next_to_a_name_is_that_person() {
    let mut r = Resolver::default();
    let text = "\"It is late,\" the city spokeswoman, Tia Roth, said.";
    let at = text.find("the city").expect("mention");
    let end = at + "the city spokeswoman".len();
    let a = r.resolve_in(&text[at..end], at, &text[..at], &text[end..]);
    assert_eq!(r.entities[a.entity].name, "Tia Roth");
    let text = "Omar Haddad, director of the Lakeside Food Bank, said stocks were low.";
    let at = text.find("director").expect("mention");
    let end = text.find(", said").expect("end");
    let a = r.resolve_in(&text[at..end], at, &text[..at], &text[end..]);
    assert_eq!(r.entities[a.entity].name, "Omar Haddad");
    // a name that ends the clause before is not the role's
    let text = "He told Omar Haddad, the director said nothing.";
    let at = text.find("the director").expect("mention");
    let end = at + "the director".len();
    let a = r.resolve_in(&text[at..end], at, &text[..at], &text[end..]);
    assert_ne!(r.entities[a.entity].name, "Omar Haddad");
}

#[test]
fn sentence_adverbs_and_bare_superlatives_are_no_sources() {
    assert!(is_no_source("However"));
    assert!(is_no_source("Usually"));
    assert!(is_no_source("the most"));
    assert!(!is_no_source("Kelly"));
    assert!(!is_no_source("the ministry"));
    assert!(!is_no_source("However, the ministry"));
}

#[test]
fn a_pronoun_finds_a_name_in_the_text() {
    let mut r = Resolver::default();
    let ctx = "Joy Banda, a nurse, arrived at dawn. ";
    let a = r.resolve("she", ctx.len(), ctx);
    assert_eq!(r.entities[a.entity].name, "Joy Banda");
}

#[test]
fn a_name_loses_what_is_not_part_of_it() {
    // a word typed twice, a dateline, a time after the name, a bracket before it
    assert_eq!(classify("the the audit report").1, "the audit report");
    assert_eq!(
        classify("May 4 (Reuters) - Harbor Mayor Ines Duarte").1,
        "Ines Duarte"
    );
    assert_eq!(
        classify("the Ohio Republican on Friday").1,
        "the Ohio Republican"
    );
    assert_eq!(classify("(Ms. Duarte").1, "Ms. Duarte");
    assert_eq!(classify("The Lee campaign on Monday").1, "Lee campaign");
    // a day that dates a document stays
    assert_eq!(
        classify("a Gallup poll released Monday").1,
        "a Gallup poll released Monday"
    );
    // a pronoun after an adverbial, and a source after the noun a contact clause hangs on
    assert_eq!(clean_mention("this time she"), "she");
    assert_eq!(
        clean_mention("just the sort of judge many farmers"),
        "many farmers"
    );
    // a dash inside a sentence is no dateline
    assert_eq!(clean_mention("He won praise from farmers - and"), "He");
}

#[test]
fn a_title_before_of_runs_on_to_the_name() {
    let (kind, name, role) = classify("Acme Chief of Staff Dana Hale");
    assert_eq!((kind, name.as_str()), (SourceKind::Person, "Dana Hale"));
    assert_eq!(role.as_deref(), Some("Acme Chief of Staff"));
    assert_eq!(
        classify("Secretary of Homeland Security Ann B. Lee").1,
        "Ann B. Lee"
    );
}

#[test]
fn a_document_is_named_without_its_relative_clause() {
    let (kind, name, _) = classify("a new survey that finds most renters want rent control");
    assert_eq!(
        (kind, name.as_str()),
        (SourceKind::Document, "a new survey")
    );
    assert_eq!(classify("Surveys").0, SourceKind::Document);
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
fn they_and_it_take_up_a_phrase_written_since_the_last_source() {
    let text = "Ann Lee spoke first. Later the county's dairy farmers met, and ";
    let mut r = Resolver::default();
    r.resolve("Ann Lee", 0, "");
    // a source mentioned in the sentences before keeps the pronoun
    let mut g = Resolver::default();
    let before = "Growers say mills are to blame. ";
    g.resolve("Growers", 0, "");
    let a = g.resolve("They", before.len(), before);
    assert_eq!(g.entities[a.entity].name, "Growers");
    let a = r.resolve("they", text.len(), text);
    assert_eq!(r.entities[a.entity].name, "the county's dairy farmers");
    let text = "Ann Lee spoke. The water agency fined the plant. ";
    let a = r.resolve("It", text.len(), text);
    assert_eq!(r.entities[a.entity].name, "the water agency");
    // nothing to take up: not a name, not yet classified
    let mut r = Resolver::default();
    let a = r.resolve("They", 10, "Rain fell. ");
    assert_eq!(r.entities[a.entity].name, "they");
    assert_eq!(r.entities[a.entity].kind, SourceKind::Unknown);
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
fn words_cut_off_before_their_noun_are_no_sources() {
    assert!(is_no_source("the chances in"));
    assert!(is_no_source("The"));
    assert!(is_no_source("Friday"));
    assert!(is_no_source("There are many who doubt it but"));
    assert!(!is_no_source("Al From"));
    // a clause before the cue gives its subject
    assert!(!is_no_source("Union leaders met to weigh the future of"));
    assert_eq!(clean_mention("The mayor left early and"), "The mayor");
    assert_eq!(
        classify("Union leaders met to weigh the future of").1,
        "Union leaders"
    );
}

#[test]
fn a_sentence_search_steps_over_curly_quotes() {
    // each character is tested as a sentence end: a multi-byte one must not be cut
    let context = "Ed Lim said “no.” Then he said ‘yes’: it rained. ";
    assert_eq!(subject_before(context).as_deref(), Some("Ed Lim"));
}

#[test]
fn he_and_she_take_up_a_person_of_their_gender() {
    let mut r = Resolver::default();
    let a = r.resolve("Mrs. Amina Okafor", 0, "");
    let b = r.resolve("John Mensah", 40, "");
    // "she" skips the nearer man
    let c = r.resolve("she", 80, "");
    assert_eq!(c.entity, a.entity);
    let d = r.resolve("he", 120, "");
    assert_eq!(d.entity, b.entity);
    // a person whose gender no word shows learns it from the pronoun that takes them up
    let e = r.resolve("Ruiz", 160, "");
    let f = r.resolve("he", 200, "");
    assert_eq!(f.entity, e.entity);
    assert_eq!(r.entities[e.entity].gender, Some(Gender::Male));
}

#[test]
fn a_surname_shared_by_two_people_goes_to_the_one_written_last() {
    let mut r = Resolver::default();
    let text = "Bill Clinton spoke in Iowa. Hillary Clinton rebuffed a heckler. ";
    let bill = r.resolve("Bill Clinton", 0, "");
    let hillary = r.resolve("Hillary Clinton", 28, &text[..28]);
    let _ = r.resolve("he", 50, &text[..50]);
    assert_eq!(r.entities[bill.entity].last, 50);
    let c = r.resolve("Clinton", text.len(), text);
    assert_eq!(c.entity, hillary.entity);
    let d = r.resolve("Ms. Clinton", text.len(), text);
    assert_eq!(d.entity, hillary.entity);
}

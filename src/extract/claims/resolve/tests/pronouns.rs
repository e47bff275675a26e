//! Pronouns and gender: the source "he", "she", "they" or "it" takes up.

use super::*;

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
fn a_pronoun_prefers_a_surname_that_opens_a_later_sentence() {
    // the speaker quoted last is not whom the next sentences are about
    let he_after = |text: &str, speaker: &str| {
        let mut r = Resolver::default();
        let at = text.find(speaker).expect("speaker");
        r.resolve(speaker, at, &text[..at]);
        let at = text.rfind("He ").expect("he");
        let b = r.resolve("He", at, &text[..at]);
        r.entities[b.entity].name.clone()
    };
    let text =
        "Senator Thomas Reyes lost Ohio. \"It is over,\" said Ed Voss, an analyst. Reyes is \
                digging in. He said ";
    assert_eq!(he_after(text, "Ed Voss"), "Thomas Reyes");
    let text = "Tom Reyes lost Ohio. \"It is over,\" said Ed Voss, an analyst. Mr. Reyes was \
                calm. He said ";
    assert_eq!(he_after(text, "Ed Voss"), "Tom Reyes");
    // an honorific in mid-sentence opens nothing; a surname inside a quotation is no subject
    let text = "Tom Reyes lost Ohio. Ed Voss asked him to call Mr. Reyes today. He said ";
    assert_eq!(he_after(text, "Ed Voss"), "Ed Voss");
    let text = "Tom Reyes lost Ohio. Ed Voss said, \"It is over. Reyes is done.\" He said ";
    assert_eq!(he_after(text, "Ed Voss"), "Ed Voss");
}

#[test]
fn a_pronoun_finds_a_name_in_the_text() {
    let mut r = Resolver::default();
    let ctx = "Joy Banda, a nurse, arrived at dawn. ";
    let a = r.resolve("she", ctx.len(), ctx);
    assert_eq!(r.entities[a.entity].name, "Joy Banda");
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
    // nothing to take up: not a name, a source the text leaves unidentified
    let mut r = Resolver::default();
    let a = r.resolve("They", 10, "Rain fell. ");
    assert_eq!(r.entities[a.entity].name, "they");
    assert_eq!(r.entities[a.entity].kind, SourceKind::UnnamedGroup);
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
fn a_plural_or_body_pronoun_with_nothing_to_take_up_is_an_unidentified_source_of_the_article() {
    // "They say the bridge will close" opening a story: no one the text names
    let mut r = Resolver::default();
    let a = r.resolve("They", 0, "");
    assert_eq!(r.entities[a.entity].name, "they");
    assert_eq!(r.entities[a.entity].kind, SourceKind::UnnamedGroup);
    assert!(r.entities[a.entity].kind.is_article_scoped());
    let b = r.resolve("it", 40, "The bridge will close in May, ");
    assert_eq!(r.entities[b.entity].kind, SourceKind::UnnamedGroup);
    assert_eq!(r.resolve("their", 60, "").entity, a.entity);
    // an unidentified "it" is no antecedent of a later "they"
    let mut r = Resolver::default();
    let a = r.resolve("It", 0, "");
    let b = r.resolve("they", 32, "It said the bridge would close. ");
    assert_ne!(a.entity, b.entity);
}

#[test]
fn a_pronoun_prefers_a_named_person_to_a_description_left_unnamed() {
    let text = "The crowd met Dora Finch and Ed Lim. Later, the business mogul spoke. Then ";
    let mut r = Resolver::default();
    let finch = r.resolve("Dora Finch", 14, &text[..14]);
    let at = text.find("the business").unwrap_or(0);
    let mogul = r.resolve("the business mogul", at, &text[..at]);
    assert_ne!(mogul.entity, finch.entity);
    assert_eq!(r.entities[mogul.entity].kind, SourceKind::Person);
    let she = r.resolve("she", text.len(), text);
    assert_eq!(she.entity, finch.entity);
}

#[test]
fn she_takes_up_a_woman_named_by_her_given_name_alone() {
    for text in [
        "A neighbour who did not want her surname used, Karen, said the family kept to \
         themselves. She said ",
        "A neighbour named Karen said the family kept to themselves. She said ",
        "A resident, who gave her name only as Karen, said the water was brown. She said ",
    ] {
        let mut r = Resolver::default();
        let at = text.rfind("She").expect("she");
        let she = r.resolve("She", at, &text[..at]);
        assert_eq!(r.entities[she.entity].name, "Karen", "{text}");
        assert_eq!(r.entities[she.entity].kind, SourceKind::Person);
    }
    // a state after a city is no woman
    let text = "The mayor of Roanoke, Virginia, quit. She said ";
    let mut r = Resolver::default();
    let at = text.rfind("She").expect("she");
    let she = r.resolve("She", at, &text[..at]);
    assert_ne!(r.entities[she.entity].name, "Virginia");
    // a given name in a list of names is no person of its own
    let text = "Ann Lee, Karen Bo and Tom Orr spoke. She said ";
    let mut r = Resolver::default();
    let at = text.rfind("She").expect("she");
    let she = r.resolve("She", at, &text[..at]);
    assert_ne!(r.entities[she.entity].name, "Karen");
}

#[test]
fn he_or_she_never_takes_up_a_body() {
    let text = "Thames Water said it accepted the ruling. The records show, he said ";
    let mut r = Resolver::default();
    let w = r.resolve("Thames Water", 0, "");
    assert_eq!(r.entities[w.entity].kind, SourceKind::Organization);
    let he = r.resolve("he", text.len() - 5, &text[..text.len() - 5]);
    assert_ne!(he.entity, w.entity);
    assert_ne!(r.entities[he.entity].kind, SourceKind::Organization);
}

#[test]
fn he_or_she_takes_up_an_unnamed_spokesperson_or_source_just_before() {
    let text = "A police spokesman said two people were rescued. He added ";
    assert_eq!(
        resolve_last(text, &["A police spokesman"], "He"),
        "police spokesman"
    );
    let text = "Mayor Ann Reyes spoke first. A senior official said the talks had stalled. \
                \u{201c}We will meet again,\u{201d} she said";
    assert_eq!(
        resolve_last(text, &["Mayor Ann Reyes", "A senior official"], "she"),
        "a senior official"
    );
    // not one whose description shows the other gender
    let text = "Ann Reyes said it was safe. A utility spokesman said crews were out. She said ";
    assert_eq!(
        resolve_last(text, &["Ann Reyes", "A utility spokesman"], "She"),
        "Ann Reyes"
    );
}

#[test]
fn he_or_she_after_a_quotation_of_several_sentences_takes_up_the_unnamed_speaker() {
    // the quotation's own sentences do not push the witness out of reach
    let text = "Det Insp Ruth Kane said the attack was isolated. A witness told the Gazette she \
                heard shouting. \u{201c}There was smoke. It was frightening,\u{201d} she said";
    assert_eq!(
        resolve_last(text, &["Det Insp Ruth Kane", "A witness"], "she"),
        "a witness"
    );
    let text = "Officer Dan Cole said the road was shut. A neighbour told reporters he saw a van. \
                \"It came fast. Then it stopped. Nobody got out,\" he said";
    assert_eq!(
        resolve_last(text, &["Officer Dan Cole", "A neighbour"], "he"),
        "a neighbour"
    );
}

#[test]
fn he_or_she_leaves_an_unnamed_person_when_someone_is_named_nearer() {
    // a person named after the spokesman's sentence
    let text = "A police spokesman said two people were rescued. Later, Mayor Tom Reyes toured \
                the site. He said ";
    assert_ne!(
        resolve_last(text, &["A police spokesman"], "He"),
        "police spokesman"
    );
    // a person named in the spokesman's own sentence, before the mention
    let text = "Tom Reyes, who owed his job, as a senior official put it, to luck, resigned. He \
                said ";
    assert_ne!(
        resolve_last(text, &["Tom Reyes", "a senior official"], "He"),
        "a senior official"
    );
    // a mention two sentences back, or a pronoun inside its clause
    let text = "A senior official said the talks had stalled. Rain fell. He said ";
    assert_ne!(
        resolve_last(text, &["A senior official"], "He"),
        "a senior official"
    );
    // nor a phrase that names no one who could speak ("a partial reversal")
    let text = "It was a partial reversal for the governor. He said ";
    assert_ne!(
        resolve_last(text, &["a partial reversal for the governor"], "He"),
        "a partial reversal for the governor"
    );
}

#[test]
fn she_takes_up_a_woman_named_by_a_common_given_name() {
    assert_eq!(gender_of("Jane Ortiz", None), Some(Gender::Female));
    assert_eq!(gender_of("Caroline Lucas", None), Some(Gender::Female));
}

#[test]
fn he_takes_up_a_person_seen_before_who_is_a_subject_again_by_surname() {
    let people = ["Donald Vance", "Luis Ortega"];
    let text = "Donald Vance said the rally was safe. Luis Ortega told reporters he disagreed. \
                When Vance held rallies in Arizona, crowds grew. \"They love us,\" he said";
    assert_eq!(resolve_last(text, &people, "he"), "Donald Vance");
    // the subject of the pronoun's own content is someone else
    let text = "Donald Vance spoke first. Luis Ortega told reporters he disagreed. Also, Vance \
                isn't a conservative, he said";
    assert_eq!(resolve_last(text, &people, "he"), "Luis Ortega");
    // another given name before the surname is another person
    let text = "Bill Vance spoke first. Luis Ortega told reporters he disagreed. After Mary Vance \
                accused him of lying, he said";
    assert_ne!(
        resolve_last(text, &["Bill Vance", "Luis Ortega"], "he"),
        "Bill Vance"
    );
}

#[test]
fn a_subject_named_in_apposition_after_a_role_is_the_nearer_person() {
    let text = "Premier Craig Hollis conceded defeat. The party's deputy leader, Sam Freeman, \
                rejected that. \"We fought a disciplined campaign,\" he said.";
    assert_eq!(
        resolve_last(text, &["Premier Craig Hollis"], "he"),
        "Sam Freeman"
    );
    // a name set off inside a quotation is the speaker's words, not the writer's subject
    let text = "Gov. Tom Reyes spoke. \"My top adviser, John Holdren, will issue a chart,\" he \
                said.";
    assert_eq!(resolve_last(text, &["Gov. Tom Reyes"], "he"), "Tom Reyes");
}

#[test]
fn a_pronoun_does_not_take_up_the_person_a_spokesperson_phrase_describes() {
    // "the singer" inside "a representative for the singer" is no source of its own: "she" is
    // the singer the text named
    let text = "Mara Ostrow has postponed her recital, a representative for the singer \
                confirmed. \"I need rest,\" she wrote. ";
    let mut r = Resolver::default();
    let at = text.find("a representative").expect("mention");
    let end = text.find(" confirmed").expect("cue");
    let a = r.resolve(&text[at..end], at, &text[..at]);
    assert_eq!(r.entities[a.entity].kind, SourceKind::Anonymous);
    let at = text.rfind("she").expect("she");
    let b = r.resolve("she", at, &text[..at]);
    assert_eq!(r.entities[b.entity].name, "Mara Ostrow");
}

#[test]
fn a_title_written_before_a_name_is_the_role_of_whom_a_pronoun_takes_up() {
    let role_of = |text: &str, mention: &str| {
        let mut r = Resolver::default();
        let at = text.rfind(mention).expect("mention");
        let i = r.resolve(mention, at, &text[..at]).entity;
        (r.entities[i].name.clone(), r.entities[i].role.clone())
    };
    for (text, mention, name, role) in [
        (
            "Council member Rita Gomez disagreed. She said the budget was too small.",
            "She",
            "Rita Gomez",
            "Council member",
        ),
        (
            "City Council member Rita Gomez disagreed. Gomez said the budget was too small.",
            "Gomez",
            "Rita Gomez",
            "City Council member",
        ),
        (
            "Mayor Tom Hill disagreed. He said the budget was too small.",
            "He",
            "Tom Hill",
            "Mayor",
        ),
    ] {
        let want = (name.to_string(), Some(role.to_string()));
        assert_eq!(role_of(text, mention), want, "{text}");
    }
    assert_eq!(
        classify("Assemblyman Tom Hill"),
        (
            SourceKind::Person,
            "Tom Hill".to_string(),
            Some("Assemblyman".to_string())
        )
    );
}

#[test]
fn an_abbreviated_rank_fits_the_rank_written_out() {
    let text = "Adm. Ann Lee leads the command. She has called the plan sound. The admiral said it would hold.";
    let mut r = Resolver::default();
    let she = text.find("She").expect("she");
    let lee = r.resolve("She", she, &text[..she]).entity;
    let admiral = text.find("The admiral").expect("admiral");
    let found = r.resolve("The admiral", admiral, &text[..admiral]).entity;
    assert_eq!(r.entities[lee].role.as_deref(), Some("Adm."));
    assert_eq!(found, lee);
}

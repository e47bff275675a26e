//! Names in the text: full names for surnames, two people of one surname, the phrase before a
//! relative "who", a name beside a role, the name that opens a sentence.

use super::*;

#[test]
fn a_name_search_starts_on_a_character_boundary() {
    // 1,500 bytes back from the end falls inside a curly quotation mark
    let context = format!("Ann Reyes spoke.{}”{}", "x".repeat(10), " y".repeat(749));
    assert_eq!(context.len() - 1500, 27);
    assert_eq!(last_person_name(&context), None);
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
    // a name that ends the clause before is not the role's (a fresh resolver: the director
    // Omar Haddad above would be a fitting antecedent)
    let mut r = Resolver::default();
    let text = "He told Omar Haddad, the director said nothing.";
    let at = text.find("the director").expect("mention");
    let end = at + "the director".len();
    let a = r.resolve_in(&text[at..end], at, &text[..at], &text[end..]);
    assert_ne!(r.entities[a.entity].name, "Omar Haddad");
}

#[test]
fn a_sentence_search_steps_over_curly_quotes() {
    // each character is tested as a sentence end: a multi-byte one must not be cut
    let context = "Ed Lim said “no.” Then he said ‘yes’: it rained. ";
    assert_eq!(subject_before(context).as_deref(), Some("Ed Lim"));
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

#[test]
fn a_doctor_of_a_shared_surname_is_the_one_described_as_learned() {
    let text = "Ruth Calder, a geologist, died on Monday. Her son, Owen Calder, said she was \
                ill. Dr. Calder said in 1998 that the survey was rushed.";
    assert_eq!(
        resolve_last(text, &["Owen Calder"], "Dr. Calder"),
        "Ruth Calder"
    );
    // with no doctor's mark on anyone, the nearest full name stands
    let text = "Ruth Calder died on Monday. Her son, Owen Calder, said she was ill. Dr. Calder \
                said in 1998 that the survey was rushed.";
    assert_eq!(
        resolve_last(text, &["Owen Calder"], "Dr. Calder"),
        "Owen Calder"
    );
}

#[test]
fn a_titled_surname_shared_by_two_people_is_the_one_given_the_title() {
    let text = "Professor Alan Hurst retired in May. His son, Tom Hurst, said the lab would \
                close. Professor Hurst said in 2010 that funding was scarce.";
    assert_eq!(
        resolve_last(text, &["Tom Hurst"], "Professor Hurst"),
        "Alan Hurst"
    );
    let text = "Judge Ann Marsh ruled on Monday. Her brother, Ed Marsh, said she was tired. \
                Judge Marsh said the law was clear.";
    assert_eq!(
        resolve_last(text, &["Ed Marsh"], "Judge Marsh"),
        "Ann Marsh"
    );
    // a title neither was given leaves the nearest full name
    let text = "Ann Marsh ruled on Monday. Her brother, Ed Marsh, said she was tired. Judge \
                Marsh said the law was clear.";
    assert_eq!(resolve_last(text, &["Ed Marsh"], "Judge Marsh"), "Ed Marsh");
}

#[test]
fn a_post_held_by_one_person_next_to_a_name_is_that_person() {
    for text in [
        "The party's deputy leader, Ann Rayner, said the vote was lost.",
        "Labour's deputy leader, Ann Rayner, said the vote was lost.",
        "The group's executive director, Ann Rayner, said the vote was lost.",
    ] {
        let mut r = Resolver::default();
        let end = text.find(", Ann").expect("mention");
        let a = r.resolve_in(&text[..end], 0, "", &text[end..]);
        assert_eq!(r.entities[a.entity].name, "Ann Rayner", "{text}");
    }
}

#[test]
fn a_role_with_an_article_or_an_of_phrase_beside_a_name_is_that_person() {
    // a word that leaves a person unnamed alone ("agent", "official") and a post with an "of"
    // phrase whose last word names a document ("director of research") are roles all the same
    for (text, role) in [
        (
            "An FBI agent, Ann Rayner, testified that the records were forged.",
            "FBI agent",
        ),
        (
            "A senior official, Ann Rayner, said the talks failed.",
            "senior official",
        ),
        (
            "The charity's director of research, Ann Rayner, said it was small.",
            "director of research",
        ),
    ] {
        let mut r = Resolver::default();
        let end = text.find(", Ann").expect("mention");
        let a = r.resolve_in(&text[..end], 0, "", &text[end..]);
        let e = &r.entities[a.entity];
        assert_eq!(
            (e.name.as_str(), e.role.as_deref()),
            ("Ann Rayner", Some(role)),
            "{text}"
        );
    }
}

#[test]
fn the_role_beside_a_name_is_recorded_with_only_its_post_when_owned() {
    let role_of = |text: &str| {
        let mut r = Resolver::default();
        let end = text.find(", Ann").expect("mention");
        let a = r.resolve_in(&text[..end], 0, "", &text[end..]);
        r.entities[a.entity].role.clone()
    };
    assert_eq!(
        role_of("The mayor, Ann Rayner, said the vote was lost.").as_deref(),
        Some("mayor")
    );
    assert_eq!(
        role_of("Labour's deputy leader, Ann Rayner, said the vote was lost.").as_deref(),
        Some("Labour's deputy leader")
    );
    // "his" and "the party's" mean nothing out of their sentence: the post alone is kept
    assert_eq!(
        role_of("His chief aide, Ann Rayner, said the vote was lost.").as_deref(),
        Some("chief aide")
    );
    assert_eq!(
        role_of("The party's deputy leader, Ann Rayner, said the vote was lost.").as_deref(),
        Some("deputy leader")
    );
}

#[test]
fn a_surname_with_two_particles_keeps_them() {
    let (kind, name, role) = classify("Chief executive Rosa de la Vega");
    assert_eq!(
        (kind, name.as_str()),
        (SourceKind::Person, "Rosa de la Vega")
    );
    assert_eq!(role.as_deref(), Some("Chief executive"));
    assert_eq!(classify("Pieter van der Wal").1, "Pieter van der Wal");
    // the surname with its particles, capitalised or not, is that person again
    let mut r = Resolver::default();
    let text = "Rosa de la Vega spoke. Jon Vega listened. ";
    let rosa = r.resolve("Rosa de la Vega", 0, "");
    let jon = r.resolve("Jon Vega", 23, &text[..23]);
    assert_eq!(
        r.resolve("De la Vega", text.len(), text).entity,
        rosa.entity
    );
    assert_eq!(
        r.resolve("de la Vega", text.len(), text).entity,
        rosa.entity
    );
    assert_ne!(rosa.entity, jon.entity);
}

#[test]
fn a_knight_called_by_title_and_given_name_is_the_knight_named_in_full() {
    let text = "Sir James Barrow, who chairs the committee, spoke. ";
    let mut r = Resolver::default();
    let full = r.resolve("Sir James Barrow", 0, "");
    let a = r.resolve("Sir James", text.len(), text);
    assert_eq!(a.entity, full.entity);
    // another knight of that given name is not
    let b = r.resolve("Sir James Corr", 60, text);
    assert_ne!(b.entity, full.entity);
    let c = r.resolve("Sir James", 90, text);
    assert_eq!(c.entity, b.entity);
}

#[test]
fn a_treasurer_is_a_title_before_a_name() {
    let (kind, name, role) = classify("Treasurer Jim Chalmond");
    assert_eq!(kind, SourceKind::Person);
    assert_eq!(name, "Jim Chalmond");
    assert_eq!(role.as_deref(), Some("Treasurer"));
}

#[test]
fn ranks_abbreviated_without_a_period_are_titles() {
    // British style: "Det Insp", "Cllr", "Supt"
    for (mention, name, role) in [
        ("Det Insp Sarah Quinn", "Sarah Quinn", "Det Insp"),
        ("Cllr Ann Lee", "Ann Lee", "Cllr"),
        ("Prof Tara Quinlan", "Tara Quinlan", "Prof"),
        (
            "Detective Constable Tom Hale",
            "Tom Hale",
            "Detective Constable",
        ),
    ] {
        let (kind, n, r) = classify(mention);
        assert_eq!((kind, n.as_str()), (SourceKind::Person, name), "{mention}");
        assert_eq!(r.as_deref(), Some(role), "{mention}");
    }
}

#[test]
fn an_honorific_before_a_full_name_stays_out_of_the_name() {
    let (kind, name, role) = classify("Dr. Amir Patel");
    assert_eq!(kind, SourceKind::Person);
    assert_eq!(name, "Amir Patel");
    assert_eq!(role.as_deref(), Some("Dr."));
    assert_eq!(classify("Mr. John Reyes").1, "John Reyes");
    assert_eq!(classify("Mr. John Reyes").2, None);
    // a surname alone keeps it, and so does a name with a body after it
    assert_eq!(classify("Mr. King").1, "Mr. King");
    // a surname's particles belong to the full name
    assert_eq!(classify("Dr Borja del Pozo Cruz").1, "Borja del Pozo Cruz");
    assert_eq!(classify("Dr. Anne de la Cruz").1, "Anne de la Cruz");
    assert_eq!(classify("Dr de Souza").1, "Dr de Souza");
    assert_eq!(classify("Mr. Peck of SunTrust").1, "Mr. Peck of SunTrust");
    // "he" after "Dr. Amir Patel" is the same person, under one name
    let text = "\"It works,\" said Dr. Amir Patel, a cardiologist. But he cautioned that ";
    let mut r = Resolver::default();
    let at = text.find("Dr. Amir").unwrap();
    let patel = r.resolve("Dr. Amir Patel", at, &text[..at]).entity;
    let at = text.find("he cautioned").unwrap();
    assert_eq!(r.resolve("he", at, &text[..at]).entity, patel);
}

#[test]
fn an_honorific_without_its_full_stop_takes_up_the_full_name() {
    // British and Australian style write "Mr", "Ms" and "Dr" with no full stop; the person
    // named in full before, as no source ("arrested … Greg Tindall"), is the one speaking
    for (text, sources, mention, name) in [
        (
            "Police arrested local councillor Greg Tindall on Monday. Mr Tindall said",
            &[][..],
            "Mr Tindall",
            "Greg Tindall",
        ),
        (
            "The council sacked Rhona Vale. Ms Vale said",
            &[],
            "Ms Vale",
            "Rhona Vale",
        ),
        (
            "Dr Ivo Kerr, a surgeon, said it. Dr Kerr added",
            &["Dr Ivo Kerr"],
            "Dr Kerr",
            "Ivo Kerr",
        ),
    ] {
        assert_eq!(resolve_last(text, sources, mention), name, "{text}");
    }
}

#[test]
fn a_quotation_may_open_straight_and_close_curly() {
    let text = "\"We lost,\u{201d} said Ann Lee. \"He is wrong. First of all, Mateen was";
    assert!(inside_quotation(text, text.find("Mateen").unwrap()));
    let text = "\u{201c}We lost,\u{201d} said Ann Lee. Mateen was";
    assert!(!inside_quotation(text, text.find("Mateen").unwrap()));
}

#[test]
fn the_last_word_starts_after_any_whitespace_character() {
    let texts = [
        "",
        "one",
        "two words",
        "tab\there",
        "vertical\x0btab",
        "no-break\u{a0}space",
        "ideographic\u{3000}space",
        "thin\u{2009}space then “curly”",
        "Ærø’s\u{2028}line",
    ];
    for t in texts {
        let slow = t
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        assert_eq!(names::last_word_start(t), slow, "{t:?}");
    }
}

#[test]
fn a_chinese_or_korean_name_is_taken_up_by_its_family_name_first() {
    let text = "Lee Min-jun said the talks went well. Lee said ";
    assert_eq!(resolve_last(text, &["Lee Min-jun"], "Lee"), "Lee Min-jun");
    let text = "Spokesperson Zhao Lijian said Beijing objected. \u{201c}It will fail,\u{201d} \
                Zhao told";
    let mut r = Resolver::default();
    r.resolve("Spokesperson Zhao Lijian", 0, "");
    let at = text.rfind("Zhao").expect("Zhao");
    let z = r.resolve_in("Zhao", at, &text[..at], " told");
    assert_eq!(r.entities[z.entity].name, "Zhao Lijian");
    assert_eq!(r.entities[z.entity].kind, SourceKind::Person);
    // a full name the text wrote, though no source
    let text = "Xi Jinping met the envoy on Monday. Xi said ";
    assert_eq!(resolve_last(text, &[], "Xi"), "Xi Jinping");
    let text = "Police questioned Kim Jong Un, a student, on Monday. Kim said ";
    assert_eq!(resolve_last(text, &[], "Kim"), "Kim Jong Un");
    // a Western name is taken up by its last word, and its first is no family name
    let text = "Robert E. Lee wrote to Davis. Lee said ";
    assert_eq!(
        resolve_last(text, &["Robert E. Lee"], "Lee"),
        "Robert E. Lee"
    );
    let text = "Lee Anderson said the vote was close. Lee said ";
    assert_ne!(resolve_last(text, &["Lee Anderson"], "Lee"), "Lee Anderson");
}

#[test]
fn a_shared_title_and_a_courtesy_title_after_a_role_stay_out_of_the_name() {
    // "Co-author" is a title as "author" is; "Dr" after a role is a form of address, so the
    // role is the words before it, and "Dr" alone stays the role
    for (mention, role) in [
        ("Co-author Mei Tanaka", "Co-author"),
        ("co-founder Mei Tanaka", "co-founder"),
        ("lead author Dr Mei Tanaka", "lead author"),
        ("Lead author Dr. Mei Tanaka", "Lead author"),
        ("Health Minister Dr Mei Tanaka", "Health Minister"),
        ("Dr Mei Tanaka", "Dr"),
    ] {
        let mut r = Resolver::default();
        let a = r.resolve(mention, 0, "");
        let e = &r.entities[a.entity];
        assert_eq!(
            (e.name.as_str(), e.role.as_deref()),
            ("Mei Tanaka", Some(role)),
            "{mention}"
        );
    }
}

#[test]
fn a_trade_before_a_full_name_is_the_role() {
    for (mention, trade) in [
        ("Fisherman Kerry Penhale", "Fisherman"),
        ("Nurse Ann Lee", "Nurse"),
        ("Beekeeper Tom Ashby", "Beekeeper"),
    ] {
        let (kind, name, role) = classify(mention);
        assert_eq!(kind, SourceKind::Person, "{mention}");
        assert_eq!(name, mention[trade.len() + 1..], "{mention}");
        assert_eq!(role.as_deref(), Some(trade), "{mention}");
    }
    // a trade that is a surname after a given name stays in the name
    assert_eq!(classify("Ann Baker").1, "Ann Baker");
}

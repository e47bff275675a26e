//! Descriptions by title or office: "the governor", "the Governor", "the attorney general"
//! and a title's initials take up the person who holds that office; prosecutors speak for one.

use super::*;

#[test]
fn a_description_by_title_takes_up_an_office_the_text_named_by_its_title() {
    let text = "The Education Secretary faced calls to quit over exam results. Leaving \
                Downing Street, the minister said ";
    // (named without the sentence's capitalised article, as with a lower-case one below)
    assert_eq!(
        resolve_last(text, &[], "the minister"),
        "Education Secretary"
    );
    // named after a source's last mention, the office is nearer than that source
    let text = "Ann Lee, a head teacher, said exams were fair. Later the Education Secretary \
                faced calls to quit. Leaving Downing Street, the minister said ";
    assert_eq!(
        resolve_last(text, &["Ann Lee"], "the minister"),
        "Education Secretary"
    );
    // a title before a name is no office named by its title alone
    let text = "Education Secretary Ann Lee faced calls to quit. The minister said ";
    let found = resolve_last(text, &["Education Secretary Ann Lee"], "The minister");
    assert_ne!(found, "Education Secretary");
}

#[test]
fn a_title_capitalised_alone_after_the_takes_up_the_person_given_that_title() {
    let text = "Tasmanian Premier Joan Whitlock opened the bridge on Friday. Critics said it \
                ran late. The Premier said ";
    let mut r = Resolver::default();
    let at = text.find("Tasmanian").unwrap_or(0);
    let a = r.resolve("Tasmanian Premier Joan Whitlock", at, &text[..at]);
    let at = text.rfind("The Premier").unwrap_or(0);
    let b = r.resolve("The Premier", at, &text[..at]);
    assert_eq!(a.entity, b.entity);
}

#[test]
fn a_public_office_the_text_never_named_takes_up_no_one_given_no_role() {
    // the chief executive quoted last is no minister
    let text = "\u{201c}We think AI is the future,\u{201d} Dana Whitfield said in May. \
                \u{201c}Prices will rise,\u{201d} the minister said";
    assert_eq!(
        resolve_last(text, &["Dana Whitfield"], "the minister"),
        "the minister"
    );
    // a minister named before, by title, is
    let text = "Minister Dana Whitfield spoke in May. \u{201c}Prices will rise,\u{201d} the \
                minister said";
    assert_eq!(
        resolve_last(text, &["Minister Dana Whitfield"], "the minister"),
        "Dana Whitfield"
    );
    // a trade or a run may describe anyone the text named just before
    let text = "Lori Bex held up a sign. The 57-year-old scientist said";
    assert_eq!(
        resolve_last(text, &["Lori Bex"], "The 57-year-old scientist"),
        "Lori Bex"
    );
}

#[test]
fn a_bare_title_is_not_the_deputy_who_holds_a_lesser_rank() {
    let text = "Deputy police chief Anna Reyes said the suspect fled. The police chief said more \
                arrests were likely.";
    assert_ne!(
        resolve_last(
            text,
            &["Deputy police chief Anna Reyes"],
            "The police chief"
        ),
        "Anna Reyes"
    );
    let text = "Deputy police chief Anna Reyes said the suspect fled. The deputy chief said more \
                arrests were likely.";
    assert_eq!(
        resolve_last(
            text,
            &["Deputy police chief Anna Reyes"],
            "The deputy chief"
        ),
        "Anna Reyes"
    );
}

#[test]
fn a_titles_initials_take_up_the_person_who_holds_it() {
    let text =
        "Chief Minister Yogendra Rao said the scheme would grow. The CM said funds were released.";
    assert_eq!(
        resolve_last(text, &["Chief Minister Yogendra Rao"], "The CM"),
        "Yogendra Rao"
    );
    let text = "Superintendent of Police (SP) Rajesh Kumar said the accused was held. The SP said more arrests were likely.";
    assert_eq!(
        resolve_last(
            text,
            &["Superintendent of Police (SP) Rajesh Kumar"],
            "The SP"
        ),
        "Rajesh Kumar"
    );
    // a body's initials are not its officer's
    let text =
        "Democratic National Committee chairwoman Ann Lee spoke. The DNC said it would appeal.";
    assert_ne!(
        resolve_last(
            text,
            &["Democratic National Committee chairwoman Ann Lee"],
            "The DNC"
        ),
        "Ann Lee"
    );
}

#[test]
fn an_unnamed_member_by_a_title_in_capitals_is_anonymous() {
    for m in [
        "One MP",
        "A Conservative MP",
        "a Labour MEP",
        "another backbench MP",
    ] {
        assert_eq!(classify(m).0, SourceKind::Anonymous, "{m}");
    }
    // a name before the title is still a person
    assert_eq!(
        classify("Ann Lee MP").0,
        SourceKind::Person,
        "a named member"
    );
}

#[test]
fn bodies_of_a_kind_in_the_plural_opening_a_sentence_are_a_group() {
    assert_eq!(classify("Unions").0, SourceKind::UnnamedGroup);
}

#[test]
fn prosecutors_of_a_case_are_an_office_but_former_or_some_prosecutors_a_group() {
    for m in [
        "Prosecutors",
        "Federal prosecutors",
        "federal prosecutors",
        "Police",
        "the prosecution",
        "The prosecution",
    ] {
        assert_eq!(classify(m).0, SourceKind::Official, "{m}");
    }
    for m in ["Some prosecutors", "Former prosecutors", "many prosecutors"] {
        assert_eq!(classify(m).0, SourceKind::UnnamedGroup, "{m}");
    }
}

#[test]
fn a_part_in_a_proceeding_takes_up_no_party_the_text_gave_no_such_role() {
    // the judge, the prosecutor, the state's lawyer or the coach is someone else than the
    // party named just before
    for (text, mention, party) in [
        (
            "Mr Okoro argued that he had been held without charge. The deputy attorney \
             general told ",
            "The deputy attorney general",
            "Mr Okoro",
        ),
        (
            "Mr Okoro argued that he had been held without charge. The prosecutor told ",
            "The prosecutor",
            "Mr Okoro",
        ),
        (
            "Lena Marsh said the bill was void. The attorney general said ",
            "The attorney general",
            "Lena Marsh",
        ),
        (
            "Mr Okoro argued that the order was void. The judge said ",
            "The judge",
            "Mr Okoro",
        ),
        (
            "Striker Ivo Kane scored twice. The coach said ",
            "The coach",
            "Striker Ivo Kane",
        ),
    ] {
        let found = resolve_last(text, &[party], mention);
        assert_eq!(found, mention.to_lowercase(), "{text}");
    }
    // a holder the text gave the post is the one
    let text = "Judge Nora Vail heard the case. Mr Okoro argued that the order was void. The \
                judge said ";
    assert_eq!(
        resolve_last(text, &["Judge Nora Vail", "Mr Okoro"], "The judge"),
        "Nora Vail"
    );
    // a public office may describe the politician named before, as political copy does
    let text = "Ann Lee says the race is hers. The Ohio senator is ";
    assert_eq!(
        resolve_last(text, &["Ann Lee"], "The Ohio senator"),
        "Ann Lee"
    );
}

#[test]
fn the_judge_is_the_holder_named_since_and_she_is_the_woman_named_since() {
    let text = "The judge said the plea was late. Later Judge Ian Berg took a recess. Then \
                the judge said ";
    let mut r = Resolver::default();
    let first = r.resolve("The judge", 0, "").entity;
    let at = text.find("Judge Ian Berg").unwrap();
    let berg = r.resolve("Judge Ian Berg", at, &text[..at]).entity;
    let at = text.rfind("the judge").unwrap();
    assert_eq!(r.resolve("the judge", at, &text[..at]).entity, berg);
    // "she" after a woman named since the description, no source yet, is that woman
    let text = "The judge said the plea was late. I saw Mary Kell weeping. She said ";
    let mut r = Resolver::default();
    r.resolve("The judge", 0, "");
    let at = text.rfind("She").unwrap();
    let she = r.resolve("She", at, &text[..at]).entity;
    assert_ne!(she, first);
    assert_eq!(r.entities[she].name, "Mary Kell");
}

#[test]
fn the_administration_is_never_cut_from_an_agency_s_name() {
    // the word before an agency's "Administration" is part of its name, not an owner
    for text in [
        "The Federal Grain Safety Administration fined the mill. The administration said",
        "The Seed and Soil Administration fined the mill. The administration said",
    ] {
        let name = resolve_last(text, &[], "The administration");
        assert_eq!(name, "the administration", "{text}");
    }
    let text = "The Ortega Administration fined the mill. The administration said";
    assert_eq!(
        resolve_last(text, &[], "The administration"),
        "Ortega administration"
    );
}

#[test]
fn an_area_in_brackets_after_a_title_leaves_its_initials() {
    for holder in [
        "Assistant Commissioner of Police (Harbour) Meena Das",
        "ACP (Harbour) Meena Das",
    ] {
        let text = format!("{holder} said the boat was seized. The ACP said two men fled.");
        assert_eq!(
            resolve_last(&text, &[holder], "The ACP"),
            "Meena Das",
            "{holder}"
        );
    }
}

#[test]
fn an_undersecretary_is_a_title_before_the_name() {
    // the rank below a secretary, after a department's initials or "Deputy"
    for (mention, role) in [
        ("DPWH Undersecretary Liza Ocampo", "DPWH Undersecretary"),
        ("Deputy Undersecretary Liza Ocampo", "Deputy Undersecretary"),
        (
            "Foreign Office Under-Secretary Liza Ocampo",
            "Foreign Office Under-Secretary",
        ),
    ] {
        let (kind, name, got) = classify(mention);
        assert_eq!(kind, SourceKind::Person, "{mention}");
        assert_eq!(name, "Liza Ocampo", "{mention}");
        assert_eq!(got.as_deref(), Some(role), "{mention}");
    }
}

#[test]
fn a_word_for_a_body_after_the_bodys_for_stays_in_its_name() {
    let (kind, name, _) = classify("the Independent Office for Police Conduct");
    assert_eq!(
        (kind, name.as_str()),
        (
            SourceKind::Official,
            "Independent Office for Police Conduct"
        )
    );
    let text = "A spokesperson for the Independent Office for Police Conduct said it had not received a referral.";
    assert_eq!(
        resolve_last(
            text,
            &[],
            "A spokesperson for the Independent Office for Police Conduct"
        ),
        "Independent Office for Police Conduct spokesperson"
    );
    // a title after a body's name opens the person's name, as before
    let (kind, name, role) = classify("Bank of England Governor Andrew Bailey");
    assert_eq!((kind, name.as_str()), (SourceKind::Person, "Andrew Bailey"));
    assert_eq!(role.as_deref(), Some("Bank of England Governor"));
}

#[test]
fn a_bodys_name_runs_on_over_its_joining_words() {
    for (m, want) in [
        (
            "the Court of Arbitration for Sport",
            "Court of Arbitration for Sport",
        ),
        (
            "the Committee on Foreign Investment in the United States",
            "Committee on Foreign Investment in the United States",
        ),
        (
            "the Intergovernmental Panel on Climate Change",
            "Intergovernmental Panel on Climate Change",
        ),
    ] {
        let (kind, name, _) = classify(m);
        assert_ne!(kind, SourceKind::Person, "{m}");
        assert_eq!(name, want);
    }
    // a place after a body is no part of its name
    let (_, name, _) = classify("Baldwin Wallace University in Berea");
    assert_ne!(name, "Baldwin Wallace University in Berea");
}

#[test]
fn initials_set_off_after_a_description_of_a_body_name_the_body() {
    let text = "The military's media wing, ISPR, said in a statement. Later ISPR said";
    let mut r = Resolver::default();
    let m = r.resolve_in("The military's media wing", 0, "", &text[25..]);
    let e = &r.entities[m.entity];
    assert_eq!(e.name, "ISPR");
    assert_eq!(e.kind, SourceKind::Official);
    assert_eq!(e.role.as_deref(), Some("military's media wing"));
    let at = text.rfind("ISPR").expect("ISPR");
    let again = r.resolve_in("ISPR", at, &text[..at], " said");
    assert_eq!(again.entity, m.entity);
    // a body of no official word is an organization
    let mut r = Resolver::default();
    let m = r.resolve_in(
        "The country's largest union",
        0,
        "",
        ", NUM, said the strike was on.",
    );
    assert_eq!(r.entities[m.entity].name, "NUM");
    assert_eq!(r.entities[m.entity].kind, SourceKind::Organization);
    // a firm the state owns is a firm
    let mut r = Resolver::default();
    let m = r.resolve_in("The state oil firm", 0, "", ", NNPC, said output fell.");
    assert_eq!(r.entities[m.entity].name, "NNPC");
    assert_eq!(r.entities[m.entity].kind, SourceKind::Organization);
    // a word for a person is left to the person rules
    let mut r = Resolver::default();
    let m = r.resolve_in("The spokesman", 0, "", ", ISPR, said the strike was on.");
    assert_ne!(r.entities[m.entity].name, "ISPR");
}

#[test]
fn the_landlord_is_the_person_said_to_run_the_pub() {
    let text = "Gary Finch runs the pub. The landlord said trade had halved.";
    assert_eq!(resolve_last(text, &[], "The landlord"), "Gary Finch");
    // with no one said to run it, an unnamed landlord
    let text = "The pub is quiet. The landlord said trade had halved.";
    assert_eq!(resolve_last(text, &[], "The landlord"), "the landlord");
}

//! Splitting a source mention into its speakers, on sentences written for these tests.

use super::*;

/// The conjuncts of `mention` written right after `context`, as text.
fn speakers(context: &str, mention: &str) -> Vec<String> {
    speakers_with(&Resolver::default(), context, mention)
}

fn speakers_with(resolver: &Resolver, context: &str, mention: &str) -> Vec<String> {
    resolver
        .speaker_conjuncts(mention, context)
        .iter()
        .map(|c| mention[c.mention.0..c.mention.1].to_string())
        .collect()
}

#[test]
fn splits_names_pronouns_and_described_groups() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "",
            "Sen. Ann Lee and Gov. Bo Diaz",
            &["Sen. Ann Lee", "Gov. Bo Diaz"],
        ),
        (
            "Tom Orr toured the mill. ",
            "he and Mr. Orr",
            &["he", "Mr. Orr"],
        ),
        ("", "Mr. Wu and other leaders", &["Mr. Wu", "other leaders"]),
        ("", "Britain and France", &["Britain", "France"]),
        (
            "",
            "Britain and France in particular",
            &["Britain", "France"],
        ),
        (
            "The data was checked. ",
            "water engineers Ida Moss and Lev Strand",
            &["water engineers Ida Moss", "Lev Strand"],
        ),
        (
            "",
            "many experts and some lawmakers",
            &["many experts", "some lawmakers"],
        ),
        ("", "She and her aides", &["She", "her aides"]),
        ("", "the mayor and his allies", &["the mayor", "his allies"]),
        (
            "",
            "The Finance Ministry and the Central Bank",
            &["The Finance Ministry", "the Central Bank"],
        ),
        (
            "Nora Vance and Eli Roth met. Later ",
            "Vance and Roth",
            &["Vance", "Roth"],
        ),
        ("", "Senators Vance and Roth", &["Vance", "Roth"]),
        (
            "",
            "Rep. Ann Lee (D-Ore.) and Rep. Bo Diaz (R-Iowa)",
            &["Rep. Ann Lee (D-Ore.)", "Rep. Bo Diaz (R-Iowa)"],
        ),
        (
            "",
            "Sen. Ann Lee of Ohio and Sen. Bo Diaz of Iowa",
            &["Sen. Ann Lee of Ohio", "Sen. Bo Diaz of Iowa"],
        ),
        (
            "",
            "Former Secretary of State Ann Lee and former Gov. Bo Diaz",
            &["Former Secretary of State Ann Lee", "former Gov. Bo Diaz"],
        ),
        (
            "Nora Vance spoke first. ",
            "Vance and election experts",
            &["Vance", "election experts"],
        ),
        (
            "",
            "Ann Lee, Bo Diaz and Cy Moss",
            &["Ann Lee", "Bo Diaz", "Cy Moss"],
        ),
    ];
    for (context, mention, want) in cases {
        assert_eq!(&speakers(context, mention), want, "{mention}");
    }
}

#[test]
fn keeps_names_shared_heads_and_post_modifiers_whole() {
    let whole = [
        "Procter and Gamble",
        "Procter & Gamble",
        "AT&T",
        "Johnson and Johnson",
        "the Committee on Ways and Means",
        "Bill and Melinda Gates Foundation",
        "the Bill and Melinda Gates Foundation",
        "Republican and Democratic leaders",
        "current and former officials",
        "Current and former officials who spoke to us",
        "a professor of history and politics",
        "the Centers for Disease Control and Prevention",
        "party members and leaders",
        "Kremlin and army spokesmen",
        "the retired judge and former mayor",
        "Famous Ohio and national pastor Ann Lee",
        // a sentence's capitalised first word that is a noun for a person describes the name
        "Cyclist and nurse Ann Lee",
        "Teacher and activist Ann Lee",
        "a study by Ann Lee and Bo Diaz",
        "a team of divers from the navy and the city police",
        "Both Republicans and Democrats",
        "brothers Tom and Ivo Marsh",
        "the Arts and Culture Directorate",
    ];
    for mention in whole {
        assert_eq!(
            speakers("", mention),
            vec![mention.to_string()],
            "{mention}"
        );
    }
    // a surname with the agent ending of a Nordic name stays a speaker of its own
    assert_eq!(
        speakers("", "Lindqvist and nurse Ann Lee"),
        ["Lindqvist", "nurse Ann Lee"]
    );
}

#[test]
fn a_lone_word_is_a_speaker_only_when_the_text_named_that_person() {
    assert_eq!(speakers("", "Vance and Roth"), vec!["Vance and Roth"]);
    let named = "Nora Vance met Eli Roth. ";
    assert_eq!(speakers(named, "Vance and Roth"), vec!["Vance", "Roth"]);
    // a source already taken up by that name counts as named
    let mut r = Resolver::default();
    r.resolve("Nora Vance", 0, "");
    r.resolve("Eli Roth", 20, "Nora Vance said so. ");
    assert_eq!(
        speakers_with(&r, "", "Vance and Roth"),
        vec!["Vance", "Roth"]
    );
}

#[test]
fn each_speaker_resolves_on_its_own() {
    let text = "Tom Orr, a farmer, spoke. Later he and Gov. Bo Diaz said the dam was safe.";
    let at = text.find("he and").unwrap();
    let mention = "he and Gov. Bo Diaz";
    let mut r = Resolver::default();
    r.resolve("Tom Orr", 0, "");
    let names: Vec<String> = r
        .speaker_conjuncts(mention, &text[..at])
        .iter()
        .map(|c| {
            let (a, b) = c.name;
            let res = r.resolve(&mention[a..b], at + a, &text[..at + a]);
            r.entities[res.entity].name.clone()
        })
        .collect();
    assert_eq!(names, vec!["Tom Orr", "Bo Diaz"]);
    // a person's name is resolved without its post-modifier
    let m = "Sen. Ann Lee of Ohio and Sen. Bo Diaz of Iowa";
    let c = Resolver::default().speaker_conjuncts(m, "");
    assert_eq!(&m[c[1].name.0..c[1].name.1], "Sen. Bo Diaz");
}

/// The conjuncts of `mention` between `context` and `after`, as text.
fn speakers_between(r: &Resolver, context: &str, mention: &str, after: &str) -> Vec<String> {
    r.speaker_conjuncts_in(mention, context, after)
        .iter()
        .map(|c| mention[c.mention.0..c.mention.1].to_string())
        .collect()
}

#[test]
fn lone_names_the_text_takes_up_as_several_are_people() {
    let r = Resolver::default();
    let two = |mention: &str, after: &str| speakers_between(&r, "", mention, after);
    let pair = ["Okoro", "Baines"].map(String::from).to_vec();
    for after in [
        " both said the ruling was wrong.",
        " said they would appeal.",
        " say the plan is flawed.",
        " have said the plan is flawed.",
        " said on Monday that their appeal would go ahead.",
        " said the vote was rigged. Mr. Baines has sued before.",
    ] {
        assert_eq!(two("Okoro and Baines", after), pair, "{after}");
    }
    // taken up as one, or with no sign: one name
    for after in [
        " said it would close 20 stores.",
        " said its sales fell.",
        " said sales fell in the quarter.",
    ] {
        assert_eq!(two("Barnes and Noble", after), vec!["Barnes and Noble"]);
    }
    // beside a person the text knows, a lone name is a person too
    let known = "Tom Wade toured the plant. ";
    assert_eq!(
        speakers_between(&r, known, "Wade and Pryce", " said it would reopen."),
        vec!["Wade", "Pryce"]
    );
    // a given name is a surname too when the text has a source by it
    let mut r = Resolver::default();
    r.resolve("Paul Ryan", 0, "");
    assert_eq!(
        speakers_between(
            &r,
            "Paul Ryan spoke. ",
            "Ryan and Trump",
            " agreed to meet."
        ),
        vec!["Ryan", "Trump"]
    );
    // a body the text has taken up already stays a body beside another
    let mut r = Resolver::default();
    let hurun = r.resolve_in("Hurun", 0, "", " said it tracks 500 fortunes.");
    assert_eq!(r.entities[hurun.entity].kind, SourceKind::Organization);
    assert_eq!(
        speakers_between(&r, "Hurun said so. ", "Hurun and Wealth-X", " say."),
        vec!["Hurun", "Wealth-X"]
    );
    // lone names stand only beside names: a sentence's first word may be a common noun
    assert_eq!(
        speakers_between(
            &Resolver::default(),
            "",
            "Developers and supporters in Congress",
            " say the program works."
        ),
        vec!["Developers and supporters in Congress"]
    );
}

#[test]
fn lone_names_kept_together_name_a_firm() {
    for name in ["Procter and Gamble", "Marks and Spencer", "Smith and Lee"] {
        assert_eq!(
            classify(name),
            (SourceKind::Organization, name.to_string(), None),
            "{name}"
        );
    }
    // people named together by given names are no firm
    assert_eq!(classify("Bill and Hillary Clinton").0, SourceKind::Person);
}

#[test]
fn a_named_body_and_a_bare_group_are_two_speakers() {
    assert_eq!(
        speakers(
            "Twelve people died, according to ",
            "the Mississippi Emergency Management Agency and local coroners"
        ),
        [
            "the Mississippi Emergency Management Agency",
            "local coroners"
        ]
    );
    // two bare plurals may share their words: one source
    assert_eq!(
        speakers(
            "Twelve people died, according to ",
            "state emergency officials and local coroners"
        ),
        ["state emergency officials and local coroners"]
    );
}

#[test]
fn a_portfolio_joined_by_and_before_a_title_is_one_speaker() {
    // "Work and Pensions Secretary Liz Kendall" is one minister, not "Work" and Ms Kendall
    for mention in [
        "Work and Pensions Secretary Liz Kendall",
        "Health and Human Services Secretary Robert F. Kennedy Jr.",
        "Trade and Industry Minister Ana Ruiz",
    ] {
        assert_eq!(speakers("", mention), vec![mention.to_string()]);
    }
    // a person or a pronoun before "and" is a speaker of their own
    assert_eq!(
        speakers("", "Ann Lee and Defense Secretary Bo Diaz"),
        vec!["Ann Lee", "Defense Secretary Bo Diaz"]
    );
    assert_eq!(
        speakers("", "He and Judiciary Committee Chairman Bob Goodlatte"),
        vec!["He", "Judiciary Committee Chairman Bob Goodlatte"]
    );
}

#[test]
fn trades_named_before_a_body_word_are_one_union() {
    // "The Queensland Nurses and Midwives' Union" is one union, not nurses and a union
    for mention in [
        "The Queensland Nurses and Midwives' Union",
        "the Firefighters and Paramedics Union",
        "The Nurses and Midwives Association",
    ] {
        assert_eq!(speakers("", mention), vec![mention.to_string()]);
    }
    // a body with a determiner of its own is a second speaker
    assert_eq!(
        speakers("", "the Democrats and the Teachers Union"),
        vec!["the Democrats", "the Teachers Union"]
    );
}

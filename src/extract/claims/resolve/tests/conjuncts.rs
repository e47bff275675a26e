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

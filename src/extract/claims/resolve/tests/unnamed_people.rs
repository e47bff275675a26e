//! People the text leaves unnamed: the "he", "she" or description that takes one up.

use super::*;

/// The source the last `mention` in `text` resolves to, after the `sources` were resolved
/// where the text first names them (with the text after them, for an aside): its name and
/// kind.
fn resolved_last(text: &str, sources: &[&str], mention: &str) -> (String, SourceKind) {
    let mut r = Resolver::default();
    for s in sources {
        let at = text.find(s).expect("source");
        r.resolve_in(s, at, &text[..at], &text[at + s.len()..]);
    }
    let at = text.rfind(mention).expect("mention");
    let i = r.resolve(mention, at, &text[..at]).entity;
    let e = &r.entities[i];
    (e.name.clone(), e.kind)
}

#[test]
fn he_after_an_aide_to_someone_takes_up_the_aide() {
    let text = "An aide to the governor said the budget would pass by Friday. \
                \"We have the votes,\" he said.";
    assert_eq!(
        resolved_last(text, &["An aide to the governor"], "he"),
        ("an aide to the governor".to_string(), SourceKind::Anonymous)
    );
    // the post is the word before "to", whatever the word after
    let text = "An aide to the family said the budget would pass by Friday. \
                \"We have the votes,\" he said.";
    assert_eq!(
        resolved_last(text, &["An aide to the family"], "he").0,
        "an aide to the family"
    );
}

#[test]
fn he_after_an_unnamed_commander_is_not_a_place_in_what_he_told() {
    // "Sukhi Yar", a village in the commander's reported clause, is no speaker
    let text = "A Ukrainian battalion commander told Reuters by phone that Sukhi Yar remained \
                contested. \"That is not control,\" he said.";
    let commander = "A Ukrainian battalion commander";
    let (name, kind) = resolved_last(text, &[commander], "he");
    assert_eq!(name, "a Ukrainian battalion commander");
    assert_eq!(kind, SourceKind::Anonymous);
    // a commander who names no one is taken up by his post alone
    let text = "A Ukrainian battalion commander said the village was lost. \"That is not \
                control,\" he said.";
    assert_eq!(
        resolved_last(text, &[commander], "he").0,
        "a Ukrainian battalion commander"
    );
    // nor with a head no word list gives a person: the name is in the person's own report
    let text = "A longtime party figure, who requested anonymity, told Reuters that Sukhi Yar \
                remained contested. \"That is not control,\" he said.";
    let (name, kind) = resolved_last(text, &["A longtime party figure"], "he");
    assert_eq!(name, "a longtime party figure");
    assert_eq!(kind, SourceKind::Anonymous);
    // the object of another verb may be the speaker
    let text = "A longtime party figure, who requested anonymity, asked Tom Reyes how he was. \
                \"I feel fine,\" he said.";
    let (name, _) = resolved_last(text, &["A longtime party figure"], "he");
    assert_eq!(name, "Tom Reyes");
    // a name written again after the report is the text's own subject
    let text = "A longtime party figure, who requested anonymity, said Tom Reyes had won. Tom \
                Reyes spoke later. \"That is not control,\" he said.";
    let (name, _) = resolved_last(text, &["A longtime party figure"], "he");
    assert_eq!(name, "Tom Reyes");
}

#[test]
fn a_description_by_trade_takes_up_a_member_left_unnamed() {
    let text = "A former member of the orchestra, who asked not to be named, recalled that she \
                once stopped a rehearsal. \"We hated it,\" the musician said.";
    let member = "A former member of the orchestra";
    let (name, kind) = resolved_last(text, &[member], "the musician");
    assert_eq!(name, "a former member of the orchestra");
    assert_eq!(kind, SourceKind::Anonymous);
    // but not a person of another trade, nor one named since
    let text = "A police officer said the road was shut. \"It was chaos,\" the doctor said.";
    let (name, _) = resolved_last(text, &["A police officer"], "the doctor");
    assert_eq!(name, "the doctor");
    let text = "A former member of the band spoke. Ann Lee left. \"We hated it,\" the musician \
                said.";
    let (name, _) = resolved_last(text, &["A former member of the band"], "the musician");
    assert_ne!(name, "a former member of the band");
}

#[test]
fn those_close_to_someone_are_unnamed_people_not_a_source_before() {
    let text = "Twelve councillors backed the motion. Those close to the mayor say he is tired.";
    assert_eq!(
        resolved_last(text, &["Twelve councillors"], "Those close to the mayor"),
        (
            "those close to the mayor".to_string(),
            SourceKind::Anonymous
        )
    );
    let text = "Those familiar with the talks say a deal is near.";
    assert_eq!(
        resolved_last(text, &[], "Those familiar with the talks").1,
        SourceKind::Anonymous
    );
}

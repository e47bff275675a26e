//! Mention cleaning: what is cut from a mention before it is read, and words that are no source.

use super::*;

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
fn pointers_fillers_prepositional_phrases_and_notes_are_no_sources() {
    assert!(is_no_source("This"));
    assert!(is_no_source("Well"));
    assert!(is_no_source("Having"));
    assert!(is_no_source("Back in Indiana"));
    assert!(is_no_source("at the time"));
    assert!(is_no_source("Editor’s Note"));
    assert!(!is_no_source("Indiana"));
    assert!(!is_no_source("Those who know him"));
    assert!(!is_no_source("In These Times"));
    assert!(!is_no_source("At least 40 percent"));
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
    // a participle of publishing whose day went with the frame, unless it has a subject
    assert_eq!(
        clean_mention("NHS England data published"),
        "NHS England data"
    );
    assert_eq!(
        clean_mention("the figures her campaign released"),
        "the figures her campaign released"
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
fn common_nouns_and_shares_of_people_are_never_a_named_source() {
    // a share of people, as polls write it, is a category of people
    for m in [
        "74 percent of Democratic voters",
        "Nine in 10 registered voters",
        "Large majorities of Republican primary voters",
        "42% of Ohioans",
    ] {
        assert_eq!(classify(m).0, SourceKind::UnnamedGroup, "{m}");
    }
    // common nouns no name was found for: not "unknown", which counts as named and is shared
    // with other articles
    assert_eq!(classify("the moderator").0, SourceKind::Anonymous);
    assert_eq!(classify("the lawyers").0, SourceKind::UnnamedGroup);
    assert_eq!(classify("another").0, SourceKind::Anonymous);
    assert_eq!(classify("Acme Motors").0, SourceKind::Organization);
}

#[test]
fn an_adverb_between_the_source_and_its_verb_is_cut() {
    assert_eq!(classify("Cruz gingerly").1, "Cruz");
    assert_eq!(classify("Harry Reid (D) relentlessly").1, "Harry Reid");
    assert_eq!(classify("Trump at the time").1, "Trump");
    assert_eq!(classify("Fact-checkers soon").1, "Fact-checkers");
    assert_eq!(classify("Fact-checkers soon").0, SourceKind::UnnamedGroup);
    // a noun in "-ly" stays
    assert_eq!(classify("a CNN tally").0, SourceKind::Document);
    assert!(classify("the Smith family").1.ends_with("Smith family"));
}

#[test]
fn a_parenthesis_left_open_is_cut() {
    assert_eq!(classify("Sen. Bernie Sanders (I-Vt").1, "Bernie Sanders");
}

#[test]
fn mention_words_split_as_split_whitespace_splits() {
    let mentions = [
        "the mayor, Ann Lee,",
        "  “Officials”  said: ",
        "tab\tand\x0bvertical\x0cfeed\rreturn",
        "no\u{a0}break “quoted”",
        ",;:",
        "",
    ];
    for m in mentions {
        let slow: Vec<&str> = m
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '“' | '”' | '"')))
            .filter(|w| !w.is_empty())
            .collect();
        assert_eq!(words(m), slow, "{m:?}");
    }
}

#[test]
fn outsiders_to_a_study_are_a_group_not_sources_with_access() {
    for mention in [
        "experts not involved in the study",
        "Scientists not involved in the research",
    ] {
        assert_eq!(classify(mention).0, SourceKind::UnnamedGroup, "{mention}");
    }
    // people involved in it are presented as knowing
    assert_eq!(
        classify("two people involved in the talks").0,
        SourceKind::Anonymous
    );
}

#[test]
fn what_a_poll_covers_or_whom_it_was_made_for_is_no_speaker() {
    for mention in [
        "A CNN/ORC poll of South Carolina",
        "a Marist College poll for NBC News",
    ] {
        assert_eq!(
            classify(mention),
            (SourceKind::Document, lower_first(mention), None)
        );
    }
}

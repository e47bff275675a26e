//! Unit tests of the segmenter, from sentences in many outlets' styles.

use super::*;

fn split(text: &str) -> Vec<&str> {
    sentences(text).into_iter().map(|s| s.of(text)).collect()
}

#[test]
fn splits_wire_copy_with_titles_and_initials() {
    let text = "WASHINGTON (Reuters) - Sen. Elizabeth A. Warren said on Tuesday the U.S. \
                Treasury must act. Mr. Biden disagreed. The bill passed 52-48.";
    assert_eq!(
        split(text),
        vec![
            "WASHINGTON (Reuters) - Sen. Elizabeth A. Warren said on Tuesday the U.S. \
             Treasury must act.",
            "Mr. Biden disagreed.",
            "The bill passed 52-48."
        ]
    );
}

#[test]
fn keeps_dates_times_and_numbers_inside() {
    let text = "The vote is set for Jan. 5 at 10 a.m. local time. Turnout was 61.4 percent.";
    assert_eq!(
        split(text),
        vec![
            "The vote is set for Jan. 5 at 10 a.m. local time.",
            "Turnout was 61.4 percent."
        ]
    );
}

#[test]
fn headline_and_paragraphs_are_boundaries() {
    let text = "Floods hit coastal towns\n\nHeavy rain fell overnight, officials said.\r\nSchools \
                were closed";
    assert_eq!(
        split(text),
        vec![
            "Floods hit coastal towns",
            "Heavy rain fell overnight, officials said.",
            "Schools were closed"
        ]
    );
}

#[test]
fn quoted_question_before_the_speaker_stays_in_the_sentence() {
    let text = "\u{201c}Where were you?\u{201d} the judge asked. \u{201c}Home.\u{201d} He left.";
    assert_eq!(
        split(text),
        vec![
            "\u{201c}Where were you?\u{201d} the judge asked.",
            "\u{201c}Home.\u{201d}",
            "He left."
        ]
    );
    let text = "\"Why now?\" Smith asked reporters. Nobody answered.";
    assert_eq!(
        split(text),
        vec!["\"Why now?\" Smith asked reporters.", "Nobody answered."]
    );
}

#[test]
fn nbsp_and_bom_are_whitespace() {
    let text = "\u{feff}Prices rose.\u{a0}Wages did not.\u{a0}";
    let spans = sentences(text);
    assert_eq!(spans[0].start, 3);
    assert_eq!(split(text), vec!["Prices rose.", "Wages did not."]);
}

#[test]
fn bullets_start_items() {
    let text = "Key points:\n• Rates held at 5.25%\n• Inflation eased";
    assert_eq!(
        split(text),
        vec!["Key points:", "• Rates held at 5.25%", "• Inflation eased"]
    );
}

#[test]
fn company_and_state_abbreviations() {
    let text = "SPRINGFIELD, Ill. (AP) — Acme Corp. said profits fell. Shares of Acme Inc. \
                dropped 3%.";
    assert_eq!(
        split(text),
        vec![
            "SPRINGFIELD, Ill. (AP) — Acme Corp. said profits fell.",
            "Shares of Acme Inc. dropped 3%."
        ]
    );
}

#[test]
fn state_abbreviations_in_party_labels_and_nicknames() {
    let text = "\"No,\" said Rep. Jim Clyburn (D-S.C.), the whip. Rep. Robert C. \"Bobby\" \
                Scott agreed.";
    assert_eq!(
        split(text),
        vec![
            "\"No,\" said Rep. Jim Clyburn (D-S.C.), the whip.",
            "Rep. Robert C. \"Bobby\" Scott agreed."
        ]
    );
}

#[test]
fn wrapped_lines_join_but_short_lists_do_not() {
    let text = "Officials said the storm would move east and\nweaken by Friday.";
    assert_eq!(split(text).len(), 1);
    let text = "Editor's note: the mayor regularly\nvisits\nschools across the county every week.";
    assert_eq!(split(text).len(), 1);
    let text = "Menu:\nsoup of the day\nbread and butter";
    assert_eq!(split(text).len(), 3);
}

#[test]
fn afp_style_with_guillemets() {
    let text = "PARIS, France (AFP) \u{2013} \u{ab}Nous resterons.\u{bb} The minister spoke \
                at 9 p.m. on Tuesday. Protests continued.";
    assert_eq!(
        split(text),
        vec![
            "PARIS, France (AFP) \u{2013} \u{ab}Nous resterons.\u{bb}",
            "The minister spoke at 9 p.m. on Tuesday.",
            "Protests continued."
        ]
    );
}

#[test]
fn british_style_titles_without_periods() {
    let text = "Mr Johnson told MPs the deal was done. Dr Smith disagreed. It cost \u{a3}4.5bn.";
    assert_eq!(
        split(text),
        vec![
            "Mr Johnson told MPs the deal was done.",
            "Dr Smith disagreed.",
            "It cost \u{a3}4.5bn."
        ]
    );
}

#[test]
fn local_paper_currency_and_numbered_points() {
    let text = "The council approved Rs. 500 crore for roads. The plan has three parts: 1. new \
                buses 2. wider roads 3. more parks.";
    assert_eq!(
        split(text),
        vec![
            "The council approved Rs. 500 crore for roads.",
            "The plan has three parts:",
            "1. new buses",
            "2. wider roads",
            "3. more parks."
        ]
    );
}

#[test]
fn quotes_running_over_sentences_and_attribution_after() {
    let text = "\"We will win. We always do,\" the coach said. She smiled.";
    assert_eq!(
        split(text),
        vec![
            "\"We will win.",
            "We always do,\" the coach said.",
            "She smiled."
        ]
    );
}

#[test]
fn email_and_urls_in_news() {
    let text = "Tips go to news@example.org. Details are at www.example.com/tips. Thanks.";
    assert_eq!(
        split(text),
        vec![
            "Tips go to news@example.org.",
            "Details are at www.example.com/tips.",
            "Thanks."
        ]
    );
}

#[test]
fn empty_and_blank_inputs() {
    assert!(sentences("").is_empty());
    assert!(sentences(" \n\r\n\u{a0}").is_empty());
    assert_eq!(split("."), vec!["."]);
}

#[test]
fn a_clock_time_ends_a_sentence_unless_it_opens_it_or_a_day_follows() {
    let text = "The rally ended shortly after 9 p.m. Ms. Okafor then flew home. \
                At 7 a.m. Mr. Lindqvist was back at his desk. \
                The polls close at 8 p.m. Tuesday in most states.";
    assert_eq!(
        split(text),
        vec![
            "The rally ended shortly after 9 p.m.",
            "Ms. Okafor then flew home.",
            "At 7 a.m. Mr. Lindqvist was back at his desk.",
            "The polls close at 8 p.m. Tuesday in most states."
        ]
    );
}

//! Tests of the tokenizer: word and punctuation boundaries, lower-cased forms, name parts.

use super::*;

#[test]
fn splits_words_punctuation_and_quotes() {
    let text = "“It’s fine,” said Mr. Smith of the U.S. Senate, 3.5% up.";
    let toks = tokenize(text, 0, text.len());
    let words: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
    assert_eq!(
        words,
        vec![
            "“", "It’s", "fine", ",", "”", "said", "Mr.", "Smith", "of", "the", "U.S.", "Senate",
            ",", "3.5", "%", "up", "."
        ]
    );
    assert_eq!(toks[0].kind, TokKind::Quote);
    assert!(toks[6].cap);
    assert_eq!(toks[13].kind, TokKind::Number);
}

#[test]
fn a_kept_period_stays_in_the_lower_form() {
    let text = "Smith vs. Jones, Mr. Brown";
    let toks = tokenize(text, 0, text.len());
    let lows: Vec<&str> = toks.iter().map(|t| t.low()).collect();
    assert_eq!(lows, vec!["smith", "vs.", "jones", ",", "mr.", "brown"]);
}

#[test]
fn a_lowered_copy_gives_the_same_tokens() {
    let text = "“It’s fine,” said Mr. Smith of the U.S. Senate in ÉCOLE.";
    let lowered = text.to_ascii_lowercase();
    let plain = tokenize(text, 0, text.len());
    let mut borrowed = vec![];
    tokenize_into(&mut borrowed, text, Some(&lowered), 0, text.len());
    assert_eq!(plain, borrowed);
}

#[test]
fn a_capitalised_word_inside_a_name_is_not_a_cue_or_a_month() {
    let text = "Theresa May and Stevie Wonder spoke in May, aides said. Last May, they did not.";
    let toks = tokenize(text, 0, text.len());
    let find = |w: &str, nth: usize| {
        toks.iter()
            .filter(|t| &text[t.start..t.end] == w)
            .nth(nth)
            .unwrap()
    };
    assert_eq!(
        find("May", 0).flags & crate::extract::claims::lexicon::flag::MONTH,
        0
    );
    assert!(find("Wonder", 0).cue.is_none());
    assert_ne!(
        find("May", 1).flags & crate::extract::claims::lexicon::flag::MONTH,
        0
    );
    assert_ne!(
        find("May", 2).flags & crate::extract::claims::lexicon::flag::MONTH,
        0
    );
    // the month after a preposition or a word of time is not the modal verb either
    use crate::extract::claims::lexicon::flag::FINITE;
    assert_eq!(find("May", 1).flags & FINITE, 0);
    assert_eq!(find("May", 2).flags & FINITE, 0);
    let text = "May they win? She May Win";
    let toks = tokenize(text, 0, text.len());
    assert_ne!(toks[0].flags & FINITE, 0);
    let headline = "Trump Says He Will Win";
    let toks = tokenize(headline, 0, headline.len());
    assert!(toks[1].cue.is_some());
}

#[test]
fn will_is_a_given_name_after_a_quotation_before_a_comma_or_a_cue() {
    let name_part = |s: &str, nth: usize| {
        let toks = tokenize(s, 0, s.len());
        let t = toks.iter().filter(|t| t.low() == "will").nth(nth).unwrap();
        t.flags & crate::extract::claims::lexicon::flag::NAME_PART != 0
    };
    assert!(name_part(
        "“We will win,” Will Ruiz, the party chairman, said.",
        1
    ));
    assert!(name_part("The vote was close, Will Ruiz said.", 0));
    // a question after a comma keeps its modal
    assert!(!name_part(
        "Prices rose, and Will Democrats accept that?",
        0
    ));
    assert!(!name_part("If so, Will Democrats vote for it?", 0));
}

#[test]
fn thousands_separators_stay_inside_a_number() {
    let text = "About 20,000 said so; 1,250,000 voted, 5, 2016 and 3,45 differ.";
    let toks = tokenize(text, 0, text.len());
    let words: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
    assert_eq!(&words[1..3], &["20,000", "said"]);
    assert!(words.contains(&"1,250,000"));
    assert!(words.contains(&"2016") && words.contains(&"45"));
}

#[test]
fn offsets_are_absolute() {
    let text = "xx Hello, world";
    let toks = tokenize(text, 3, text.len());
    assert_eq!(toks[0].start, 3);
    assert_eq!(&text[toks[2].start..toks[2].end], "world");
}

#[test]
fn joiners_possessives_and_wide_characters() {
    let text = "Sanders’ aides, Zürich's O’Neill-Smith, AT&T and 9/11; ÉCOLE, F.B.I. agents \
                and Dr. Ng’s R&D. Jones’ 20,000-strong ’n’ A. Sé. Co. Rep. Del. Stacey";
    let toks = tokenize(text, 0, text.len());
    let got: Vec<(&str, &str)> = toks
        .iter()
        .map(|t| (&text[t.start..t.end], t.low()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Sanders’", "sanders'"),
            ("aides", "aides"),
            (",", ","),
            ("Zürich's", "zürich's"),
            ("O’Neill-Smith", "o'neill-smith"),
            (",", ","),
            ("AT&T", "at&t"),
            ("and", "and"),
            ("9/11", "9/11"),
            (";", ";"),
            ("ÉCOLE", "école"),
            (",", ","),
            ("F.B.I.", "f.b.i."),
            ("agents", "agents"),
            ("and", "and"),
            ("Dr.", "dr."),
            ("Ng’s", "ng's"),
            ("R&D.", "r&d."),
            ("Jones", "jones"),
            ("’", "’"),
            ("20,000-strong", "20,000-strong"),
            ("’", "’"),
            ("n", "n"),
            ("’", "’"),
            ("A.", "a."),
            ("Sé.", "sé."),
            ("Co.", "co."),
            ("Rep.", "rep."),
            ("Del.", "del."),
            ("Stacey", "stacey"),
        ]
    );
}

#[test]
fn fall_and_rise_are_verbs_unless_they_name_a_change() {
    let verbish = |text: &str, word: &str| {
        let toks = tokenize(text, 0, text.len());
        toks.iter().find(|t| t.low() == word).unwrap().verbish
    };
    assert!(verbish("A quarter of adults fall short.", "fall"));
    assert!(verbish("Prices rise when supply is short.", "rise"));
    assert!(!verbish("She testified last fall.", "fall"));
    assert!(!verbish("Erdoğan’s rise to power worried them.", "rise"));
    assert!(!verbish(
        "Pundits predicted the fall of the regime.",
        "fall"
    ));
    assert!(!verbish("There was a sharp rise in prices.", "rise"));
    // a think tank's "think" is no verb
    assert!(!verbish("Analysts at the think tank warned.", "think"));
}

#[test]
fn put_with_an_amount_after_at_is_an_estimate() {
    let cue_of = |text: &str, word: &str| {
        let toks = tokenize(text, 0, text.len());
        toks.iter().find(|t| t.low() == word).unwrap().cue.is_some()
    };
    assert!(cue_of("Police put the crowd at 5,000.", "put"));
    assert!(cue_of("The ministry puts the cost at $2 billion.", "puts"));
    assert!(cue_of(
        "Analysts put the odds of a recession at one in three.",
        "put"
    ));
    // a place after "at" is no estimate
    assert!(!cue_of("She put the book at the end of the shelf.", "put"));
}

#[test]
fn word_characters_are_the_letters_and_digits() {
    // the shortcut over General Punctuation says what `is_alphanumeric` says
    for c in (0..0x3000).filter_map(char::from_u32) {
        assert_eq!(super::is_word_char(c), c.is_alphanumeric(), "{c:?}");
    }
}

#[test]
fn a_possessive_after_initials_is_part_of_the_word() {
    let text = "the U.N.'s panel and the U.S.’s envoy, not U.S. 'soft' power";
    let toks = tokenize(text, 0, text.len());
    let words: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
    assert_eq!(words[1], "U.N.'s");
    assert_eq!(toks[1].low(), "u.n.'s");
    assert_eq!(words[5], "U.S.’s");
    assert_eq!(toks[5].low(), "u.s.'s");
    assert_eq!(words[9], "U.S.");
}

#[test]
fn a_unit_takes_only_the_passes_whose_words_it_holds() {
    let passes = |text: &str| {
        let mut p = Passes::default();
        for t in &tokenize(text, 0, text.len()) {
            p.note(t);
        }
        (p.name_parts, p.compound_nouns, p.estimates)
    };
    assert_eq!(
        passes("The board met on Tuesday to vote."),
        (false, false, false)
    );
    assert_eq!(passes("The vote was held in May."), (true, false, false));
    assert_eq!(
        passes("Analysts at the think tank warned."),
        (false, true, false)
    );
    assert_eq!(passes("Prices fall when rates rise."), (false, true, false));
    assert_eq!(
        passes("Police put the crowd at 5,000."),
        (false, false, true)
    );
}

#[test]
fn as_in_capitals_is_a_name_outside_a_line_in_capitals() {
    let flagged = |text: &str| {
        let toks = tokenize(text, 0, text.len());
        let t = toks
            .iter()
            .find(|t| text[t.start..t.end].eq_ignore_ascii_case("as"))
            .expect("AS");
        t.flags & crate::extract::claims::lexicon::flag::CLAUSE_WORD != 0
    };
    assert!(!flagged("The daily AS reported the fee."));
    assert!(flagged("PRICES FALL AS STOCKS SLIDE"));
    assert!(flagged("Prices fell as stocks slid."));
}

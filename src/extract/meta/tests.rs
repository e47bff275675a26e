//! Unit tests of the metadata stage, from text in many outlets' styles.

use super::*;

pub(super) fn bp(text: &str) -> Vec<&str> {
    article_meta(text)
        .boilerplate
        .iter()
        .map(|s| s.of(text))
        .collect()
}

#[test]
fn plain_dateline() {
    let text = "JAKARTA - Floods displaced thousands on Monday.";
    let m = article_meta(text);
    assert_eq!(m.dateline.as_deref(), Some("JAKARTA"));
    assert_eq!(m.dateline_span.unwrap().of(text), "JAKARTA - ");
    assert_eq!(m.relayed_from, None);
}

#[test]
fn reuters_dateline_gives_the_relay() {
    let text = "WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.";
    let m = article_meta(text);
    assert_eq!(m.dateline.as_deref(), Some("WASHINGTON"));
    assert_eq!(m.relayed_from.as_deref(), Some("Reuters"));
    assert_eq!(m.dateline_span.unwrap().of(text), "WASHINGTON (Reuters) - ");
}

#[test]
fn ap_dateline_with_date_and_em_dash() {
    let text = "LONDON, July 19 (AP) \u{2014} Britain's economy grew 0.6% in the quarter.";
    let m = article_meta(text);
    assert_eq!(m.dateline.as_deref(), Some("LONDON"));
    assert_eq!(m.relayed_from.as_deref(), Some("Associated Press"));
}

#[test]
fn afp_dateline_after_a_headline_and_state_abbreviation() {
    let text = "Markets slide as rates rise\n\nNEW YORK, N.Y. (AFP) \u{2013} Stocks fell \
                sharply on Wall Street.";
    let m = article_meta(text);
    assert_eq!(m.dateline.as_deref(), Some("NEW YORK"));
    assert_eq!(m.relayed_from.as_deref(), Some("Agence France-Presse"));
}

#[test]
fn local_paper_colon_dateline() {
    let text = "NEW DELHI: The government on Friday announced new rules for ride-hailing apps.";
    assert_eq!(article_meta(text).dateline.as_deref(), Some("NEW DELHI"));
}

#[test]
fn kickers_headlines_and_speaker_labels_are_not_datelines() {
    for text in [
        "EXCLUSIVE \u{2013} Senator says she will run again.\n\nText follows here.",
        "UPDATE: The company has since withdrawn the statement.",
        "ANALYSIS: A Quiet Shift Among Suburban Voters Could Decide The Race.\nText.",
        "JOHN SMITH: Welcome back to the program.\nJANE DOE: Thanks for having me.",
        "AP: Senate aide routed funds to lobbyists, records show.\n\nThe aide said so.",
        "STATE'S VOTERS FAVOR SMITH, BUT TURNOUT FAVORS JONES - An analyst wrote this.",
    ] {
        assert_eq!(article_meta(text).dateline, None, "{text}");
    }
}

#[test]
fn a_headlines_colon_label_gives_way_to_the_dateline_below_it() {
    let text = "CDC: Flu cases rising faster than expected\n\nATLANTA (AP) \u{2014} Flu cases \
                rose again last week, health officials said.";
    let m = article_meta(text);
    assert_eq!(m.dateline.as_deref(), Some("ATLANTA"));
    assert_eq!(m.dateline_span.unwrap().of(text), "ATLANTA (AP) \u{2014} ");
    // the label is then the headline's source, and the dateline is in no claim
    let claims = crate::extract::extract(text).claims;
    assert_eq!(
        (
            claims[0].sources[0].name.as_str(),
            claims[0].sources[0].cue.as_deref()
        ),
        ("CDC", Some(":"))
    );
    assert!(
        claims.iter().all(|c| !c.span.of(text).contains("ATLANTA")),
        "{claims:?}"
    );
    let text =
        "FDA: Recall widened to three more brands\nDENVER \u{2014} The recall grew on Monday.";
    assert_eq!(article_meta(text).dateline.as_deref(), Some("DENVER"));
    // with no dateline below, and on a line that ends a sentence, the colon's place stays
    let text = "LAHORE: Markets rallied on Monday after the budget.\nKARACHI \u{2014} Shares rose.";
    assert_eq!(article_meta(text).dateline.as_deref(), Some("LAHORE"));
    let text = "LAHORE: Markets rally after budget\n\nShares rose on Monday, traders said.";
    assert_eq!(article_meta(text).dateline.as_deref(), Some("LAHORE"));
}

#[test]
fn shouted_headline_is_not_a_dateline() {
    let text = "BREAKING - FIRE AT THE DOCKS\nCrews responded at noon.";
    assert_eq!(article_meta(text).dateline, None);
}

#[test]
fn relay_in_the_text() {
    let text = "As reported by Reuters on Friday, the talks stalled.";
    let m = article_meta(text);
    assert_eq!(m.relayed_from.as_deref(), Some("Reuters"));
    assert_eq!(m.relay_span.unwrap().of(text), "As reported by Reuters");
    let text = "The plan, as first reported by The Associated Press, was dropped.";
    assert_eq!(
        article_meta(text).relayed_from.as_deref(),
        Some("Associated Press")
    );
    let text = "Officials met on Monday. (Reuters)";
    assert_eq!(article_meta(text).relayed_from.as_deref(), Some("Reuters"));
    let text = "Officials met on Monday.\n\u{2014} AFP";
    assert_eq!(
        article_meta(text).relayed_from.as_deref(),
        Some("Agence France-Presse")
    );
    let text = "As reported by local residents, the river rose overnight.";
    assert_eq!(article_meta(text).relayed_from, None);
}

#[test]
fn translation_notice_gives_language_and_boilerplate() {
    let text = "The mayor resigned.\nThe English and French versions are automatically \
                generated by the AI. So there may be inaccuracies, please always see \
                Indonesian as our main language. (system supported by Example.id)";
    let m = article_meta(text);
    assert_eq!(m.translated_from.as_deref(), Some("id"));
    assert_eq!(m.boilerplate.len(), 1);
    assert!(m.boilerplate[0]
        .of(text)
        .starts_with("The English and French"));
    assert!(m.boilerplate[0].of(text).ends_with("Example.id)"));
}

#[test]
fn other_translation_notices() {
    let text = "Text.\nThis article was machine-translated from Spanish.";
    assert_eq!(article_meta(text).translated_from.as_deref(), Some("es"));
    let text = "Text.\nThis story was translated by AI. The German original prevails.";
    assert_eq!(article_meta(text).translated_from.as_deref(), Some("de"));
    let text = "The novel, translated from Russian, sold well.";
    assert_eq!(article_meta(text).translated_from, None);
}

#[test]
fn page_furniture_is_boilerplate() {
    let text = "Rates rose.\r\nSEE ALSO:\r\nRead more: Why rates matter\r\nSubscribe to our \
                daily newsletter\r\nFollow us on Twitter\r\nPhoto: Jane Doe/Example\r\n\
                Copyright 2024 Example Media. All rights reserved.\r\nThe end.";
    assert_eq!(
        bp(text),
        vec![
            "SEE ALSO:",
            "Read more: Why rates matter",
            "Subscribe to our daily newsletter",
            "Follow us on Twitter",
            "Photo: Jane Doe/Example",
            "Copyright 2024 Example Media. All rights reserved."
        ]
    );
}

#[test]
fn app_prompts_wire_credits_and_amendment_notes_are_boilerplate() {
    let text = "Police said a man was arrested.\nFollow live updates on the BBC News website and \
                app.\nDownload the FOX31 app for breaking news alerts.\nNever miss a story — sign \
                up for our newsletter.\nSource: Al Jazeera and news agencies\n--With assistance \
                from Carter Johnson.\nTo contact the reporter on this story: Ann Lee in New York\n\
                This article was amended on 12 November 2026 to clarify a figure.\nUpdate, November \
                18th: Added comment from a spokesperson.\nMost Popular\nHe will follow live \
                updates, he said.";
    assert_eq!(
        bp(text),
        vec![
            "Follow live updates on the BBC News website and app.",
            "Download the FOX31 app for breaking news alerts.",
            "Never miss a story — sign up for our newsletter.",
            "Source: Al Jazeera and news agencies",
            "--With assistance from Carter Johnson.",
            "To contact the reporter on this story: Ann Lee in New York",
            "This article was amended on 12 November 2026 to clarify a figure.",
            "Update, November 18th: Added comment from a spokesperson.",
            "Most Popular"
        ]
    );
}

#[test]
fn staff_credits_and_editors_notes_are_boilerplate() {
    let text = "Rates rose, the bank said.\nContributing: Ann Lee, Example News.\nEditor’s Note: \
                This is part 2 of a series.\nContributors: Bo Diaz\nHe was contributing to it.";
    assert_eq!(
        bp(text),
        vec![
            "Contributing: Ann Lee, Example News.",
            "Editor’s Note: This is part 2 of a series.",
            "Contributors: Bo Diaz"
        ]
    );
}

#[test]
fn wire_credits_and_inline_photo_credits() {
    let text = "Crowds gathered (AP Photo/John Smith) near the square.\n(Reporting by Jane \
                Roe; Editing by Tim Poe)";
    assert_eq!(
        bp(text),
        vec![
            "(AP Photo/John Smith)",
            "(Reporting by Jane Roe; Editing by Tim Poe)"
        ]
    );
}

#[test]
fn bylines_and_time_stamps() {
    let text = "Storm nears coast\nBy Jane Doe and John Roe, Reuters\nUpdated: 5:43 PM ET, \
                March 3, 2024\nBy Monday the storm had passed, forecasters said.\nPublished 10 \
                June 2024\nBy Sarah Jones, Environment correspondent\nBy Christmas Day, the \
                shops were empty.";
    assert_eq!(
        bp(text),
        vec![
            "By Jane Doe and John Roe, Reuters",
            "Updated: 5:43 PM ET, March 3, 2024",
            "Published 10 June 2024",
            "By Sarah Jones, Environment correspondent"
        ]
    );
}

#[test]
fn reporting_credits_on_their_own_lines() {
    let text = "The dam held, officials said.\nAnn Lee contributed reporting.\nBo Diaz and Ed \
                Lim contributed reporting from Lagos.\nLee reported from Washington; Diaz from \
                Kyiv.\nSam Orr contributed to this report.";
    assert_eq!(
        bp(text),
        vec![
            "Ann Lee contributed reporting.",
            "Bo Diaz and Ed Lim contributed reporting from Lagos.",
            "Lee reported from Washington; Diaz from Kyiv.",
            "Sam Orr contributed to this report."
        ]
    );
    // sentences that merely use the words stay text
    let text = "The senator contributed $5,000 to the campaign.\nOfficials reported from the \
                scene that two people were hurt, and the mayor said more help was coming.";
    assert!(bp(text).is_empty(), "{:?}", bp(text));
}

#[test]
fn ordinary_sentences_are_not_boilerplate() {
    let text = "Related talks are planned. Subscribers to the service complained, and the \
                company said it would follow up.\nShare prices fell.\nBy Friday, 20 people had \
                died.\nUpdated figures show 3% growth.\nPosted losses rose 5%.";
    assert!(bp(text).is_empty(), "{:?}", bp(text));
}

#[test]
fn stray_copyright_sign_in_text_is_not_a_credit() {
    let text = "He said \u{a9}s were common. \u{a9} 2024 Example News Ltd";
    assert_eq!(bp(text), vec!["\u{a9} 2024 Example News Ltd"]);
}

#[test]
fn copyright_sign_needs_a_year_or_a_holder() {
    // matched in the lower-cased text, the sign is checked against the original
    let text =
        "Top \u{a9} 5 picks. \u{a9} reader poll. \u{a9}2023 Daily Planet\nALL RIGHTS RESERVED";
    assert_eq!(
        bp(text),
        vec!["\u{a9}2023 Daily Planet", "ALL RIGHTS RESERVED"]
    );
    let text = "Photo (PHOTO: Ann Lee) and text. \u{a9} Example Wire";
    assert_eq!(bp(text), vec!["(PHOTO: Ann Lee)", "\u{a9} Example Wire"]);
}

#[test]
fn huffpost_horizontal_bar_dateline() {
    let text = "Headline here\nHEMPSTEAD, N.Y. \u{2015} If it worked before, it might work again.";
    let m = article_meta(text);
    assert_eq!(m.dateline.as_deref(), Some("HEMPSTEAD"));
    assert_eq!(m.relayed_from, None);
}

#[test]
fn offsets_survive_bom_and_crlf() {
    let text = "\u{feff}PARIS (AFP) - Strikes hit rail lines.\r\nRead more:\r\nMore text.";
    let m = article_meta(text);
    assert_eq!(m.dateline.as_deref(), Some("PARIS"));
    assert_eq!(m.dateline_span.unwrap().start, 3);
    assert_eq!(bp(text), vec!["Read more:"]);
}

#[test]
fn speaker_labels_are_counted_as_the_pattern_counts_them() {
    let label = regex::Regex::new(r"(?m)^[ \t]*\p{Lu}[\p{Lu}.'’\- ]{1,40}:").unwrap();
    let lines = [
        "JAKE TAPPER: Welcome back.",
        "  \tO’BRIEN: Yes.",
        "A: one letter after the capital",
        "B:",
        "Mr. Smith: no",
        "DR. X-Y: ok",
        "\u{2160}I: Roman numeral",
        "\u{A7CE}\u{A7CE}: a capital newer than some tables",
        "ÉLODIE DURAND : spaced colon",
        "\u{c3}: one capital out of ASCII",
        "\u{c3}\u{c9}: two",
        "X\u{4e2d}: a character the letter shape does not know",
        "A\u{17f}: the long s",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP: 41 after the capital",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO: 40 after the capital",
        "\r\nCRLF: line",
        "NO COLON here",
        "",
    ];
    for a in lines {
        for b in lines {
            let text = format!("{a}\n{b}\n{a}");
            assert_eq!(
                speaker_labels(&text),
                label.find_iter(&text).take(2).count(),
                "{text:?}"
            );
        }
    }
}

#[test]
fn inline_boilerplate_is_found_as_the_bounded_pattern_finds_it() {
    let bounded = regex::Regex::new(
        r"\((?:system supported by|powered by|supported by|ap photo|reuters/|photo\s*:|photo by|photos? courtesy|image\s*:|file photo|getty images|afp photo|video\s*:)[^()\n]{0,200}\)|(?:©|(?-u:\b)copyright\s+(?:©\s*)?\d{4})[^\n]{0,200}|(?-u:\b)all rights reserved\.?",
    )
    .unwrap();
    let long = |n: usize, c: &str| c.repeat(n);
    let pieces = [
        format!("(photo: {})", long(193, "x")),
        format!("(photo: {})", long(192, "é")),
        format!("(photo: {})", long(194, "x")),
        format!("(photo by (ap photo {}))", long(10, "y")),
        format!("(ap photo/{} (photo: ann lee)", long(250, "z")),
        format!("© 2024 {}", long(300, "ã")),
        format!("copyright 2023 {}\nnext", long(199, "w")),
        format!("copyright 2023 {}", long(190, "w")),
        "©©© all rights reserved. (video: x)(video:\n)".to_string(),
        String::new(),
    ];
    for a in &pieces {
        for b in &pieces {
            let text = format!("{a} and {b}");
            let mut want = Vec::new();
            let mut got = Vec::new();
            let mut from = 0;
            while let Some(m) = bounded.find_at(&text, from) {
                want.push((m.start(), m.end()));
                from = m.end().max(m.start() + 1);
                while !text.is_char_boundary(from) {
                    from += 1;
                }
            }
            let mut from = 0;
            while let Some((s, e)) = find_inline(&text, from) {
                got.push((s, e));
                from = e.max(s + 1);
                while !text.is_char_boundary(from) {
                    from += 1;
                }
            }
            assert_eq!(got, want, "{text:?}");
        }
    }
}

#[test]
fn copyright_line_with_a_long_tail_is_cut_at_200_characters() {
    let tail = "Ação Notícias Ltda. ".repeat(15);
    let text = format!("The vote was close.\n\u{a9} 2024 {tail}\nMore text.");
    let got = bp(&text);
    assert_eq!(got.len(), 1, "{got:?}");
    // the sign and the next 200 characters, without the space they end with
    let after: String = format!(" 2024 {tail}").chars().take(200).collect();
    assert_eq!(got[0], format!("\u{a9}{}", after.trim_end()));
    assert!(got[0].ends_with("Notícias"));
}

#[test]
fn non_ascii_words_in_translation_notices_and_follow_lines() {
    // a word character outside ASCII is a word; a curly quote is not
    let text = "Text.\nThis story was machine-translated. It was originally publié in French.";
    assert_eq!(article_meta(text).translated_from.as_deref(), Some("fr"));
    let text = "Text.\nMachine translation by AI. Originally \u{201c}published\u{201d} in French.";
    let m = article_meta(text);
    assert_eq!(m.translated_from, None);
    assert_eq!(m.boilerplate.len(), 1);
    let text = "Rates rose.\nFollow Agência on Twitter\nFollow \u{201c}us\u{201d} on Twitter";
    assert_eq!(bp(text), vec!["Follow Agência on Twitter"]);
    // the long s reads as "s" to a case-insensitive pattern
    let text = "Rates rose.\n\u{17f}UBSCRIBE now";
    assert_eq!(bp(text), vec!["\u{17f}UBSCRIBE now"]);
}

#[test]
fn only_the_kelvin_sign_and_the_long_s_fold_to_ascii_letters() {
    let folded = regex::Regex::new("(?i)^[a-z]$").unwrap();
    let odd: Vec<char> = (0x80..=0x10ffff)
        .filter_map(char::from_u32)
        .filter(|c| folded.is_match(c.encode_utf8(&mut [0; 4])))
        .collect();
    assert_eq!(odd, vec!['\u{17f}', '\u{212a}']);
    assert!(has_ascii_fold("\u{212a}elvin") && !has_ascii_fold("Kelvin"));
    // among characters that share their first byte: quotes, dashes, "ſ" after "Ş"
    assert!(has_ascii_fold("“a” – \u{15e}a\u{17f}"));
    assert!(!has_ascii_fold("“a” – \u{15e}a\u{2122}"));
}

#[test]
fn relays_with_non_ascii_names() {
    let text = "The plan, as reported by Agência Brasil, was dropped.";
    let m = article_meta(text);
    assert_eq!(m.relayed_from, None);
    // a curly apostrophe ends the name
    let text = "The plan, as reported by Reuters\u{2019} reporters, was dropped.";
    let m = article_meta(text);
    assert_eq!(m.relayed_from.as_deref(), Some("Reuters"));
    assert_eq!(m.relay_span.unwrap().of(text), "as reported by Reuters");
    // a word character outside ASCII does not
    let text = "As reported by AAé, the plan was dropped.";
    assert_eq!(article_meta(text).relayed_from, None);
    let text = "As reported by\u{a0}the Associated Press, the plan was dropped.";
    assert_eq!(
        article_meta(text).relayed_from.as_deref(),
        Some("Associated Press")
    );
}

#[test]
fn non_ascii_datelines_and_bylines() {
    let text = "S\u{c3}O PAULO (Reuters) - Brazil's central bank held rates on Wednesday.";
    let m = article_meta(text);
    assert_eq!(m.dateline.as_deref(), Some("S\u{c3}O PAULO"));
    assert_eq!(m.relayed_from.as_deref(), Some("Reuters"));
    let text = "Rates hold\nBy José Álvarez\nBy Ann Lee and Zoë Ölund, Reuters\nText.";
    assert_eq!(
        bp(text),
        vec!["By José Álvarez", "By Ann Lee and Zoë Ölund, Reuters"]
    );
}

//! Boilerplate of newsrooms' own: partnership notes, tip and contact lines, wire
//! contributors, dates on a line of their own, on lines written for these tests.

use super::tests::bp;

#[test]
fn partnership_notes_tip_lines_contacts_and_wire_contributors_are_boilerplate() {
    let text =
        "by Dana Whitcomb, ProPublica, and Luis Ferrante, The Valley Ledger\nThe mayor said \
                the plan was final.\nThis article was produced for ProPublica's Local Reporting \
                Network in partnership with The Valley Ledger.\nReach Tricia Halvorsen at \
                th@example.com or 555-0142.\nAssociated Press writer Kim Chandler in Montgomery, \
                Alabama, contributed to this report.\ndoi: 10.1038/s41559-024-02417-8\n(With \
                inputs from PTI)\nThe council will reach a decision at noon.";
    assert_eq!(
        bp(text),
        vec![
            "by Dana Whitcomb, ProPublica, and Luis Ferrante, The Valley Ledger",
            "This article was produced for ProPublica's Local Reporting Network in partnership \
             with The Valley Ledger.",
            "Reach Tricia Halvorsen at th@example.com or 555-0142.",
            "Associated Press writer Kim Chandler in Montgomery, Alabama, contributed to this \
             report.",
            "doi: 10.1038/s41559-024-02417-8",
            "(With inputs from PTI)"
        ]
    );
}

#[test]
fn a_date_alone_and_newsroom_credits_are_boilerplate() {
    let text =
        "Feb. 11, 2025\nThe mayor said the plan was final.\nWith files from Catherine Leung\n\
                For more information, visit example.com.\nThe vote is on March 9, 2025.";
    assert_eq!(
        bp(text),
        vec![
            "Feb. 11, 2025",
            "With files from Catherine Leung",
            "For more information, visit example.com."
        ]
    );
}

#[test]
fn bylines_without_by_at_the_top_are_boilerplate() {
    let text = "Rents capped in city\n\nNiamh Okafor, Political Correspondent\n\nThe Minister \
                said rents would be capped.";
    assert_eq!(bp(text), vec!["Niamh Okafor, Political Correspondent"]);
    let text = "Port to expand\n\nTan Mei Hua\nSenior Correspondent\n\nThe port said the work \
                would start in May.";
    assert_eq!(bp(text), vec!["Tan Mei Hua", "Senior Correspondent"]);
    // a title that is no journalist's, an article, or a line further down stays text
    let text = "Port to expand\n\nRuth Adeyemi, Police Chief\nTom Bell, a reporter\nTom Bell\n\
                The harbour master\nThe port said the work would start in May.";
    assert!(bp(text).is_empty(), "{:?}", bp(text));
    let lines = "The port said the work would start in May.\n".repeat(8);
    let text = format!("{lines}Niamh Okafor, Political Correspondent\n");
    assert!(bp(&text).is_empty(), "{:?}", bp(&text));
}

#[test]
fn a_byline_without_by_is_no_claim_and_nobody_antecedent() {
    let text = "Niamh Okafor, Political Correspondent\n\nThe Minister for Transport said fares \
                would fall. The Minister said the change would apply from June.";
    let claims = crate::extract::extract(text).claims;
    assert!(claims.iter().all(|c| !c.span.of(text).contains("Okafor")));
    let sources = claims.iter().flat_map(|c| &c.sources);
    assert!(sources.clone().count() >= 2);
    assert!(
        sources.clone().all(|s| !s.name.contains("Okafor")),
        "{claims:?}"
    );
}

#[test]
fn day_month_dates_trailers_press_contacts_and_sign_offs_are_boilerplate() {
    let text = "Grid under strain\n\n4 March 2027\n\nThe utility said cuts would start on 4 March \
                2027.\nThis article appears in the April issue of Lantern magazine. Subscribe at \
                lantern.example.\nFor press inquiries, contact media@example.org.\nMedia \
                contact: Jo Reyes, 555-0100\nThis is part of AP's effort to address widely \
                shared misinformation. Learn more about fact-checking at AP.\ndk-bur/jmr/pt\n\
                \u{a9} 2027 Example News";
    assert_eq!(
        bp(text),
        vec![
            "4 March 2027",
            "This article appears in the April issue of Lantern magazine. Subscribe at \
             lantern.example.",
            "For press inquiries, contact media@example.org.",
            "Media contact: Jo Reyes, 555-0100",
            "This is part of AP's effort to address widely shared misinformation. Learn more \
             about fact-checking at AP.",
            "dk-bur/jmr/pt",
            "\u{a9} 2027 Example News"
        ]
    );
    // initials and slashes are a sign-off only on the last line of text
    let text = "The river rose.\nab/cd\nThe dam held, officials said.\nThe story appeared in \
                the papers.";
    assert!(bp(text).is_empty(), "{:?}", bp(text));
}

#[test]
fn live_blog_time_stamps_are_boilerplate_and_their_updates_text() {
    let text = "10:42 a.m. ET\n10:47 a.m. \u{2014} Mayor Dana Holt says 3,000 homes are flooded.\n\
                16:05 GMT \u{2013} Markets opened lower.\n2.15pm - Rain eased.\n\
                2:30 is when the council meets.\n3.5 - the score";
    assert_eq!(
        bp(text),
        vec![
            "10:42 a.m. ET",
            "10:47 a.m. \u{2014}",
            "16:05 GMT \u{2013}",
            "2.15pm -"
        ]
    );
    let claims = crate::extract::extract(text).claims;
    let flooded = claims
        .iter()
        .find(|c| c.span.of(text).contains("homes are flooded"))
        .expect("the update is a claim");
    assert_eq!(flooded.span.of(text), "3,000 homes are flooded.");
    assert_eq!(flooded.sources[0].name, "Dana Holt");
    assert!(claims.iter().all(|c| !c.span.of(text).contains("a.m.")));
}

#[test]
fn fact_check_labels_in_capitals_are_boilerplate() {
    let text = "FACT FOCUS: Mayor's count of new homes falls short\nCLAIM: The city built 5,000 \
                homes.\nTHE FACTS: It built 1,200.\nAP\u{2019}S ASSESSMENT: False.\nFacts: none.\n\
                NOTE: The city said so.";
    assert_eq!(
        bp(text),
        vec![
            "FACT FOCUS:",
            "CLAIM:",
            "THE FACTS:",
            "AP\u{2019}S ASSESSMENT:"
        ]
    );
}

#[test]
fn pti_sign_off_of_initials_is_boilerplate() {
    let text = "Rampur, Nov 27 (PTI) Colleges will stay shut, officials said.\n\n\
                The district has declared a holiday. PTI COR RS ABK\nPTI DEL NB\n\
                The board met the PTI CEO today.\nHe told PTI AB CD";
    assert_eq!(bp(text), vec!["PTI COR RS ABK", "PTI DEL NB"]);
    let claims = crate::extract::extract(text).claims;
    assert!(claims.iter().all(|c| !c.span.of(text).contains("ABK")));
}

#[test]
fn names_and_addresses_under_a_contact_heading_are_boilerplate() {
    let text = "Shares fell 3% in Tokyo.\n\nTo contact the reporter on this story:\n\
                Ann Lee in Tokyo at alee@example.net\n\
                To contact the editors responsible for this story:\n\
                Bo Diaz at bdiaz@example.net\nEd Lim, Zoë Ölund\n\nShares rose 2% later.";
    assert_eq!(
        bp(text),
        vec![
            "To contact the reporter on this story:",
            "Ann Lee in Tokyo at alee@example.net",
            "To contact the editors responsible for this story:",
            "Bo Diaz at bdiaz@example.net",
            "Ed Lim, Zoë Ölund"
        ]
    );
    let claims = crate::extract::extract(text).claims;
    assert!(claims.iter().any(|c| c.span.of(text).contains("rose 2%")));
    assert!(claims.iter().all(|c| !c.span.of(text).contains('@')));
}

#[test]
fn bylines_with_an_outlet_an_address_a_title_before_the_name_or_a_title_line_after() {
    let text = "By Marta Lindqvist, WQRB News 4\nThe mayor said the plan was final.";
    assert_eq!(bp(text), vec!["By Marta Lindqvist, WQRB News 4"]);
    let text = "By Ines Halloran | ihalloran@example.org\n\nThe mayor said the plan was final.";
    assert_eq!(bp(text), vec!["By Ines Halloran | ihalloran@example.org"]);
    let text = "By national science reporter Tomas Eriksen\n\nThe mayor said the plan was final.";
    assert_eq!(bp(text), vec!["By national science reporter Tomas Eriksen"]);
    let text = "By Petra Vaughn\nStaff Writer, The Eastbrook Herald\n\nThe mayor said it.";
    assert_eq!(
        bp(text),
        vec!["By Petra Vaughn", "Staff Writer, The Eastbrook Herald"]
    );
    // the outlet alone on the line under the byline, as print pages set it; a dateline in
    // capitals there stays the dateline
    let text = "By Rachel Torres\nThe Washington Post\n\nExecutives were warned in June.";
    assert_eq!(bp(text), vec!["By Rachel Torres", "The Washington Post"]);
    let text = "By Rachel Torres\nLAGOS\n\nExecutives were warned in June.";
    assert_eq!(bp(text), vec!["By Rachel Torres"]);
    // prose that opens with "By" stays text
    let text = "By the time reporter Tomas Eriksen arrived, the fire was out.\nBy then, \
                the mayor said the plan was final.\nBy the book, Mayor Ann Lee said";
    assert!(bp(text).is_empty(), "{:?}", bp(text));
}

#[test]
fn a_breaking_story_s_notices_of_an_update_are_boilerplate() {
    let text = "The bridge was closed, police said.\n\nThis is a developing story and will be \
                updated.\nThis article will be updated. Check back for more details.\nCheck \
                back for updates.";
    assert_eq!(
        bp(text),
        vec![
            "This is a developing story and will be updated.",
            "This article will be updated.",
            "Check back for more details.",
            "Check back for updates."
        ]
    );
    // an update promised inside a sentence, or by a speaker, stays text
    let text = "Residents were told to check back for updates on the road. The mayor said \
                this story is developing fast.";
    assert!(bp(text).is_empty(), "{:?}", bp(text));
}

#[test]
fn an_interview_s_editing_note_is_boilerplate() {
    let text = "Q. Will the plant reopen?\nA. Not this year.\n\nThe interview has been edited \
                for length and clarity.\nThis conversation has been condensed and edited for \
                clarity. Answers were lightly edited for brevity.";
    assert_eq!(
        bp(text),
        vec![
            "The interview has been edited for length and clarity.",
            "This conversation has been condensed and edited for clarity.",
            "Answers were lightly edited for brevity."
        ]
    );
    // how an interview was cut as the news, or a note inside a sentence, stays text
    let text = "The interview was edited to remove his remarks, the station said. Staff said \
                the interview has been edited for length.";
    assert!(bp(text).is_empty(), "{:?}", bp(text));
}

#[test]
fn a_date_in_place_of_a_dateline_is_boilerplate() {
    let text = "Nov 3, 2025 \u{2014} A power cut hit the city, the utility said.";
    assert_eq!(bp(text), vec!["Nov 3, 2025 \u{2014}"]);
    let text = "Grid fails\n\nWednesday, 5 March 2025 \u{2013} Trains stopped on Tuesday.";
    assert_eq!(bp(text), vec!["Wednesday, 5 March 2025 \u{2013}"]);
    // a timeline's entry further down stays text
    let text = "The strike began in spring.\n\nMarch 4, 2025 \u{2014} Workers walked out.\n\
                May 9, 2025 \u{2014} Talks failed.";
    assert!(bp(text).is_empty(), "{:?}", bp(text));
}

#[test]
fn the_heading_of_a_box_of_bullet_points_is_boilerplate() {
    let text = "The council met.\n\nKey points:\n- Rents rose 4% in May\n\nWhat we know\n• The \
                road is shut\nAt a Glance:\nKey takeaways:\nWhat we know about the fire is \
                little.";
    assert_eq!(
        bp(text),
        vec![
            "Key points:",
            "What we know",
            "At a Glance:",
            "Key takeaways:"
        ]
    );
}

#[test]
fn lines_are_those_of_split_with_their_offsets() {
    for text in [
        "",
        "\n",
        "a",
        "a\n",
        "\nb",
        "Héllo\n\nwörld\r\nend",
        "x\n\n",
    ] {
        let mut at = 0;
        let want: Vec<(usize, &str)> = text
            .split('\n')
            .map(|l| {
                at += l.len() + 1;
                (at - l.len() - 1, l)
            })
            .collect();
        assert_eq!(super::boilerplate::lines(text).collect::<Vec<_>>(), want);
    }
}

#[test]
fn bounded_runs_of_boilerplate_lines_keep_their_bounds() {
    // "Source: … agencies": at most 60 characters between
    let near = format!("Source: {} agencies", "x".repeat(50));
    let far = format!("Source: {} agencies", "x".repeat(70));
    assert_eq!(bp(&format!("Text.\n{near}\n")), vec![near.as_str()]);
    assert!(bp(&format!("Text.\n{far}\n")).is_empty());
    // "AP writers … contributed": the first "contributed" within 160 characters counts, though
    // the unbounded run reaches a later one
    let credit = format!(
        "AP writers Ann Lee contributed, and {} contributed too.",
        "x".repeat(200)
    );
    assert_eq!(bp(&format!("Text.\n{credit}\n")), vec![credit.as_str()]);
    let too_far = format!("AP writers {} contributed.", "x".repeat(200));
    assert!(bp(&format!("Text.\n{too_far}\n")).is_empty());
}

#[test]
fn house_bylines_that_name_no_one_are_boilerplate() {
    for byline in [
        "Our Staff Reporter",
        "Our Correspondent",
        "Our Bureau",
        "From Our Special Correspondent",
        "Special Correspondent",
        "Staff Reporter",
        "Web Desk",
        "Bureau Report",
        "Express News Service",
        "Tribune News Service",
        "TNN",
        "HT Correspondent",
        "Express News Service | Bengaluru",
        "Our Staff Reporter, New Delhi",
    ] {
        let text = format!("Council delays budget vote\n\n{byline}\n\nMULTAN: The council put off the vote on Monday, an official said.");
        assert_eq!(bp(&text), vec![byline], "{text}");
        // no claim is made of it
        let claims = crate::extract::extract(&text).claims;
        assert_eq!(claims.len(), 2, "{claims:?}");
    }
    // a source's title, or a headline that ends in a journalist's title, stays text
    let text = "Court adjourns case\n\nSpecial Prosecutor\n\nOur Reporters Say\n\nThe court \
                adjourned the case.";
    assert!(bp(text).is_empty(), "{:?}", bp(text));
    // initials before another role, a service that is no paper's, or a sentence naming one
    let text = "Court adjourns case\n\nHT Chief Minister\n\nPostal Service | Delhi\n\nThe \
                Express News Service reported it.\n\nThe court adjourned the case.";
    assert!(bp(text).is_empty(), "{:?}", bp(text));
}

#[test]
fn a_print_papers_footer_is_boilerplate() {
    let text = "Rupee slides again\n\nKARACHI: The rupee fell for a fifth day, dealers said.\n\n\
                The writer is a former central bank economist.\n\nTwitter: @example_handle\n\n\
                Published in The Daily Ledger, November 3rd, 2026";
    assert_eq!(
        bp(text),
        vec![
            "The writer is a former central bank economist.",
            "Twitter: @example_handle",
            "Published in The Daily Ledger, November 3rd, 2026"
        ]
    );
    let text =
        "Rupee slides\n\nThe rupee fell, dealers said.\nPublished in Dawn, 3 November, 2026.";
    assert_eq!(bp(text), vec!["Published in Dawn, 3 November, 2026."]);
    // no claim is made of them
    let claims = crate::extract::extract(text).claims;
    assert!(
        claims.iter().all(|c| !c.span.of(text).contains("Dawn")),
        "{claims:?}"
    );
    // a judgement of a writer, a credit with no date, a lone address, or a note above the
    // last text stays text
    let text = "The court adjourned the case.\nThe writer is at her best in the early chapters.\n\
                Published in three languages, the report was widely read.\nContact: ann@example.com";
    assert!(bp(text).is_empty(), "{:?}", bp(text));
    let text = "The writer is a lawyer based in Lahore.\nShe said the ruling would stand.";
    assert!(bp(text).is_empty(), "{:?}", bp(text));
}

#[test]
fn a_fact_checks_verdicts_sources_and_disclaimer_are_boilerplate() {
    let text = "Fact check: No, the town did not sell its water plant\n\n\
                Our ruling: Mostly false.\n\n\
                A post says the town sold its water plant. Records show no sale. \
                (Read more about our partnership with a social network.)\n\n\
                Our ruling\n\n\
                The mayor said no sale was made. We rate this claim False.\n\n\
                Sources: Town council minutes, March 4, 2026; email exchange with the \
                mayor's office, March 6, 2026\n\
                Utility filing, www.example.org/filing, 2025";
    assert_eq!(
        bp(text),
        vec![
            "Our ruling: Mostly false.",
            "(Read more about our partnership with a social network.)",
            "Our ruling",
            "We rate this claim False.",
            "Sources: Town council minutes, March 4, 2026; email exchange with the mayor's \
             office, March 6, 2026\nUtility filing, www.example.org/filing, 2025"
        ]
    );
    let claims = crate::extract::extract(text).claims;
    assert!(
        claims.iter().all(|c| {
            let s = c.span.of(text);
            !s.contains("ruling") && !s.contains("rate this") && !s.contains("Sources")
        }),
        "{claims:?}"
    );
    // a ruling that is no rating, sources who speak, a list that cites nothing, and a
    // "Sources:" headline stay text
    let text = "Sources: Mayor to resign within days\n\n\
                Our ruling: the court found the sale void. We rate this claim highly.\n\
                Sources say the mayor will resign.\n\
                Sources: people close to the mayor and the council";
    assert!(bp(text).is_empty(), "{:?}", bp(text));
}

#[test]
fn empty_lines_hold_no_boilerplate() {
    // what lets `find_boilerplate` skip an empty line: every test it makes of a line finds
    // nothing there, wherever the line stands
    use super::{boilerplate, labels, stamps, wire};
    let text = "PTI AB\n\nReuters\n\n12:05 p.m.\n\nKey points:\n\nFACT CHECK:\n\nEnditem\n";
    for (at, line) in boilerplate::lines(text).filter(|(_, l)| l.is_empty()) {
        for fold in [false, true] {
            assert!(!boilerplate::is_boilerplate_line(line, line, fold));
        }
        assert!(stamps::time_stamp(text, at, line).is_none());
        assert!(labels::fact_check_label(text, at, line).is_none());
        assert!(labels::list_heading(text, at, line).is_none());
        assert!(wire::pti_sign_off(at, line).is_none());
        assert!(wire::enditem_sign_off(at, line).is_none());
        assert!(wire::agency_line(at, line).is_none());
        assert!(!boilerplate::may_be_credit(line) && !boilerplate::is_credit_line(line));
        assert!(
            !boilerplate::may_be_byline_or_stamp(line) && !boilerplate::is_byline_or_stamp(line)
        );
    }
}

#[test]
fn a_web_byline_with_dots_and_a_time_stamp_is_boilerplate() {
    let line = "By Jordan Whitehorse · CBC News · Posted: Mar 03, 2025 4:12 PM CST | Last \
                Updated: March 4";
    let text = format!("{line}\nThe council voted to close the bridge on Monday.");
    assert_eq!(bp(&text), vec![line]);
}

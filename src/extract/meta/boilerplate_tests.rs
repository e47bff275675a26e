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

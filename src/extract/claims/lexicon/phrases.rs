//! Multi-word phrases, matched with one automaton per list: refusals to comment, reasons for
//! anonymity, hedges; and the single words one of which every such phrase holds (so the
//! automaton runs only on clauses that hold one).

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

/// An automaton over a phrase list, built once.
fn phrases(
    list: &'static [&'static str],
    cell: &'static OnceLock<AhoCorasick>,
) -> &'static AhoCorasick {
    cell.get_or_init(|| {
        AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(list)
            .expect("static phrase list")
    })
}

/// Whether lower-cased `text` holds a no-comment phrase.
pub fn has_no_comment(text: &str) -> bool {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    // "An official, who declined to be named, said …": a source's reason for anonymity, no
    // refusal to comment; "The official declined to be named." on its own is the record
    phrases(NO_COMMENT, &AC).find_iter(text).any(|m| {
        !(text[..m.start()].ends_with("who ") && has_withheld_name(&text[m.start()..m.end()]))
    })
}

/// Whether lower-cased `text` holds a reason for anonymity or a note of knowledge.
pub fn has_anonymity_note(text: &str) -> bool {
    has_withheld_name(text) || {
        static AC: OnceLock<AhoCorasick> = OnceLock::new();
        // "experts not involved in the study" are presented as outsiders, not as knowing
        phrases(KNOWLEDGE, &AC)
            .find_iter(text)
            .any(|m| !text[..m.start()].ends_with("not "))
    }
}

/// Whether lower-cased `text` holds a reason for anonymity ([`WITHHELD`]).
pub fn has_withheld_name(text: &str) -> bool {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    phrases(WITHHELD, &AC).is_match(text)
}

/// Whether lower-cased `text` holds a relative clause of access ([`ACCESS`]).
pub fn has_access_note(text: &str) -> bool {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    phrases(ACCESS, &AC).is_match(text)
}

/// Hedging phrases of more than one word.
pub const HEDGE_PHRASES: &[&str] = &[
    "may have",
    "might have",
    "could have",
    "is believed to",
    "are believed to",
    "was believed to",
    "is thought to",
    "are thought to",
    "is said to",
    "are said to",
    "was said to be",
    "was said to have",
    // "He is reported to be a target", "The owner is understood to be considering …": news
    // style's passives for what the writer was told but will not attribute ("was reported to
    // police" is no hedge)
    "is reported to be",
    "is reported to have",
    "are reported to be",
    "are reported to have",
    "was reported to be",
    "was reported to have",
    "is understood to be",
    "is understood to have",
    "are understood to be",
    "are understood to have",
    "is alleged to have",
    "are alleged to have",
    // "It is understood that Barcelona were interested": the same passives with an "it"
    "it is understood that",
    "it was understood that",
    "it is believed that",
    "it was believed that",
    "it is thought that",
    "it is alleged that",
    "it was alleged that",
    "it is reported that",
    "it was reported that",
    "is rumoured to be",
    "is rumored to be",
    "it is unclear",
    "not clear whether",
    "suspected of",
    // "dozens feared dead": a toll no one has confirmed
    "feared dead",
    "feared killed",
    "feared missing",
    "feared trapped",
    "feared drowned",
    // "The proposal appears to be running into trouble", "may be losing steam": the writer's
    // own reading of the evidence, not a fact established
    "appears to",
    "appear to",
    "appeared to",
    "seems to",
    "seem to",
    "seemed to",
    "may be",
    "might be",
];

/// Whether lower-cased `text` holds a hedging phrase.
pub fn has_hedge_phrase(text: &str) -> bool {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    phrases(HEDGE_PHRASES, &AC).is_match(text)
}

/// Words one of which every hedging phrase holds.
pub const HEDGE_KEYS: &[&str] = &[
    "have",
    "believed",
    "thought",
    "said",
    "reported",
    "understood",
    "alleged",
    "rumoured",
    "rumored",
    "unclear",
    "clear",
    "suspected",
    "feared",
    "appears",
    "appear",
    "appeared",
    "seems",
    "seem",
    "seemed",
    "may",
    "might",
];

/// Words one of which every no-comment phrase holds.
pub(super) const NO_COMMENT_KEYS: &[&str] = &[
    "comment",
    "commented",
    "declined",
    "respond",
    "responded",
    "return",
    "returned",
    "reached",
    "referred",
    "reply",
    "answer",
    "say",
    "confirm",
    "elaborate",
    "specify",
    "disclose",
    "discuss",
    "provide",
    "interviewed",
    "named",
    "available",
    "unavailable",
    "refused",
    "identified",
    "requests",
    "questions",
    "inquiries",
    "reporters",
    "give",
    "gave",
    "offered",
    "unsuccessful",
    "abortive",
    "futile",
    "successful",
    "failed",
    "unanswered",
    "unreturned",
    "commit",
    "speculate",
    "drawn",
];

/// Phrases that make a clause a no-comment record.
pub const NO_COMMENT: &[&str] = &[
    "declined to comment",
    "declined to be interviewed",
    "declined comment",
    "declined to elaborate",
    "declined to respond",
    "declined to answer",
    "declined to discuss",
    "declined to provide",
    "declined to say",
    "declined to confirm",
    "declined requests for comment",
    // "Tsai declined an interview request": a refusal to be asked, as "declined to be
    // interviewed"; "the court declined a request to delay the trial" is a ruling
    "declined an interview",
    "declined interview requests",
    "declined repeated interview requests",
    "declined a request for comment",
    "declined a request for an interview",
    "declined requests for an interview",
    "declined repeated requests for comment",
    "declined repeated requests for an interview",
    "declined multiple requests for comment",
    "declined several requests for comment",
    "did not respond to requests for comment",
    "did not respond to a request for comment",
    "did not immediately respond",
    "did not return",
    "didn't respond to",
    "didn't immediately respond",
    "didn't return",
    "didn't immediately return",
    "did not immediately return",
    "hasn't responded",
    "haven't responded",
    "hadn't responded",
    "has not yet responded",
    "hasn't yet responded",
    "has yet to respond",
    "did not respond to",
    "could not be reached",
    "couldn't be reached",
    "was not available for comment",
    "were not available for comment",
    "not immediately available for comment",
    "was unavailable for comment",
    "were unavailable for comment",
    "was not available for interview",
    "were not available for interview",
    "was unavailable for interview",
    "were unavailable for interview",
    "not available to comment",
    "unavailable to comment",
    "no comment",
    "refused to comment",
    "refused to discuss",
    // "refused to say whether …" leaves a question open; "refused to say that Jerusalem …"
    // refuses a stance, which is a claim of its own
    "refused to say whether",
    "refused to say if",
    "refused to say what",
    "refused to say how",
    "refused to say why",
    "refused to say when",
    "refused to answer",
    "refused to elaborate",
    "would not comment",
    "wouldn't comment",
    "did not comment",
    "didn't comment",
    "did not immediately comment",
    "has not commented",
    "have not commented",
    "had not commented",
    "hasn't commented",
    "haven't commented",
    "has yet to comment",
    "have yet to comment",
    "referred the question",
    "referred questions",
    "referred inquiries",
    "referred requests",
    "referred reporters",
    "has not responded",
    "have not responded",
    "had not responded",
    "did not reply",
    "did not answer",
    "would not say",
    "wouldn't say",
    // "Police did not say what caused the crash": a question left open, not a denial ("I did
    // not say that")
    "did not say when",
    "did not say whether",
    "did not say if",
    "did not say how",
    "did not say who",
    "did not say what",
    "did not say why",
    "did not say where",
    "didn't say when",
    "didn't say whether",
    "didn't say if",
    "didn't say how",
    "didn't say who",
    "didn't say what",
    "didn't say why",
    "didn't say where",
    "did not elaborate",
    "would not elaborate",
    "did not specify",
    "would not specify",
    "declined to specify",
    "did not disclose",
    "would not disclose",
    "declined to disclose",
    "would not confirm",
    "declined to be named",
    // "Macklem declined to commit to a path", "Glasner refused to be drawn on the speculation":
    // the stock refusals of central-bank and sports copy
    "declined to commit",
    "declined to speculate",
    "refused to speculate",
    "would not speculate",
    "refused to be drawn",
    "declined to be drawn",
    "would not be drawn",
    "wouldn't be drawn",
    // "The ministry gave no reason for the delay": details withheld, as "did not elaborate"
    "gave no details",
    "gave no further details",
    "gave no reason",
    "gave no date",
    "gave no figures",
    "gave no timeline",
    "gave no timetable",
    "did not give details",
    "did not give further details",
    "did not give a reason",
    "did not give a date",
    "did not give figures",
    "did not give a timeline",
    "didn't give details",
    "didn't give a reason",
    "offered no details",
    "offered no explanation",
    "provided no details",
    "did not provide details",
    "did not provide further details",
    // "Ofwat said it could not comment on individual cases": a refusal given as a policy
    "could not comment",
    "cannot comment",
    "can't comment",
    "does not comment",
    "do not comment",
    "unable to comment",
    "not in a position to comment",
    // "The Conservatives have been approached for comment.": the newsroom's request, not yet
    // answered
    "been approached for comment",
    "been contacted for comment",
    "been asked for comment",
    "was approached for comment",
    "were approached for comment",
    "was contacted for comment",
    "were contacted for comment",
];

/// Phrases giving a reason for anonymity: they describe the source, and are no claim.
pub const WITHHELD: &[&str] = &[
    "not to be named",
    "not be named",
    "condition of anonymity",
    "anonymity",
    "not authorized",
    "not authorised",
    "not permitted",
    "not allowed to",
    "not to be identified",
    "without being identified",
    "declined to be identified",
    // "who declined to be named", "who declined to give his name", "who spoke anonymously"
    "declined to be named",
    "refused to be named",
    "refused to be identified",
    "to be quoted by name",
    "to give his name",
    "to give her name",
    "to give their name",
    "to give his full name",
    "to give her full name",
    "to give their full name",
    "spoke anonymously",
    "speaking anonymously",
    "requested anonymity",
    "on background",
    // "who did not want to be named", "who gave only her first name"
    "want to be named",
    "wish to be named",
    "want to be identified",
    "wish to be identified",
    "only her first name",
    "only his first name",
    "only their first name",
    "only by her first name",
    "only by his first name",
    // "who asked to be identified only by his call sign", "named only as Oleksandr"
    "identified only by",
    "identified only as",
    "named only as",
    // "whose name was withheld", "who asked that her name not be used"
    "name was withheld",
    "names were withheld",
    "names be withheld",
    "name not be used",
    "names not be used",
];

/// Phrases telling a source's knowledge ("officials familiar with the talks"): like reasons
/// for anonymity, they describe the source and are no claim.
pub const KNOWLEDGE: &[&str] = &[
    "familiar with",
    "knowledgeable about",
    "close to",
    "briefed on",
    "with knowledge of",
    "with direct knowledge",
    "privy to",
    "involved in",
    "aware of",
    "who know",
    "who knows",
];

/// Relative clauses that tell an unnamed group's access ("engineers who worked on the design",
/// "people who attended the meeting"): they make the group anonymous sources. Not notes that
/// frames skip: after a named person the same clause is a fact about them.
pub const ACCESS: &[&str] = &[
    "who worked on",
    "who worked for",
    "who work on",
    "who work for",
    "who have seen",
    "who had seen",
    "who has seen",
    "who saw",
    "who attended",
    "who took part",
    "who participated",
    "who were present",
    "who was present",
    "who witnessed",
    "who reviewed",
    "who were briefed",
    "who was briefed",
];

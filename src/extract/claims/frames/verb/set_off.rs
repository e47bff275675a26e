//! A subject set off from its verb of saying by an aside: "Varki, a refugee …, told",
//! "Sources, who asked not to be named, said", "The judge -- who … -- said", "One of the
//! authors, Ari Fleischer, said".

use super::super::subject::*;
use super::super::*;
use super::comma_subjects::{
    described_name, described_subject, name_aside, role_and_name, role_aside,
};

/// The subject before an aside that ends right before the cue's modifiers at `k`.
pub(super) struct SetOff {
    /// The subject's token range.
    pub src: (usize, usize),
    /// Where the frame's lead ends (the description's start when a name follows it).
    pub lead_end: usize,
    /// Asides that carry a claim of their own.
    pub side: Vec<(usize, usize)>,
    /// The description before a name ("One of the authors, Ari Fleischer,").
    pub described: Option<(usize, usize)>,
    /// The subject runs past a relative clause or a participle.
    pub long: bool,
    /// A relative clause describing the speaker ("The source, who has seen the term sheet,").
    pub role: Option<(usize, usize)>,
}

/// Walks back from the comma or dash before `k` over appositives and asides to the subject.
/// `reports_clause`: the cue is a verb of saying followed by a clause or a quotation, which
/// lets a subject open after "as" ("…, as Nieto, contradicting Trump, said he …") and a long
/// subject end in what looked like a subject of its own.
pub(super) fn set_off_subject(
    text: &str,
    toks: &[Tok],
    a: usize,
    k: usize,
    reports_clause: bool,
) -> Option<SetOff> {
    let mut side = Vec::new();
    let mut described = None;
    let mut long = false;
    // "Varki, a refugee …, told" / "Sources, who asked not to be named, said"
    // "Democrats — and some Republicans — say": dashes set an aside off as commas do
    // "The justice -- who … -- said", "… - which … - said": a spaced or doubled hyphen
    // is a dash; `dash_ending_at` gives where the dash starts
    let closing_dash = (k > a).then(|| dash_ending_at(toks, k - 1)).flatten();
    let by_dash = closing_dash.is_some();
    // "Humphrey, who calls Trump a “sociopath,” said": the comma inside the closing mark
    let quote_comma = k > a + 1 && is_closing_quote(toks, k - 1) && is_comma(&toks[k - 2]);
    if k == a || !(is_comma(&toks[k - 1]) || by_dash || quote_comma) {
        return None;
    }
    let c2 = match closing_dash {
        Some(d) => d,
        None if quote_comma => k - 2,
        None => k - 1,
    };
    // walk back over appositives: "Ann Lee, 59, of Lyon, who saw it, said"
    let commas: Vec<usize> = (a..c2)
        .rev()
        .filter(|&j| {
            !toks[j].in_quote
                && !is_city_comma(toks, j)
                && if by_dash {
                    dash_starting_at(toks, j).is_some()
                } else {
                    is_comma(&toks[j])
                }
        })
        .take(5)
        .collect();
    // the first token of the aside after the mark at `c1`
    let aside = |c1: usize| dash_starting_at(toks, c1).unwrap_or(c1 + 1);
    // (ns, c1, strong start, a long subject)
    let mut best: Option<(usize, usize, bool, bool)> = None;
    // "A former candidate — John Reyes, who lost in 2008 — said": the name in the dashes
    // speaks; the description before it and the clause after it describe him
    let mut named_in_dashes = None;
    if let Some(&c1) = commas.first().filter(|_| by_dash) {
        let n0 = aside(c1);
        let n1 = (n0..c2).find(|&j| is_comma(&toks[j])).unwrap_or(c2);
        if n1 > n0 && described_name(toks, (a, c1), (n0, n1)) {
            described = Some((a, c1));
            best = Some((n0, n1, true, false));
            named_in_dashes = Some(n1);
        }
    }
    // "Downdetector logged 120,000 reports, the site's owner, Ookla, said.": a description,
    // then the name, closing the sentence after its content
    if best.is_none() && !by_dash && !quote_comma && commas.len() >= 2 {
        let (c1, c0) = (commas[0], commas[1]);
        // (not a name before it, "Giovanni Maria Vian, the editor of …, L'Osservatore Romano,
        // said", nor a relative clause in the description, "a country that the nominee, Mitt
        // Romney, called")
        let lead = &toks[a..c0];
        let name_before = lead.iter().all(|t| t.cap && t.is_word())
            && !crate::extract::claims::grammar::opens_with_preposition(lead);
        if c0 > a + 2
            && c1 > c0 + 1
            && c2 > c1 + 1
            && !name_before
            && !toks[c0 + 1..c1]
                .iter()
                .any(|t| matches!(t.low(), "that" | "who" | "which" | "whom" | "whose"))
            && described_subject(&toks[c0 + 1..c1])
            && described_name(toks, (c0 + 1, c1), (c1 + 1, c2))
        {
            return Some(SetOff {
                src: (c1 + 1, c2),
                lead_end: c0 + 1,
                side,
                described: Some((c0 + 1, c1)),
                long: false,
                role: None,
            });
        }
    }
    let walk: &[usize] = if best.is_some() { &[] } else { &commas };
    for &c1 in walk {
        if c2 - c1 > 45 {
            break;
        }
        let mut ns = subject_start(toks, a, c1);
        // "Officials in Flint, Mich., speaking …, said": a subject that ends with a place
        // name opens the clause; "Ann Lee, a driver from Ava, Mo., said" names Ann Lee
        if ns > a && in_place_name(toks, c1) {
            continue;
        }
        let mut via_long = false;
        // "Ann Lee, 52, of Dayton": an age is no subject
        let age = ns + 1 == c1 && toks[ns].kind == TokKind::Number;
        // "The council approved an audit, Tom Reed, a spokesman, said": a verb with its
        // object makes a clause, not a subject, whatever its last noun
        let verb_object = (ns + 1..c1).any(|j| verb_with_object(toks, j, c1));
        if ns == c1 || age || verb_object || !speech_subject(&toks[ns..c1]) {
            // "The judges who ruled against the law, for instance, said"
            match long_subject(toks, a, c1) {
                Some(l) => {
                    ns = l;
                    // "Some voters who backed him, …, said"; not a clause of its own
                    // ("A poll of voters has, however, found")
                    via_long = !toks[l..c1].iter().any(|t| is_finite_marker(t.low()));
                }
                None => continue,
            }
        }
        let opener = ns == a + 1
            && matches!(
                toks[a].low(),
                "even" | "but" | "and" | "so" | "also" | "yet" | "still" | "meanwhile"
            );
        // "…, as Nieto, contradicting Trump, said", "…, while the foreign minister, Penny
        // Wong, said": a subject after a subordinator
        let after_subordinator = reports_clause
            && ns > a
            && matches!(toks[ns - 1].low(), "as" | "while" | "whereas")
            && speech_subject(&toks[ns..c1]);
        // "It was no accident — Brendan Buck, a spokesman, told POLITICO": after a dash
        let after_dash = ns > a && !by_dash && dash_ending_at(toks, ns - 1).is_some();
        let mut whole = ns == a
            || opener
            || after_subordinator
            || after_dash
            || is_comma(&toks[ns - 1])
            || toks[ns - 1].kind == TokKind::Quote;
        // "Some voters who have listened to him over the years, on television or at rallies,
        // said": what looked like a subject ("the years") ends a longer one
        if !whole && !via_long && reports_clause {
            if let Some(l) = long_subject(toks, a, c1) {
                ns = l;
                whole = true;
                // its verbs inside a relative clause, not its own ("A poll has, however,")
                let relative = toks[l..c1]
                    .iter()
                    .position(|t| matches!(t.low(), "who" | "that" | "which"));
                let finite = toks[l..c1].iter().position(|t| is_finite_marker(t.low()));
                via_long = match (relative, finite) {
                    (_, None) => true,
                    (Some(r), Some(f)) => r < f,
                    (None, Some(_)) => false,
                };
            }
        }
        // "Giving evidence from behind a screen, Ann Lee, 58, said": a scene, not a speaker
        if !whole || opens_with_scene(&toks[ns..c1]) {
            continue;
        }
        // "Marco Reyes, the editor of …, The Courier, said": a name before the description
        // is no lead-in but the subject, which the walk reaches at the next comma
        let name_before =
            ns > a + 1 && lexicon::is_determiner(toks[ns].low()) && names_subject(&toks[a..ns - 1]);
        let strong = ns == a
            || opener
            || is_closing_quote(toks, ns - 1)
            || (is_comma(&toks[ns - 1]) && is_lead_in(toks, a, ns - 1) && !name_before);
        if strong {
            best = Some((ns, c1, true, via_long));
            break;
        }
        if best.is_none() {
            best = Some((ns, c1, false, via_long));
        }
    }
    // "One of the report's authors, Ari Fleischer, said": a description, then the name
    if best.is_none() {
        if let Some(&c1) = commas.first() {
            if described_name(toks, (a, c1), (aside(c1), c2)) {
                described = Some((a, c1));
                best = Some((aside(c1), c2, true, false));
            }
        }
    }
    let (ns, c1, _, via_long) = best?;
    long |= via_long;
    // "…, for instance, said": a discourse adverbial is no claim of its own
    // nor is a second subject: "Democrats — and some Republicans — say"
    // nor an adjunct of place or manner: "Some voters, at rallies or online, said"
    if let Some(n1) = named_in_dashes.filter(|&n1| n1 + 1 < c2) {
        side.push((n1 + 1, c2));
    }
    let mut c1a = if described.is_some() { c1 } else { aside(c1) };
    // "Gwen Satterfield, 58, who worked …, told": the age describes the speaker, no claim
    if described.is_none()
        && c1a + 2 < c2
        && toks[c1a].kind == TokKind::Number
        && is_comma(&toks[c1a + 1])
    {
        c1a += 2;
    }
    // "Her husband, Navy SEAL Ty Woods, said": the described subject's name, with its role
    let subject_described = described_subject(&toks[ns..c1]);
    // "Ann Lee, chief executive of Acme, said": the speaker's role, no claim; a relative
    // clause after it is one ("Tan Wei, 42, a manager who bought a flat in 2024, said"); so
    // the name after a described subject ("The commander, Ali Musa, who visited it, said")
    let role_end = role_aside(toks, c1a, c2)
        .or_else(|| name_aside(toks, c1a, c2).filter(|_| subject_described))
        .filter(|_| described.is_none());
    let adverbial = described.is_some()
        || role_end == Some(c2)
        // ("which manufactures boscalid" is a clause, whatever its verb)
        || (c2 - c1 <= 4
            && !toks[c1a..c2].iter().any(|t| t.verbish)
            && !matches!(toks[c1a].low(), "who" | "which" | "whose"))
        || subject_described && role_and_name(&toks[c1a..c2])
        || crate::extract::claims::grammar::opens_with_preposition(&toks[c1a..c2])
        // "Ann Lee, speaking at a rally on Monday, said", "…, while addressing a gathering,
        // said": the occasion of the saying is the frame's
        || {
            let p = if matches!(toks[c1a].low(), "while" | "when") { c1a + 1 } else { c1a };
            p < c2
                && (lexicon::is_manner_participle(toks[p].low())
                    // "An FDA spokesperson, asked about the record, said": the question put
                    || lexicon::is_question_participle(toks[p].low()))
        }
        // "The memo, a copy of which was seen by Reuters, said": how the newsroom saw the
        // document, no claim
        || seen_by_newsroom(toks, c1a, c2)
        || toks
            .get(c1a)
            .is_some_and(|t| matches!(t.low(), "and" | "or" | "including" | "especially" | "plus"));
    // "Reuters, citing two officials, reported": the channel's upstream, read as `via`
    let citing = toks[c1a].is("citing") && c1a + 1 < c2;
    // "The source, who has seen the term sheet, said": a relative clause between an unnamed
    // speaker and the cue describes the speaker (the role), no claim of its own; after a name
    // it states a checkable fact and stays a claim ("Gwen Satterfield, who worked for the firm
    // for 11 years, told jurors")
    let speaker = &toks[ns..c1];
    let unnamed_speaker = !speaker.is_empty()
        && speaker[1..].iter().all(|t| !t.cap)
        && (!speaker[0].cap
            || lexicon::is_determiner(speaker[0].low())
            || matches!(speaker[0].low(), "one" | "another"));
    // "Helen Marsh, who studies hearing at …, said": a standing post in the present tense
    // describes a named speaker as well
    let post = || {
        toks[c1a].is("who")
            && toks
                .get(c1a + 1)
                .is_some_and(|t| lexicon::is_post_verb(t.low()))
    };
    let mut role = None;
    if (unnamed_speaker || post())
        && !adverbial
        && !citing
        && role_end.is_none()
        && described.is_none()
        && matches!(toks[c1a].low(), "who" | "whose")
        && c2 > c1a + 2
        && !toks[c1a..c2]
            .iter()
            .any(|t| t.in_quote || t.cue.is_some_and(|c| c.says()))
        && !is_anonymity_note(text, toks, c1a, c2)
    {
        role = Some((c1a, if quote_comma { k - 1 } else { c2 }));
    } else if citing || !adverbial && !is_anonymity_note(text, toks, c1a, c2) {
        side.push((
            role_end.unwrap_or(c1a),
            if quote_comma { k - 1 } else { c2 },
        ));
    }
    Some(SetOff {
        src: (ns, c1),
        lead_end: if described.is_some() { a } else { ns },
        side,
        described,
        long,
        role,
    })
}

/// Whether the aside `[a, b)` tells who saw or obtained the document it follows: "a copy of
/// which was seen by Reuters", "which was obtained by The Times".
fn seen_by_newsroom(toks: &[Tok], a: usize, b: usize) -> bool {
    let opens =
        toks[a].is("which") || toks[a].is("a") && toks.get(a + 1).is_some_and(|t| t.is("copy"));
    opens
        && toks[a..b].windows(2).any(|w| {
            matches!(w[0].low(), "seen" | "obtained" | "reviewed" | "viewed") && w[1].is("by")
        })
}

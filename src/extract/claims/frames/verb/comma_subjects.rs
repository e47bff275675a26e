//! Subjects set off by a comma before the cue: one closed by a place name or a parenthetical
//! ("Two teachers from Ava, Mo., said"), a description before a name ("A spokeswoman for the
//! port, Ana Costa, said"), a role after it ("Ann Lee, chief executive of Acme, said").

use super::*;

/// "Two teachers from Ava, Mo., said", "Sen. Ann Lee (D-Ore.), said": where the subject starts
/// when the comma right before the cue at `k` closes a place name or stands astray after a
/// parenthetical, so the subject runs up to that comma.
pub(super) fn comma_closed_subject(toks: &[Tok], a: usize, k: usize) -> Option<usize> {
    if k < a + 3 || !is_comma(&toks[k - 1]) {
        return None;
    }
    let closes =
        (in_place_name(toks, k - 1) && !is_city_comma(toks, k - 1)) || toks[k - 2].is_punct(")");
    if !closes {
        return None;
    }
    let s = subject_start(toks, a, k - 1);
    // only a subject that opens the clause: "Ann Lee, a nurse from Ava, Mo., said" is an
    // appositive chain, left to the walk over appositives
    (s == a && s < k - 1 && !toks[s].is_punct("(")).then_some(s)
}

/// A personal name: capitalised words, not a phrase opening with a preposition ("On Friday").
fn is_name(toks: &[Tok]) -> bool {
    !toks.is_empty()
        && toks.iter().all(|t| t.cap && t.is_word())
        && !super::super::super::grammar::opens_with_preposition(toks)
}

/// Whether `desc`, set off before the name `name` by a comma, describes the speaker: "One of
/// the report's authors, Ari Fleischer," / "A spokeswoman for the port, Ana Costa,". The name
/// is all capitalised; the description a verbless noun phrase.
pub(super) fn described_name(toks: &[Tok], desc: (usize, usize), name: (usize, usize)) -> bool {
    let d = &toks[desc.0..desc.1];
    let n = &toks[name.0..name.1];
    !d.is_empty()
        && d.len() <= 10
        && (lexicon::is_determiner(d[0].low()) || d[0].cap)
        && d.iter().all(|t| {
            // "of that report", "not on the slate"
            (np_word(t) || matches!(t.low(), "that" | "not" | "to"))
                && t.is_word()
                && !t.verbish
                && !t.in_quote
        })
        && is_name(n)
}

/// Whether the words set off after a described subject are the speaker's name with a role
/// before it: "Her husband, Navy SEAL Ty Woods, said", "His wife, Navy veteran Jane Doe,
/// said". At most six words, no verb and no preposition, the last two capitalised; a place or
/// a party and state may follow the name ("The panel's top Democrat, Sen. Ann Lee of Kansas,
/// said", "…, Sen. Ann Lee (D-Ore.), said").
pub(super) fn role_and_name(toks: &[Tok]) -> bool {
    let toks = without_home(toks);
    let n = toks.len();
    (3..=6).contains(&n)
        && toks
            .iter()
            .all(|t| t.is_word() && !t.verbish && !t.in_quote)
        && toks[n - 2..].iter().all(|t| t.cap)
        && !toks.iter().any(|t| is_prep(t.low()) || t.low() == "and")
}

/// A name's words without the home after them: "Sen. Ann Lee of Kansas" (capitalised words
/// after "of") and "Sen. Ann Lee (D-Ore.)" (a closing parenthetical) give "Sen. Ann Lee".
fn without_home<'t, 'a>(toks: &'t [Tok<'a>]) -> &'t [Tok<'a>] {
    if toks.last().is_some_and(|t| t.is_punct(")")) {
        if let Some(p) = toks.iter().position(|t| t.is_punct("(")) {
            return &toks[..p];
        }
    }
    match toks.iter().position(|t| t.is("of")) {
        Some(p) if p + 1 < toks.len() && toks[p + 1..].iter().all(|t| t.cap && t.is_word()) => {
            &toks[..p]
        }
        _ => toks,
    }
}

/// Where the speaker's role ends in the words set off after the subject, `from..to`, when they
/// open on one: a verbless noun phrase, with an article or none, after an age or not, whose
/// head is a title or an occupation ("chief executive of Acme", "42, a logistics manager").
/// The role is the speaker's, no claim; a relative clause after it ("who bought a flat in
/// 2024") is one, from the returned index on.
pub(super) fn role_aside(toks: &[Tok], from: usize, to: usize) -> Option<usize> {
    let mut r = from;
    // "Tan Wei, 42, a logistics manager"
    if to > r + 2 && toks[r].kind == TokKind::Number && is_comma(&toks[r + 1]) {
        r += 2;
    }
    if r < to && matches!(toks[r].low(), "a" | "an" | "the") {
        r += 1;
    }
    let end = (r..to)
        .find(|&j| matches!(toks[j].low(), "who" | "whose"))
        .unwrap_or(to);
    let role = &toks[r..end];
    let phrase = !role.is_empty()
        && role.len() <= 12
        && role
            .iter()
            .all(|t| np_word(t) && !t.verbish && !t.in_quote && !is_comma(t));
    // the head: the last word before a post-modifier ("vice-president [of research]")
    let head = role
        .iter()
        .take_while(|t| !is_prep(t.low()))
        .filter(|t| t.kind == TokKind::Word)
        .last()?;
    // ("vice-president": the title is the last part of a hyphened word)
    let head = head.low().rsplit('-').next().unwrap_or("");
    let title =
        lexicon::is_title(head) || lexicon::is_occupation(head) || lexicon::is_trade_person(head);
    // "a paleoclimatologist at Stockholm University": a calling no list knows, by its shape
    let calling = || {
        let cap: Vec<bool> = role.iter().map(|t| t.cap).collect();
        let lower: Vec<&str> = role.iter().map(|t| t.low()).collect();
        lexicon::is_calling_at_a_name(&lower, &cap)
    };
    (phrase && (title || calling())).then_some(end)
}

/// Whether a subject opens as a description of someone, so a name set off after it is theirs:
/// an article or a possessive ("The minister", "Her husband"), or an owner's name with its
/// possessive ("Sinn Féin's housing spokeswoman", "Acme's chief").
pub(super) fn described_subject(toks: &[Tok]) -> bool {
    let Some(first) = toks.first() else {
        return false;
    };
    let possessive = |t: &Tok| t.low().ends_with("'s") || t.low().ends_with("’s");
    lexicon::is_determiner(first.low())
        || matches!(first.low(), "his" | "her" | "their" | "its")
        || toks
            .iter()
            .take(4)
            .position(possessive)
            .is_some_and(|p| p + 1 < toks.len() && toks[..=p].iter().all(|t| t.cap && t.is_word()))
}

/// Where the name set off after a described subject ends in the words `from..to`, when they
/// open on one: the whole aside ("The commander, Maj Gen Ali Musa, said"), or the name before
/// a relative clause, whose pronoun is returned ("…, Ali Musa, who visited the town, said").
/// The name is the speaker's, no claim; the relative clause is one.
pub(super) fn name_aside(toks: &[Tok], from: usize, to: usize) -> Option<usize> {
    let e = (from..to).find(|&j| is_comma(&toks[j])).unwrap_or(to);
    let name = &toks[from..e];
    if !is_name(name) || name.len() > 7 {
        return None;
    }
    match toks.get(e + 1) {
        _ if e == to => Some(to),
        Some(t) if e + 1 < to && matches!(t.low(), "who" | "whose") => Some(e + 1),
        _ => None,
    }
}

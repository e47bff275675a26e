//! Interviews printed as questions and answers ("Q: …" / "A: …"): who gives the answers. An
//! answer is the interviewee's, named in the headline or the introduction before the first
//! turn; a question is the interviewer's and ends the answer before it.

use super::resolve;
use super::tokens::Tok;
use crate::extract::types::Span;
use crate::vocab::SourceKind;

/// The turn a line of a question-and-answer transcript opens with its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Turn {
    Question,
    Answer,
}

/// The label "Q:" or "A:" that opens the unit `toks`, when it opens a line of the text.
pub(super) fn turn_label(text: &str, toks: &[Tok]) -> Option<Turn> {
    let (label, colon) = (toks.first()?, toks.get(1)?);
    if !colon.is_punct(":") || label.end != colon.start {
        return None;
    }
    let turn = match &text[label.start..label.end] {
        "Q" => Turn::Question,
        "A" => Turn::Answer,
        _ => return None,
    };
    let line_start = text[..label.start].rfind('\n').map_or(0, |k| k + 1);
    text[line_start..label.start]
        .trim()
        .is_empty()
        .then_some(turn)
}

/// The interviewee of a question-and-answer transcript: the first person named in the text
/// before its first turn. `None` unless at least two lines open with "A:", as a transcript's do.
pub(super) fn interviewee(text: &str) -> Option<Span> {
    let mut answers = line_starts(text).filter(|&s| opens_turn(&text[s..], "A:"));
    let first_answer = answers.next()?;
    answers.next()?;
    let intro_end = line_starts(text)
        .find(|&s| opens_turn(&text[s..], "Q:"))
        .map_or(first_answer, |q| q.min(first_answer));
    first_person_named(text, intro_end)
}

/// The byte offsets where the lines of `text` start.
fn line_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|k| k + 1))
}

fn opens_turn(line: &str, label: &str) -> bool {
    line.trim_start_matches([' ', '\t']).starts_with(label)
}

/// The first run of two to four capitalised words in `text[..end]` that reads as a person's
/// name ("Vice President Joe Biden", "Diane Guerrero"), as its span.
fn first_person_named(text: &str, end: usize) -> Option<Span> {
    let mut run: Option<(usize, usize, usize)> = None; // (start, end, words)
    let mut at = 0;
    for word in text[..end].split_inclusive(char::is_whitespace) {
        let start = at;
        at += word.len();
        let bare = word
            .trim_end()
            .trim_end_matches(|c: char| !c.is_alphanumeric());
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase)
            && bare
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''));
        if capitalised {
            let (s, _, n) = run.unwrap_or((start, start, 0));
            run = Some((s, start + bare.len(), n + 1));
        }
        // a run ends at a word that is not capitalised, or at punctuation after the word
        let ends = !capitalised || bare.len() < word.trim_end().len();
        if ends {
            if let Some(span) = run.take().and_then(|r| names_a_person(text, r)) {
                return Some(span);
            }
        }
    }
    run.and_then(|r| names_a_person(text, r))
}

fn names_a_person(text: &str, (start, end, words): (usize, usize, usize)) -> Option<Span> {
    if !(2..=4).contains(&words) {
        return None;
    }
    let (kind, _, _) = resolve::classify(&text[start..end]);
    (kind == SourceKind::Person).then(|| Span::new(start, end))
}

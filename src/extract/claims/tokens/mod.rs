//! A fast word and punctuation tokenizer over byte offsets, with the few properties the claim
//! rules look at (lower-cased form, capitalisation, quote marks).

use std::borrow::Cow;

use super::lexicon;

mod senses;
mod word_chars;

use word_chars::{is_word_char, word_end, UPPER, WIDE, WORD_BYTES};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Number,
    /// `,` `;` `:` `.` `!` `?` `(` `)` dashes and the like.
    Punct,
    /// A double quotation mark (straight or curly).
    Quote,
}

/// One token: its byte span in the article and its lower-cased text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    pub lower: Cow<'a, str>,
    /// The first character is an upper-case letter.
    pub cap: bool,
    /// Inside a quotation (between its marks); set by the caller.
    pub in_quote: bool,
    /// The word as a reporting cue, looked up once.
    pub cue: Option<super::lexicon::Cue>,
    /// The word looks like a finite verb (see `grammar::is_verbish`), worked out once.
    pub verbish: bool,
    /// Word classes from `lexicon::word_flags`.
    pub flags: u16,
}

impl Tok<'_> {
    /// The lower-cased text.
    pub fn low(&self) -> &str {
        &self.lower
    }

    pub fn is(&self, word: &str) -> bool {
        self.lower == word
    }

    pub fn is_punct(&self, p: &str) -> bool {
        self.kind == TokKind::Punct && self.lower == p
    }

    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokKind::Word | TokKind::Number)
    }
}

/// Abbreviations whose final period belongs to the word.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "st", "jr", "sr", "prof",
    "sgt", "capt", "maj", "u.s", "u.k", "u.n", "e.u", "inc", "corp", "co", "ltd", "no", "vs",
    "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "d.c", "pres", "rev",
    "engr", "pharm", "barr", "alh", "amb", "hon",
];

fn is_abbreviation(w: &str) -> bool {
    static SET: std::sync::OnceLock<super::lexicon::FastSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| ABBREVIATIONS.iter().copied().collect())
        .contains(w)
}

/// Tokenizes `text[start..end]`, returning tokens with absolute byte offsets.
#[cfg(test)]
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    tokenize_into(&mut out, text, None, start, end);
    out
}

/// Tokenizes `text[start..end]` into `out` (emptied first), with absolute byte offsets.
/// `lowered` is `text.to_ascii_lowercase()` (same byte offsets), which lets capitalised ASCII
/// words borrow their lower-cased form instead of allocating it. The claims stage tokenizes
/// unit after unit into one buffer, which stays warm in the cache.
pub fn tokenize_into<'a>(
    out: &mut Vec<Tok<'a>>,
    text: &'a str,
    lowered: Option<&'a str>,
    start: usize,
    end: usize,
) {
    out.clear();
    let s = &text[start..end];
    let lowered = lowered.map(|l| &l[start..end]);
    let bytes = s.as_bytes();
    let mut passes = Passes::default();
    let mut i = 0usize;
    while i < s.len() {
        let b0 = bytes[i];
        // ASCII, most of the text, is classed by table
        let (c, word) = if b0 < 0x80 {
            if matches!(b0, b' ' | b'\n' | b'\t' | b'\r' | 0x0b | 0x0c) {
                i += 1;
                continue;
            }
            (b0 as char, WORD_BYTES[usize::from(b0)] != 0)
        } else {
            match s[i..].chars().next() {
                Some(c) if c.is_whitespace() => {
                    i += c.len_utf8();
                    continue;
                }
                Some(c) => (c, is_word_char(c)),
                None => break,
            }
        };
        if word {
            let (j, classes) = word_end(s, i, c);
            i = push_word(out, (text, s, lowered), (start, i, j), c, classes);
            passes.note(out.last().expect("a word was pushed"));
            continue;
        }
        // '' and `` stand for double quotation marks in some house styles
        // in "?'''" the first apostrophe closes a nested single quotation
        let doubled_apostrophe =
            c == '\'' && s[i + 1..].starts_with('\'') && !s[i + 1..].starts_with("''");
        if doubled_apostrophe || (c == '`' && s[i + 1..].starts_with('`')) {
            out.push(Tok {
                start: start + i,
                end: start + i + 2,
                kind: TokKind::Quote,
                lower: Cow::Borrowed("\""),
                cap: false,
                in_quote: false,
                cue: None,
                verbish: false,
                flags: 0,
            });
            i += 2;
            continue;
        }
        let kind = if matches!(c, '"' | '“' | '”' | '„' | '«' | '»') {
            TokKind::Quote
        } else {
            TokKind::Punct
        };
        let lower = Cow::Borrowed(&s[i..i + c.len_utf8()]);
        out.push(Tok {
            start: start + i,
            end: start + i + c.len_utf8(),
            kind,
            lower,
            cap: false,
            in_quote: false,
            cue: None,
            verbish: false,
            flags: 0,
        });
        i += c.len_utf8();
    }
    if passes.name_parts {
        unmark_name_parts(out);
    }
    if passes.compound_nouns {
        senses::unmark_compound_nouns(out);
    }
    if passes.estimates {
        senses::mark_estimates(out);
    }
    if passes.worry {
        senses::mark_worry_that(out);
    }
}

/// Which of the passes over a unit's tokens after tokenizing can change anything. Each looks
/// at a few words only ("May", "Will", a capitalised cue; "tank", "fall", "rise"; "put"), which
/// most units do not hold: noting them as the words are pushed spares those units three
/// walks over their tokens (some 6% of the tokenizer's instructions).
#[derive(Default)]
struct Passes {
    /// [`unmark_name_parts`]: a capitalised word with a cue, a month or a finite verb reading.
    name_parts: bool,
    /// [`senses::unmark_compound_nouns`]: "tank…", "fall(s)", "rise(s)".
    compound_nouns: bool,
    /// [`senses::mark_estimates`]: "put", "puts", "putting".
    estimates: bool,
    /// [`senses::mark_worry_that`]: "worry".
    worry: bool,
}

impl Passes {
    /// Notes the word `t` just pushed, before any pass ran.
    fn note(&mut self, t: &Tok) {
        if t.cap && (t.cue.is_some() || t.flags & NAME_PART_CLEARS != 0 || t.is("will")) {
            self.name_parts = true;
        }
        // (the first byte rules out most words)
        match t.lower.as_bytes().first() {
            Some(b't') => self.compound_nouns |= t.lower.starts_with("tank"),
            Some(b'f' | b'r') => {
                self.compound_nouns |= matches!(t.low(), "fall" | "falls" | "rise" | "rises")
            }
            Some(b'p') => self.estimates |= matches!(t.low(), "put" | "puts" | "putting"),
            Some(b'w') => self.worry |= t.is("worry"),
            _ => {}
        }
    }
}

/// Pushes the word `s[i..j]` (opening with `c`, its characters of `classes`) with the period
/// of an abbreviation or an initial, its lower-cased form, cue and word classes; returns where
/// the token ends in `s`. `start` is the offset of `s` in `text`; `lowered` is `s` ASCII
/// lower-cased.
fn push_word<'a>(
    out: &mut Vec<Tok<'a>>,
    (text, s, lowered): (&'a str, &'a str, Option<&'a str>),
    (start, i, j): (usize, usize, usize),
    c: char,
    classes: u8,
) -> usize {
    let word = &s[i..j];
    let plain = classes & (UPPER | WIDE) == 0;
    let ascii = classes & WIDE == 0;
    let cap = if c.is_ascii() {
        WORD_BYTES[c as usize] & UPPER != 0
    } else {
        c.is_uppercase()
    };
    let lower: Cow<'_, str> = if plain {
        Cow::Borrowed(word)
    } else if let (Some(l), true) = (lowered, ascii) {
        Cow::Borrowed(&l[i..j])
    } else if ascii {
        Cow::Owned(word.to_ascii_lowercase())
    } else if word.contains('\u{2019}') {
        // "hasn’t" is looked up as "hasn't"
        Cow::Owned(crate::extract::text::lower_with_apostrophes(word))
    } else {
        Cow::Owned(word.to_lowercase())
    };
    // keep the period of an abbreviation or an initial
    let keeps_period = s.as_bytes().get(j) == Some(&b'.')
        && (is_abbreviation(&lower)
            || (j - i == c.len_utf8() && cap)
            || (word.len() <= 8 && word.contains('.'))
            // "Del. Stacey Plaskett": a short capitalised word, a period, a name
            || (cap
                && word.len() <= 4
                && s[j + 1..].starts_with(' ')
                && s[j + 2..].chars().next().is_some_and(char::is_uppercase)
                && !matches!(&*lower, "i" | "a")));
    // "the U.N.'s panel": a possessive after the period of initials belongs to the word
    let possessive = if keeps_period {
        [&b"'s"[..], "\u{2019}s".as_bytes()]
            .iter()
            .find(|p| s.as_bytes()[j + 1..].starts_with(p))
            .filter(|p| {
                !s.as_bytes()
                    .get(j + 1 + p.len())
                    .is_some_and(u8::is_ascii_alphanumeric)
            })
            .map_or(0, |p| p.len())
    } else {
        0
    };
    let end_w = if keeps_period { j + 1 + possessive } else { j };
    let lower: Cow<'_, str> = match (keeps_period, plain, lowered) {
        // "WHO", "IT": initials that lower-cased would read as a pronoun are looked up as
        // initials written with periods
        (false, _, _) => match lexicon::initials_as_pronoun(word) {
            Some(initials) => Cow::Borrowed(initials),
            None => lower,
        },
        // (the curly apostrophe is looked up as a straight one)
        (true, _, _) if possessive > 0 => Cow::Owned(format!("{lower}.'s")),
        (true, true, _) => Cow::Borrowed(&s[i..end_w]),
        (true, false, Some(l)) if ascii => Cow::Borrowed(&l[i..end_w]),
        (true, false, _) => Cow::Owned(format!("{lower}.")),
    };
    let mut t = Tok {
        start: start + i,
        end: start + end_w,
        kind: if c.is_ascii_digit() {
            TokKind::Number
        } else {
            TokKind::Word
        },
        lower,
        cap,
        in_quote: false,
        cue: None,
        verbish: false,
        flags: 0,
    };
    if t.kind == TokKind::Word {
        (t.cue, t.flags) = super::lexicon::word_info(&t.lower);
        // "US Senator Jeff Sessions": the country, not the pronoun "us"
        // "Spanish newspaper AS reported": the daily's name, not "as", outside a line in capitals
        let daily = || &text[t.start..t.end] == "AS" && !shouted(&text[t.end..]);
        if t.cap && (&*t.lower == "us" && &text[t.start..t.end] == "US" || daily()) {
            t.flags &= !(super::lexicon::flag::CLAUSE_WORD | super::lexicon::flag::CUE_MODIFIER);
        }
        t.verbish = super::grammar::verbish_uncached(&t);
    }
    out.push(t);
    end_w
}

/// Whether the word after a word (`rest` the text after it) is written in capitals, as a
/// headline in capitals is ("AS PRICES RISE").
fn shouted(rest: &str) -> bool {
    let next = rest.trim_start().split(' ').next().unwrap_or("");
    next.len() >= 2 && !next.chars().any(char::is_lowercase)
}

/// The readings a word loses inside a name: month ("May"), finite verb ("May", "Will").
const NAME_PART_CLEARS: u16 = super::lexicon::flag::MONTH | super::lexicon::flag::FINITE;

/// "Theresa May said", "Stevie Wonder said": a capitalised word right after a capitalised name
/// word is part of the name, not a reporting verb or a month. Not in Title Case headlines
/// ("Trump Says He Will Win"), where every word is capitalised.
fn unmark_name_parts(toks: &mut [Tok]) {
    let title_case = !toks
        .iter()
        .any(|t| t.kind == TokKind::Word && !t.cap && t.lower.len() > 3);
    if title_case {
        return;
    }
    // "at a conference in May", "since May": the month after a preposition or a word of time,
    // not the modal verb
    for k in 1..toks.len() {
        if !(toks[k].cap && toks[k].flags & lexicon::flag::MONTH != 0) {
            continue;
        }
        let month_place = matches!(
            toks[k - 1].low(),
            "in" | "since"
                | "by"
                | "until"
                | "till"
                | "through"
                | "from"
                | "of"
                | "last"
                | "next"
                | "early"
                | "mid"
                | "late"
                | "this"
                | "before"
                | "after"
                | "during"
        );
        let t = &mut toks[k];
        if month_place {
            t.flags &= !lexicon::flag::FINITE;
            t.verbish = super::grammar::verbish_uncached(t);
        }
    }
    for k in 1..toks.len().saturating_sub(1) {
        // "said Will Doyle": the given name Will, mid-sentence before a capitalised word
        // "“…,” Will Ruiz, the party chairman, said": after a comma or a quotation mark, when
        // the name is followed by a comma or a verb of saying
        // (the cheap tests first: few words are a capitalised "Will")
        if !(toks[k].cap && &*toks[k].lower == "will") {
            continue;
        }
        let after_mark = matches!(toks[k - 1].kind, TokKind::Quote | TokKind::Punct)
            && matches!(&*toks[k - 1].lower, "," | "\"" | "”" | "'" | "’")
            && toks
                .get(k + 2)
                .is_some_and(|t| &*t.lower == "," || t.cue.is_some());
        // (not the modal of a question: "and Will Democrats accept it?")
        let given_will = (toks[k - 1].kind == TokKind::Word
            && !toks[k - 1].cap
            && !matches!(&*toks[k - 1].lower, "and" | "or" | "but" | "so" | "then")
            || after_mark)
            && toks[k + 1].cap
            && toks[k + 1].kind == TokKind::Word;
        if given_will {
            let t = &mut toks[k];
            t.flags = (t.flags & !NAME_PART_CLEARS) | super::lexicon::flag::NAME_PART;
            t.verbish = super::grammar::verbish_uncached(t);
        }
    }
    for k in 1..toks.len() {
        let (before, rest) = toks.split_at_mut(k);
        let (prev, t) = (&before[k - 1], &mut rest[0]);
        let marked = t.cue.is_some() || t.flags & NAME_PART_CLEARS != 0;
        if marked
            && t.cap
            && t.kind == TokKind::Word
            && prev.cap
            && prev.kind == TokKind::Word
            && !prev.in_quote
            && !super::lexicon::is_name_stop(&prev.lower)
        {
            t.cue = None;
            t.flags = (t.flags & !NAME_PART_CLEARS) | super::lexicon::flag::NAME_PART;
            t.verbish = super::grammar::verbish_uncached(t);
        }
    }
}

#[cfg(test)]
mod tests;

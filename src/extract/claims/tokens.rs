//! A fast word and punctuation tokenizer over byte offsets, with the few properties the claim
//! rules look at (lower-cased form, capitalisation, quote marks).

use std::borrow::Cow;

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
];

fn is_abbreviation(w: &str) -> bool {
    static SET: std::sync::OnceLock<super::lexicon::FastSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| ABBREVIATIONS.iter().copied().collect())
        .contains(w)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Tokenizes `text[start..end]`, returning tokens with absolute byte offsets.
#[cfg(test)]
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Tok<'_>> {
    tokenize_lowered(text, None, start, end)
}

/// Tokenizes `text[start..end]`; `lowered` is `text.to_ascii_lowercase()` (same byte offsets),
/// which lets capitalised ASCII words borrow their lower-cased form instead of allocating it.
pub fn tokenize_lowered<'a>(
    text: &'a str,
    lowered: Option<&'a str>,
    start: usize,
    end: usize,
) -> Vec<Tok<'a>> {
    let s = &text[start..end];
    let lowered = lowered.map(|l| &l[start..end]);
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    let bytes = s.as_bytes();
    let mut i = 0usize;
    while i < s.len() {
        let b0 = bytes[i];
        let c = if b0 < 0x80 {
            b0 as char
        } else {
            match s[i..].chars().next() {
                Some(c) => c,
                None => break,
            }
        };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if is_word_char(c) {
            let mut j = i + c.len_utf8();
            // extend over word chars and internal joiners (' ’ - . & /) followed by a word char
            let bytes = s.as_bytes();
            loop {
                if j < bytes.len() && bytes[j].is_ascii_alphanumeric() {
                    j += 1;
                    continue;
                }
                let rest = &s[j..];
                // "20,000": a comma between thousands groups is inside the number
                let group = rest.as_bytes();
                if j > i
                    && bytes[j - 1].is_ascii_digit()
                    && group.len() >= 4
                    && group[0] == b','
                    && group[1..4].iter().all(u8::is_ascii_digit)
                    && !group.get(4).is_some_and(u8::is_ascii_alphanumeric)
                {
                    j += 4;
                    continue;
                }
                let mut chars = rest.chars();
                match chars.next() {
                    Some(d) if is_word_char(d) => {
                        j += d.len_utf8();
                    }
                    Some(d) if matches!(d, '\'' | '’' | '-' | '.' | '&' | '/') => {
                        match chars.next() {
                            Some(e) if is_word_char(e) => {
                                j += d.len_utf8() + e.len_utf8();
                            }
                            // a plural possessive before the next word: "Sanders' aides"
                            Some(' ')
                                if matches!(d, '\'' | '’')
                                    && j > i
                                    && matches!(bytes[j - 1], b's' | b'S')
                                    && chars.next().is_some_and(char::is_alphabetic) =>
                            {
                                j += d.len_utf8();
                                break;
                            }
                            _ => break,
                        }
                    }
                    _ => break,
                }
            }
            // keep the period of an abbreviation or an initial
            let word = &s[i..j];
            let plain = word
                .bytes()
                .all(|b| b.is_ascii() && !b.is_ascii_uppercase());
            let lower: Cow<'_, str> = if plain {
                Cow::Borrowed(word)
            } else if let (Some(l), true) = (lowered, word.is_ascii()) {
                Cow::Borrowed(&l[i..j])
            } else if word.is_ascii() {
                Cow::Owned(word.to_ascii_lowercase())
            } else if word.contains('\u{2019}') {
                // "hasn’t" is looked up as "hasn't"
                Cow::Owned(word.to_lowercase().replace('\u{2019}', "'"))
            } else {
                Cow::Owned(word.to_lowercase())
            };
            let mut end_w = j;
            if s[j..].starts_with('.')
                && (is_abbreviation(&lower)
                    || (word.chars().count() == 1 && c.is_uppercase())
                    || (word.contains('.') && word.len() <= 8)
                    // "Del. Stacey Plaskett": a short capitalised word, a period, a name
                    || (c.is_uppercase()
                        && word.len() <= 4
                        && s[j + 1..].starts_with(' ')
                        && s[j + 2..].chars().next().is_some_and(char::is_uppercase)
                        && !matches!(&*lower, "i" | "a")))
            {
                end_w = j + 1;
            }
            let token_start = i;
            i = end_w;
            let kind = if c.is_ascii_digit() {
                TokKind::Number
            } else {
                TokKind::Word
            };
            let lower: Cow<'_, str> = match (end_w > j, plain, lowered) {
                (false, _, _) => lower,
                (true, true, _) => Cow::Borrowed(&s[token_start..end_w]),
                (true, false, Some(l)) if word.is_ascii() => Cow::Borrowed(&l[token_start..end_w]),
                (true, false, _) => Cow::Owned(format!("{lower}.")),
            };
            out.push(Tok {
                start: start + token_start,
                end: start + end_w,
                kind,
                lower,
                cap: c.is_uppercase(),
                in_quote: false,
                cue: None,
                verbish: false,
                flags: 0,
            });
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
    for t in &mut out {
        if t.kind == TokKind::Word {
            (t.cue, t.flags) = super::lexicon::word_info(&t.lower);
            // "US Senator Jeff Sessions": the country, not the pronoun "us"
            if t.cap && &*t.lower == "us" && &text[t.start..t.end] == "US" {
                t.flags &=
                    !(super::lexicon::flag::CLAUSE_WORD | super::lexicon::flag::CUE_MODIFIER);
            }
            t.verbish = super::grammar::verbish_uncached(t);
        }
    }
    unmark_name_parts(&mut out);
    out
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
    for k in 1..toks.len().saturating_sub(1) {
        // "said Will Doyle": the given name Will, mid-sentence before a capitalised word
        let given_will = toks[k].cap
            && &*toks[k].lower == "will"
            && toks[k - 1].kind == TokKind::Word
            && !toks[k - 1].cap
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
mod tests {
    use super::*;

    #[test]
    fn splits_words_punctuation_and_quotes() {
        let text = "“It’s fine,” said Mr. Smith of the U.S. Senate, 3.5% up.";
        let toks = tokenize(text, 0, text.len());
        let words: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            words,
            vec![
                "“", "It’s", "fine", ",", "”", "said", "Mr.", "Smith", "of", "the", "U.S.",
                "Senate", ",", "3.5", "%", "up", "."
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
        let borrowed = tokenize_lowered(text, Some(&lowered), 0, text.len());
        assert_eq!(plain, borrowed);
    }

    #[test]
    fn a_capitalised_word_inside_a_name_is_not_a_cue_or_a_month() {
        let text =
            "Theresa May and Stevie Wonder spoke in May, aides said. Last May, they did not.";
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
        let headline = "Trump Says He Will Win";
        let toks = tokenize(headline, 0, headline.len());
        assert!(toks[1].cue.is_some());
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
}

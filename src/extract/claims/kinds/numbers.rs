//! Numbers that are no quantity: an age set off after a name ("Almeida, 58, has pleaded not
//! guilty"), a clock time ("after 10pm", "at 4:45 p.m."), the number of a road, a flight or a
//! clause of law ("State Route 38", "Chapter 11"), a date written in figures ("3/14/2024") and
//! a season or fiscal year ("2019-20"). A statistic is a count, an amount, a rank or a share
//! (DESIGN.md); these name a person's age, a time, a thing or a day.

use super::super::tokens::{Tok, TokKind};

/// Capitalised words that label a thing by its number: a road ("Route 38", "Highway 101",
/// "Interstate 5"), a flight or gate, a clause of law or a ballot measure ("Section 230",
/// "Chapter 11", "Proposition 8", "Title 42").
const LABELS: &[&str] = &[
    "route",
    "highway",
    "hwy",
    "interstate",
    "sr",
    "rte",
    "freeway",
    "motorway",
    "exit",
    "flight",
    "gate",
    "terminal",
    "platform",
    "pier",
    "room",
    "chapter",
    "section",
    "article",
    "title",
    "proposition",
    "prop",
    "measure",
    "ward",
    "precinct",
];

/// Words after a number that make it a clock time ("10 p.m.", "0800 GMT").
const CLOCK: &[&str] = &[
    "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "gmt", "utc", "et", "edt", "est", "pt", "pdt", "pst",
    "bst", "cet", "ist", "o'clock",
];

/// Whether the number token `toks[i]` names an age, a time, a thing or a day, not a quantity.
pub(super) fn is_no_quantity(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    let w = t.low();
    let prev = |k: usize| i.checked_sub(k).map(|p| &toks[p]);
    let next = |k: usize| toks.get(i + k);
    // "10pm", "10.30pm", "9am"
    if ["am", "pm", "a.m.", "p.m.", "a.m", "p.m"]
        .iter()
        .any(|s| w.ends_with(s))
    {
        return true;
    }
    if next(1).is_some_and(|n| n.kind == TokKind::Word && CLOCK.contains(&n.low())) {
        return true;
    }
    if prev(1).is_some_and(|p| p.cap && p.kind == TokKind::Word && LABELS.contains(&p.low())) {
        return true;
    }
    // "3/14/2024", "2024-03-14", "14.03.2024"; "2019-20", "2019/2020"
    if is_figures_date(w) {
        return true;
    }
    is_set_off_age(toks, i) || is_stated_age(toks, i) || is_generation(toks, i)
}

/// "5G masts", "a 4G network", "3D printing": a generation or kind of a technology, not a
/// quantity. "5g of sugar" is a weight.
fn is_generation(toks: &[Tok], i: usize) -> bool {
    let &[digit, letter] = toks[i].low().as_bytes() else {
        return false;
    };
    let weight = || {
        toks.get(i + 1)
            .is_some_and(|n| matches!(n.low(), "of" | "per" | "a"))
    };
    digit.is_ascii_digit() && (letter == b'd' || letter == b'g' && !weight())
}

/// "She was 87.", "He is 45,", "died aged 87": a person's age stated after "he" or "she" and
/// "is" or "was", or after "aged", a whole number under 120 (not "aged 18 to 30").
fn is_stated_age(toks: &[Tok], i: usize) -> bool {
    let w = toks[i].low();
    if w.len() > 3 || w.parse::<u32>().map_or(true, |n| n >= 120) {
        return false;
    }
    let word = |k: usize| i.checked_sub(k).map_or("", |p| toks[p].low());
    let next = toks.get(i + 1).map_or(".", |n| n.low());
    let closes = matches!(next, "." | "," | ";");
    let pronoun_is = matches!(word(2), "he" | "she") && matches!(word(1), "is" | "was");
    pronoun_is && closes || word(1) == "aged" && !matches!(next, "to" | "and" | "-" | "–" | "or")
}

/// A date in figures, or two years joined as a season: parts of digits only.
fn is_figures_date(w: &str) -> bool {
    let parts: Vec<&str> = w.split(['/', '-', '.']).collect();
    if !parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    match parts[..] {
        [a, b, c] => {
            let day_month = |p: &str| p.len() <= 2;
            let year = |p: &str| p.len() == 4 || p.len() == 2;
            (day_month(a) && day_month(b) && year(c))
                || (a.len() == 4 && day_month(b) && day_month(c))
        }
        [a, b] => {
            let first_year = a.len() == 4 && (a.starts_with("19") || a.starts_with("20"));
            first_year && (b.len() == 2 || b.len() == 4) && w.contains(['-', '/'])
        }
        _ => false,
    }
}

/// "Almeida, 58, has pleaded …", "Ruth Ellery (84) died": a whole number under 120 set off by
/// commas or brackets right after a capitalised name.
fn is_set_off_age(toks: &[Tok], i: usize) -> bool {
    let w = toks[i].low();
    if w.len() > 3
        || !w.bytes().all(|b| b.is_ascii_digit())
        || w.parse::<u32>().map_or(true, |n| n >= 120)
    {
        return false;
    }
    let Some(p) = i.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    let closes = |open: &str| {
        toks.get(i + 1).map_or(open == ",", |n| {
            n.kind == TokKind::Punct
                && match open {
                    "," => matches!(n.low(), "," | "." | ";"),
                    _ => n.low() == ")",
                }
        })
    };
    let open = p.low();
    if p.kind != TokKind::Punct || !matches!(open, "," | "(") || !closes(open) {
        return false;
    }
    i.checked_sub(2).map(|n| &toks[n]).is_some_and(|n| {
        n.kind == TokKind::Word && n.cap && n.flags & super::lexicon::flag::MONTH == 0
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::tokens::tokenize;
    use super::super::has_quantity;

    fn q(s: &str) -> bool {
        has_quantity(&tokenize(s, 0, s.len()))
    }

    #[test]
    fn a_stated_age_is_no_statistic() {
        assert!(!q("She was 87."));
        assert!(!q("He died in hospital, aged 64."));
        assert!(!q("He is 45, and lives in Leeds."));
        assert!(q("The toll was 87."));
        assert!(q("Most were aged 18 to 30."));
        assert!(q("She was 87 votes short."));
    }

    #[test]
    fn ages_times_labels_and_dates_are_no_statistic() {
        for s in [
            "Almeida, 58, has pleaded not guilty to bribery",
            "Ruth Ellery (84) died at home",
            "the suspect, identified as Dale Fenn, 31.",
            "the bar closed after 10pm",
            "the vote came at 4:45 p.m. on Friday",
            "talks resumed at 0900 GMT",
            "the fire crossed State Route 38",
            "traffic was halted on Highway 101",
            "the firm filed for Chapter 11 protection",
            "voters backed Proposition 8",
            "the ruling is dated 3/14/2024",
            "in the 2019-20 season",
        ] {
            assert!(!q(s), "{s}");
        }
        for s in [
            "Floods killed 42 people",
            "the fire crossed route 38 times",
            "Sales rose in March, 12, a record",
            "the toll rose to 58, officials said",
            "a score of 3-1",
            "the 10 people at the bar",
        ] {
            assert!(q(s), "{s}");
        }
    }
}

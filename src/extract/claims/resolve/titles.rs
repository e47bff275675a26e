//! Titles: how news style writes a title before a name ("Sen. Ann Lee", "Minister for Housing
//! Ann Lee"), and the person the text before gave a title ("Ann Lee, the senator from Ohio,").

use super::*;

/// A role without the courtesy title that closes it when words come before it: "lead author
/// Dr" is "lead author" and "Health Minister Mr." "Health Minister", as news style's "Dr" and
/// "Mr" are forms of address, not offices; "Dr" alone stays the role.
pub(super) fn without_courtesy(role: String) -> String {
    match role.rsplit_once(' ') {
        Some((before, last))
            if matches!(
                last,
                "Dr" | "Dr." | "Prof" | "Prof." | "Mr" | "Mr." | "Mrs" | "Mrs." | "Ms" | "Ms."
            ) && !before.trim().is_empty() =>
        {
            before.trim_end().to_string()
        }
        _ => role,
    }
}

/// The person a mention's name names when an honorific opens it (`run_lower`, the lower-cased
/// capitalised run at the end of `core` from `run_start`): "Mr. King" keeps its honorific;
/// "Sen. Ann Lee" is Ann Lee, the senator; "Dr. Amir Patel" is Amir Patel, a doctor, and "Mr.
/// John Reyes" John Reyes, as the text names them without it ("he", "Patel").
pub(super) fn honorific_name(
    core: &[&str],
    run_lower: &[&String],
    run_start: usize,
) -> Option<(SourceKind, String, Option<String>)> {
    let honorific = run_lower.first()?.as_str();
    let is_honorific = matches!(
        honorific,
        "mr." | "mrs." | "ms." | "dr." | "sen." | "rep." | "gov." | "mr" | "mrs" | "ms" | "dr"
    );
    if run_lower.len() < 2 || !is_honorific {
        return None;
    }
    let run = &core[run_start..];
    let political = matches!(honorific, "sen." | "rep." | "gov.");
    // "Dr Borja del Pozo Cruz": a surname's particle may stand between the capitalised words
    let full_name = run.len() >= 3
        && run[1..].first().is_some_and(|w| is_cap(w))
        && run.last().is_some_and(|w| is_cap(w))
        && run[1..]
            .iter()
            .all(|w| (is_cap(w) && w.chars().count() > 1) || super::names::is_name_particle(w));
    let name_from = if political || full_name {
        run_start + 1
    } else {
        run_start
    };
    // ("Mr." and "Ms." say nothing a role would; "Dr." does)
    let doctor = honorific.starts_with("dr");
    let role_end = if !political && full_name && !doctor {
        run_start
    } else {
        name_from
    };
    let role = core[..role_end].join(" ");
    let role = role
        .strip_prefix("the ")
        .or_else(|| role.strip_prefix("The "))
        .unwrap_or(&role)
        .trim()
        .to_string();
    // ("lead author Dr Ann Lee": the description before the name is her role)
    let role = without_courtesy(role);
    Some((
        SourceKind::Person,
        core[name_from..].join(" "),
        (!role.is_empty()).then_some(role),
    ))
}

/// Whether the word before `run_start` stays in a capitalised title or body name: a title's
/// "for" ("Minister for Housing") and the "the" after a title's "of" or "for" ("Chairman of the
/// Senate Finance Committee") or after a capitalised word's "for" ("Office for the Coordination
/// of Humanitarian Affairs").
pub(super) fn inside_office(core: &[&str], core_lower: &[String], run_start: usize) -> bool {
    let capital_title = |k: usize| is_cap(core[k]) && lexicon::is_title(&core_lower[k]);
    match core[..run_start] {
        [.., _, "for"] => capital_title(run_start - 2),
        [.., w, "for", "the"] => is_cap(w),
        [.., _, "of", "the"] => {
            capital_title(run_start - 3) && !is_body_word(&core_lower[run_start - 3])
        }
        _ => false,
    }
}

/// Whether the lower-case word before `run_start` ("for", "on", "in", "the") joins a body's
/// name: capitalised words and joining words lead back to a word for a body ("Court of
/// Arbitration for Sport", "Committee on Foreign Investment in the United States").
pub(super) fn inside_named_body(core: &[&str], core_lower: &[String], run_start: usize) -> bool {
    if run_start < 2 || !matches!(core[run_start - 1], "for" | "on" | "in" | "the") {
        return false;
    }
    // ("in the United States" may be in a name; "University in Berea" places the body)
    if core[run_start - 1] == "in" && core.get(run_start) != Some(&"the") {
        return false;
    }
    let joins = |w: &str| matches!(w, "of" | "for" | "on" | "in" | "the" | "and" | "&");
    let start = (0..run_start - 1)
        .rev()
        .take_while(|&j| is_cap(core[j]) || joins(core[j]))
        .last();
    start.is_some_and(|s| {
        (s..run_start - 1).any(|j| is_cap(core[j]) && is_body_word(singular(&core_lower[j])))
    })
}

/// Where the last title, office or leadership word of a capitalised run (lower-cased) stands,
/// before the name it opens ("Bank of England Governor Andrew Bailey"), or an occupation
/// opening a run of three; a word for a body inside a body's name after its "of" or "for"
/// ("Independent Office for Police Conduct") is no title.
pub(super) fn title_in_run(run_lower: &[&String]) -> Option<usize> {
    (0..run_lower.len())
        .rposition(|t| {
            let w = run_lower[t].as_str();
            let title = lexicon::is_title(w) || is_leadership_word(w);
            (title || lexicon::is_official_word(w) && !inside_body_name(run_lower, t))
                && !after_given_name(run_lower, t)
        })
        .or_else(|| {
            // "Fisherman Kerry Penhale", "Nurse Ann Lee": a trade written before a full name
            let first = run_lower.first()?.as_str();
            let trade = lexicon::is_occupation(first) || lexicon::is_trade_person(first);
            (run_lower.len() >= 3 && trade).then_some(0)
        })
}

/// Whether the word at `t` of a run comes after a body's word and "of", "for" or "on" ("Office
/// for Police Conduct"), so inside the body's name.
fn inside_body_name(run_lower: &[&String], t: usize) -> bool {
    (1..t).any(|k| {
        matches!(run_lower[k].as_str(), "of" | "for" | "on")
            && is_body_word(singular(run_lower[k - 1].trim_end_matches("'s")))
    })
}

/// Whether the title at `k` is a surname: after a given name or an initial, and closing the
/// name ("Peter T. King of New York", "Ann Bishop"), not before one ("Charlotte Mayor Ann Lee").
pub(super) fn after_given_name<S: AsRef<str>>(lower: &[S], k: usize) -> bool {
    let closes = !matches!(lower.get(k + 1), Some(n) if n.as_ref() != "of");
    k > 0 && closes && {
        let prev = lower[k - 1].as_ref().trim_end_matches('.');
        prev.chars().count() == 1 || is_given_name(prev)
    }
}

/// Whether the title at `k` opens the office a title built with "of" or "for" names: not a
/// surname that is also a title, after a given name or an initial ("Peter T. King of New York").
fn opens_office(core: &[&str], core_lower: &[String], k: usize) -> bool {
    let w = core_lower[k].as_str();
    is_cap(core[k])
        && lexicon::is_title(w)
        && !is_body_word(w)
        && !is_honorific(w)
        && !after_given_name(core_lower, k)
        && matches!(
            core_lower.get(k + 1).map(String::as_str),
            Some("of" | "for")
        )
}

/// A person named after a title built with "of" or "for" ("Minister for Housing Ann Lee",
/// "Secretary of State John Kerry", "Chairman of the Senate Finance Committee"): the name after
/// the office, with the title as the role; or, when the words name only the office ("the
/// Minister for Housing said"), the office holder the text leaves unnamed, a person described.
/// `run_start` is where the capitalised run at the end of `core` starts.
pub(super) fn office_holder(
    core: &[&str],
    core_lower: &[String],
    run_start: usize,
) -> Option<(SourceKind, String, Option<String>)> {
    let title = (run_start..core.len()).find(|&k| opens_office(core, core_lower, k))?;
    match name_after_office(core, core_lower, title + 2) {
        Some(k) => {
            let role = strip_the(&core[..k].join(" "));
            Some((SourceKind::Person, core[k..].join(" "), Some(role)))
        }
        None => Some((SourceKind::Person, lower_first(&core.join(" ")), None)),
    }
}

/// Where the name starts in the words from `from` on, after a title's "of" or "for": after the
/// last word of the office ("Housing", "State", "Committee") and any title after it ("Gen."),
/// or, failing one, at the last two words of more than two ("Mayor of London Ann Lee"). None
/// when the words end on the office or are too few to hold a name beside it ("of Maru LGA").
fn name_after_office(core: &[&str], core_lower: &[String], from: usize) -> Option<usize> {
    let office_word = |k: usize| {
        let w = core_lower[k].trim_end_matches("'s").trim_end_matches("’s");
        lexicon::is_portfolio(w) || is_body_word(w) || is_body_word(singular(w))
    };
    let last = core_lower.len().checked_sub(1)?;
    // (a body's initials end an office too: "Chairman of Maru LGA")
    let initials = |k: usize| {
        core[k].len() >= 2
            && core[k].bytes().all(|b| b.is_ascii_uppercase())
            && !lexicon::is_title(&core_lower[k])
    };
    if from > last || office_word(last) || initials(last) {
        return None;
    }
    if let Some(office_end) = (from..=last).rev().find(|&k| office_word(k) || initials(k)) {
        let mut k = office_end + 1;
        while k < last && lexicon::is_title(&core_lower[k]) {
            k += 1;
        }
        // ("President of CNN Worldwide": one word after initials is more of the body's name)
        return (!initials(office_end) || last - k >= 1).then_some(k);
    }
    let name_words = |k: usize| {
        core[k..]
            .iter()
            .filter(|w| w.trim_end_matches('.').chars().count() > 1)
            .count()
    };
    if name_words(from) <= 2 {
        return None;
    }
    let mut k = from;
    while k < last && name_words(k) > 2 {
        k += 1;
    }
    Some(k)
}

/// How news style writes a title before a name: "Senator"/"Sen. Ann Lee", "President Ann Lee".
pub(super) fn title_forms(head: &str) -> &'static [&'static str] {
    match head {
        "senator" => &["Senator ", "Sen. "],
        "governor" => &["Governor ", "Gov. "],
        "representative" | "congressman" | "congresswoman" => &["Rep. ", "Representative "],
        "general" => &["General ", "Gen. "],
        "president" => &["President "],
        "mayor" => &["Mayor "],
        "secretary" => &["Secretary "],
        "minister" => &["Minister "],
        "judge" => &["Judge "],
        "speaker" => &["Speaker "],
        "chancellor" => &["Chancellor "],
        "ambassador" => &["Ambassador "],
        "sheriff" => &["Sheriff "],
        "commissioner" => &["Commissioner "],
        _ => &[],
    }
}

/// The person's name that the text before gave the title `head` (with `rest`, the mention
/// without "the"), the latest of "Sen. Ann Lee" and "Ann Lee, the senator from Ohio,".
pub(super) fn titled_name_before(context: &str, rest: &str, head: &str) -> Option<String> {
    let vice = rest.contains("vice ");
    // "the French president" is not whoever the text last called "President …"
    let bare = rest
        .split_whitespace()
        .all(|w| w == head || matches!(w, "vice" | "former" | "current" | "then" | "late"));
    let forms = if bare { title_forms(head) } else { &[] };
    let mut best: Option<(usize, String)> = None;
    for &form in forms {
        let mut end = context.len();
        for _ in 0..4 {
            let Some(at) = context[..end].rfind(form) else {
                break;
            };
            end = at;
            if best.as_ref().is_some_and(|(b, _)| *b > at) {
                break;
            }
            if context[..at].ends_with("Vice ") != vice {
                continue;
            }
            if let Some(name) = name_after(&context[at + form.len()..]) {
                best = Some((at, name));
                break;
            }
        }
    }
    let mut end = context.len();
    for _ in 0..8 {
        let Some(at) = context[..end].rfind(head) else {
            break;
        };
        end = at;
        if best.as_ref().is_some_and(|(b, _)| *b > at) {
            break;
        }
        let whole_word = !context[at + head.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        let mut from = at.saturating_sub(60);
        while !context.is_char_boundary(from) {
            from += 1;
        }
        if !whole_word {
            continue;
        }
        let window = &context[from..at];
        let Some(comma) = window.rfind(", the ").or_else(|| window.rfind(", a ")) else {
            continue;
        };
        let described = window[comma + 2..].to_lowercase();
        // "Ann Lee, the Ohio senator," for "the senator", not for "the Texas senator"
        let same = rest
            .split_whitespace()
            .all(|w| w == head || described.split_whitespace().any(|d| d == w));
        // "Ann Lee, a candidate for governor," is no governor: the title is the head
        let object = described
            .split_whitespace()
            .any(|w| matches!(w, "for" | "to" | "against" | "with" | "about" | "under"));
        if described.contains([',', '.', ';', '"', '“', '”']) || !same || object {
            continue;
        }
        if let Some(name) = name_before(&context[..from + comma]) {
            best = Some((from + comma, name));
            break;
        }
    }
    best.map(|(_, name)| name)
}

/// An office the text before named by its title alone, capitalised after "the" ("The Health
/// Secretary has been accused …", "the Foreign Minister"), that a description by the title
/// `head` ("the minister", "the secretary") can take up: the latest within the last 1,500
/// bytes, with its byte offset. A title before a name ("the Health Secretary, Ann Lee" aside,
/// "Health Secretary Ann Lee") is left to the name.
pub(super) fn office_before(context: &str, head: &str) -> Option<(usize, String)> {
    let mut from = context.len().saturating_sub(1500);
    while !context.is_char_boundary(from) {
        from += 1;
    }
    let text = &context[from..];
    let mut next_cap = false;
    let words: Vec<(usize, &str)> = word_starts(text).collect();
    for (i, &(at, w)) in words.iter().enumerate() {
        let followed_by_name = next_cap;
        next_cap = is_cap(w);
        let bare = w.trim_end_matches([',', '.', ';', ':', '"', '”', '’', ')']);
        let lower = bare.to_lowercase();
        // a British cabinet minister is "Secretary" or "Chancellor" by title
        let fits = lower == head
            || head == "minister" && matches!(lower.as_str(), "secretary" | "chancellor");
        if !fits || !is_cap(bare) || (followed_by_name && bare.len() == w.len()) {
            continue;
        }
        // the capitalised words before the title, back to "the"
        let mut start = None;
        for &(a, p) in words[i + 1..].iter().take(4) {
            if p == "the" || p == "The" {
                start = Some(a);
                break;
            }
            if !is_cap(p) || p.ends_with([',', '.', ';', ':', '"', '”']) {
                break;
            }
        }
        let start = start?;
        let end = at + bare.len();
        return Some((from + start, text[start..end].to_string()));
    }
    None
}

/// The full name the text gives the holder of a bare title ("The Premier", "the minister")
/// after the mention, in the rest of its paragraph or the next: the office named first and
/// the person second, as ABC and CBC ledes write ("The Premier has defended … . Premier
/// Rachel Donnelly told reporters"). The title, capitalised, must stand right before a
/// name of two words or more.
pub(super) fn title_holder_after(title: &str, after: &str) -> Option<String> {
    let mut end = after.len();
    // the paragraph's end and the next one's: two line breaks that close text
    let mut breaks = after
        .match_indices('\n')
        .filter(|(k, _)| !after[..*k].trim_end_matches([' ', '\t']).ends_with('\n') && *k > 0);
    if let Some((k, _)) = breaks.nth(1) {
        end = k;
    }
    let text = &after[..end];
    let mut cap = title.to_string();
    cap[..1].make_ascii_uppercase();
    let form = format!("{cap} ");
    let at = text.find(&form)?;
    let whole = at == 0 || text[..at].ends_with([' ', '\n', '"', '“']);
    let name = name_after(&text[at + form.len()..])?;
    (whole && name.contains(' ')).then_some(name)
}

//! The body a later "the agency", "the regulator" or "the department" takes up when the body
//! was named in the sentence or the one before but was no source ("The FDA approved the pill.
//! The agency said …", "Ofwat, the water regulator, fined the firm. The regulator said …").

use super::*;

/// Words that end an agency's name ("Food and Drug Administration", "Environmental Protection
/// Agency").
fn is_agency_ending(w: &str) -> bool {
    matches!(
        w,
        "Agency" | "Administration" | "Authority" | "Commission" | "Service" | "Bureau"
    )
}

/// The body a one-word description `noun` ("agency", "regulator", "department") takes up in
/// the sentence `context` ends in or the one before, with its kind: for "agency" the agency of
/// [`sentence_opening_agency`]; for another word for a body, a name the sentence opens on that
/// holds the word ("The Department for Education published …"), or a name set before an
/// appositive of the word ("Ofwat, the water regulator,").
pub(super) fn body_named_before(context: &str, noun: &str) -> Option<(String, SourceKind)> {
    if noun == "agency" {
        return sentence_opening_agency(context).map(|name| (name, SourceKind::Official));
    }
    // ("the administration" is a government's more often than an agency's)
    if !is_body_word(noun) || lexicon::is_title(noun) || noun == "administration" {
        return None;
    }
    let start = sentence_start(context);
    let before = context[..start].trim_end();
    let from = if start > 0 && !before.is_empty() {
        sentence_start(before)
    } else {
        start
    };
    let window = &context[from..];
    apposed_body(window, noun).or_else(|| {
        let opening = opening_name(&context[start..]).or_else(|| {
            (from < start)
                .then(|| opening_name(&context[from..start]))
                .flatten()
        })?;
        let holds = opening.split(' ').any(|w| w.eq_ignore_ascii_case(noun));
        let (kind, name, _) = classify(&opening);
        let body = matches!(kind, SourceKind::Official | SourceKind::Organization);
        (holds && body).then_some((name, kind))
    })
}

/// "Ofwat, the water regulator,": the capitalised name before ", the" and at most three
/// lower-case words ending on `noun`, with the kind the appositive gives it; the last such in
/// `window`, and none opening on a given name or a title.
fn apposed_body(window: &str, noun: &str) -> Option<(String, SourceKind)> {
    let mut found = None;
    for (at, _) in window.match_indices(", the ") {
        let rest = &window[at + 6..];
        let ws: Vec<&str> = rest.split(' ').take(4).collect();
        let Some(k) = ws.iter().position(|w| w.ends_with([',', '.'])) else {
            continue;
        };
        let last = ws[k].trim_end_matches([',', '.']);
        let lower = ws[..k].iter().all(|w| !is_cap(w));
        if last != noun || !lower {
            continue;
        }
        let name: Vec<&str> = (window[..at].split(' ').rev())
            .take_while(|w| is_cap(w) && !w.ends_with([',', '.', ';', ':']))
            .collect();
        let name: Vec<&str> = name.into_iter().rev().collect();
        // "Ann Lee, the former regulator," is a person
        let person = name.first().map_or(true, |w| {
            let w = w.to_lowercase();
            is_given_name(&w) || lexicon::is_title(&w)
        });
        if person {
            continue;
        }
        let (kind, _, _) = classify(&format!(
            "the {}",
            ws[..=k].join(" ").trim_end_matches([',', '.'])
        ));
        if matches!(kind, SourceKind::Official | SourceKind::Organization) {
            found = Some((strip_the(&name.join(" ")), kind));
        }
    }
    found
}

/// The agency whose name opens the sentence `context` ends in, or the sentence before, as the
/// subject of a verb after it: "The U.S. Food and Drug Administration on Wednesday approved"
/// and "The FDA approved" give the agency's name as `classify` writes it. A name ending on an
/// agency's word ("Administration", "Agency"), or initials `classify` reads as an official
/// body.
pub(super) fn sentence_opening_agency(context: &str) -> Option<String> {
    let start = sentence_start(context);
    opening_agency(&context[start..]).or_else(|| {
        let end = context[..start].trim_end();
        (start > 0 && !end.is_empty())
            .then(|| opening_agency(&end[sentence_start(end)..]))
            .flatten()
    })
}

fn opening_agency(sentence: &str) -> Option<String> {
    let name = opening_name(sentence)?;
    let last = name.rsplit(' ').next()?;
    let initials = last.len() >= 2 && last.bytes().all(|b| b.is_ascii_uppercase());
    let (kind, name, _) = classify(&name);
    let official = matches!(kind, SourceKind::Official | SourceKind::Organization);
    (official && (is_agency_ending(last) || initials && kind == SourceKind::Official))
        .then_some(name)
}

/// The capitalised name a sentence opens on, without "The", as the subject of a lower-case
/// word after it ("The U.S. Food and Drug Administration on Wednesday approved").
fn opening_name(sentence: &str) -> Option<String> {
    let sentence = sentence.trim_start_matches([' ', '"', '“', '\n']);
    let sentence = sentence
        .strip_prefix("The ")
        .or_else(|| sentence.strip_prefix("the "))
        .unwrap_or(sentence);
    let ws: Vec<&str> = sentence.split(' ').take(10).collect();
    let mut end = 0;
    for (i, w) in ws.iter().enumerate() {
        let cap = is_cap(w) && !w.ends_with([',', ';', ':']);
        let joins = matches!(*w, "and" | "of" | "for" | "&") && i > 0;
        if !(cap || joins) {
            break;
        }
        if cap {
            end = i + 1;
        }
    }
    // the name is the subject of a lower-case word after it ("approved", "on Wednesday")
    let next = ws.get(end)?;
    if end == 0 || !next.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    Some(ws[..end].join(" "))
}

//! The government agency a later "the agency" takes up when the agency was named as the
//! subject of a sentence but was no source ("The FDA approved the pill. The agency said …").

use super::*;

/// Words that end an agency's name ("Food and Drug Administration", "Environmental Protection
/// Agency").
fn is_agency_ending(w: &str) -> bool {
    matches!(
        w,
        "Agency" | "Administration" | "Authority" | "Commission" | "Service" | "Bureau"
    )
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
    let name = ws[..end].join(" ");
    let last = ws[end - 1];
    let initials = last.len() >= 2 && last.bytes().all(|b| b.is_ascii_uppercase());
    let (kind, name, _) = classify(&name);
    let official = matches!(kind, SourceKind::Official | SourceKind::Organization);
    (official && (is_agency_ending(last) || initials && kind == SourceKind::Official))
        .then_some(name)
}

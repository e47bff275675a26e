//! Titles: how news style writes a title before a name, and the person the text before gave a
//! title ("Sen. Ann Lee", "Ann Lee, the senator from Ohio,").

use super::*;

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

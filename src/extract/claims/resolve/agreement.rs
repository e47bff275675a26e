//! Plural agreement: British news writes a body with a plural verb ("Manchester United have
//! sacked their head coach", "Labour are divided"), and a person's name is never the subject
//! of "have", "are" or "were" by itself. Names joined with others ("Smith and Lee have"), a
//! name inside a phrase ("rebuttals from Clinton are"), after a title ("Sen. Ted Cruz and …")
//! or in a condition ("if Trump were to win") show nothing.

/// Whether `name`, which `before` ends at and `after` goes on from, is the subject, alone, of
/// a plural verb right after it ("have", "are", "were"), or with `their` also of a verb whose
/// object "their" opens ("Manchester United sacked their coach"). A plural noun ("The
/// Russians", "Investigations" opening a sentence) agrees as a plural whatever it names.
pub(super) fn agrees_as_plural(name: &str, before: &str, after: &str, their: bool) -> bool {
    let plural_noun = name.ends_with('s') && (!name.contains(' ') || name.starts_with("The "));
    !plural_noun && plural_next(after, their) && opens_clause(before)
}

/// Whether `after` opens on a plural verb, or on a verb and "their".
fn plural_next(after: &str, their: bool) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let mut words = rest.split(' ');
    let verb = words.next().unwrap_or("");
    let next = words.next().unwrap_or("");
    match verb {
        // "were to win" is a condition's, whatever the subject
        "have" | "are" | "were" => !next.is_empty() && next != "to",
        _ => {
            their
                && next == "their"
                && verb.len() > 3
                && verb.ends_with("ed")
                && verb.bytes().all(|b| b.is_ascii_lowercase())
        }
    }
}

/// Whether a name that `before` ends at opens its clause: at the start of a sentence, a
/// paragraph or a quotation, after a comma in a clause that joins no names, or after a word
/// that opens a clause ("that", "after", "because").
fn opens_clause(before: &str) -> bool {
    let t = before.trim_end();
    if t.len() == before.len() {
        // glued to what comes before: only an opening quotation mark or bracket
        return before.is_empty() || before.ends_with(['“', '"', '‘', '(']);
    }
    if t.is_empty() || before[t.len()..].contains('\n') || t.ends_with(['“', '"', ':']) {
        return true;
    }
    let word = t.rsplit([' ', '\n']).next().unwrap_or("");
    let bare = word.trim_end_matches(['"', '”', '’', '\'', ')']);
    if bare.ends_with(['!', '?']) {
        return true;
    }
    if let Some(stem) = bare.strip_suffix('.') {
        // "… in the quarter. United", not "Sen. Cruz" or "U.S. Steel"
        return stem
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    }
    if word.ends_with(',') {
        return !joins_names(t);
    }
    matches!(
        word,
        "that"
            | "after"
            | "because"
            | "when"
            | "while"
            | "since"
            | "but"
            | "until"
            | "before"
            | "once"
            | "unless"
            | "where"
    )
}

/// Whether the clause that `t` ends in (back to the sentence's start, within a line's reach)
/// joins names: "Christie, Bush, and …".
fn joins_names(t: &str) -> bool {
    let mut from = t.len().saturating_sub(160);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    let tail = &t[from..];
    let clause = tail
        .rfind(['.', '!', '?', '\n', ';', ':'])
        .map_or(tail, |p| &tail[p + 1..]);
    clause.split([' ', ',']).any(|w| {
        matches!(
            w,
            "and" | "or" | "nor" | "&" | "both" | "with" | "plus" | "including"
        )
    })
}

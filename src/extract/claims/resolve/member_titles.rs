//! Titles written as a body and "member": "Council member Rita Gomez", "City Council member Ann
//! Lee". American style writes a councillor so as often as "Councilwoman", and the two words
//! are one title before the name, as "Mayor" is: the person's role, never part of a name.

/// Whether the lower-cased word `lower`, with `before` the text before it and `next` the
/// lower-cased word after it, is a word of a member title: "member" after "council", or
/// "council" before "member".
pub(super) fn in_member_title(before: &str, lower: &str, next: Option<&str>) -> bool {
    match lower {
        "member" => {
            let prev = before.trim_end().rsplit([' ', '\n']).next().unwrap_or("");
            prev.eq_ignore_ascii_case("council")
        }
        "council" => next == Some("member"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::in_member_title;

    #[test]
    fn member_after_council_is_a_title() {
        assert!(in_member_title("City Council ", "member", None));
        assert!(in_member_title("City ", "council", Some("member")));
        assert!(!in_member_title("a board ", "member", None));
        assert!(!in_member_title("City ", "council", Some("voted")));
    }
}

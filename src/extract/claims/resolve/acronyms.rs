//! "The ONS said" after "the Office for National Statistics said": a body's initials written
//! in capitals take up the body whose name they spell, so one body is one source.

use super::*;

/// The initials a body's name is shortened to: the first letter of each capitalised word,
/// past the small words inside names ("Office for National Statistics" → "ONS", "Securities
/// and Exchange Commission" → "SEC"). None for a name of fewer than two such words.
fn initials(name: &str) -> Option<String> {
    let mut out = String::new();
    for w in name.split_whitespace() {
        if lexicon::is_name_joiner(w) {
            continue;
        }
        let c = w.chars().next()?;
        if !c.is_ascii_uppercase() {
            return None;
        }
        out.push(c);
    }
    (out.len() >= 2).then_some(out)
}

/// The initials a mention (as cleaned) is, when it is a run of two to six capitals, with
/// "the" or not: "The ONS", "NRA", "WHO".
pub(super) fn as_initials(mention: &str) -> Option<&str> {
    let m = without_article(mention);
    let capitals = (2..=6).contains(&m.len()) && m.bytes().all(|b| b.is_ascii_uppercase());
    capitals.then_some(m)
}

/// "the WHO", "NATO": the initials of a body known by them, which lower-cased may read as a
/// relative pronoun ("who") and cut the mention short: that body, an organization; "the FIR",
/// a document known by its initials, is that document.
pub(super) fn known_initials(mention: &str) -> Option<Classified> {
    let init = as_initials(mention)?;
    // "the FIR" (a first information report, filed with Indian police), "an MOU": documents
    // known by their initials
    if matches!(init, "FIR" | "MOU") {
        return Some((SourceKind::Document, init.to_string(), None));
    }
    lexicon::is_org_word(&init.to_lowercase())
        .then(|| (SourceKind::Organization, init.to_string(), None))
}

impl Resolver {
    /// The source capitals written alone take up: a body whose name they spell or whose name
    /// they were defined for in brackets, or a person whose title they spell.
    pub(super) fn named_by_initials(&self, initials_written: &str, context: &str) -> Option<usize> {
        self.body_of_initials(initials_written)
            .or_else(|| self.body_defined_by_initials(initials_written, context))
            .or_else(|| self.holder_of_initials(initials_written))
    }

    /// The latest body seen whose name the capitals `initials` spell, or that is named by
    /// them ("The military's media wing, ISPR, said …. ISPR said": one body, of the kind the
    /// description gave it).
    pub(super) fn body_of_initials(&self, initials_written: &str) -> Option<usize> {
        self.entities.iter().rposition(|e| {
            matches!(
                e.kind,
                SourceKind::Official | SourceKind::Organization | SourceKind::Media
            ) && (e.name == initials_written
                || initials(&e.name).as_deref() == Some(initials_written))
        })
    }

    /// "the United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said …
    /// OCHA said": the latest body whose name the text wrote right before the capitals in
    /// brackets, which define them, whatever letters its name opens on.
    fn body_defined_by_initials(&self, initials_written: &str, context: &str) -> Option<usize> {
        let at = context.rfind(&format!("({initials_written})"))?;
        let before = context[..at].trim_end();
        self.entities.iter().rposition(|e| {
            matches!(
                e.kind,
                SourceKind::Official | SourceKind::Organization | SourceKind::Media
            ) && e.name.contains(' ')
                && before.ends_with(e.name.as_str())
        })
    }

    /// "Chief Minister Yogendra Rao … The CM said", "Superintendent of Police (SP) Rajesh
    /// Kumar … The SP said": the latest person whose title the capitals spell, the title alone
    /// (a body's name before it is no title of theirs: "the DNC" is not the "Democratic National
    /// Committee chairwoman") or with the capitals after it in brackets.
    fn holder_of_initials(&self, initials_written: &str) -> Option<usize> {
        let bracketed = format!("({initials_written})");
        self.latest(|e| {
            e.kind == SourceKind::Person
                && e.role.as_deref().is_some_and(|role| {
                    // "Deputy Commissioner of Police (Whitefield)", "DCP (South)": the area
                    // in brackets after the title is no part of its initials
                    let open = role.find(" (").filter(|_| !role.contains(&bracketed));
                    let role = open.map_or(role, |k| &role[..k]);
                    let titled = role
                        .split_whitespace()
                        .any(|w| lexicon::is_title(&w.to_lowercase()));
                    role.contains(&bracketed)
                        || titled && initials(role).as_deref() == Some(initials_written)
                        || open.is_some() && role == initials_written
                })
        })
    }
}

/// "the Centers for Disease Control and Prevention", "the National Institutes of Health": a
/// body's name whose initials (of the whole name, or of the name before its last "and") are a
/// government body's known by its initials ("CDC", "NIH") is that official body's.
pub(super) fn official_by_initials(ws: &[&str]) -> Option<Classified> {
    let name = match ws.split_first() {
        Some((&("the" | "The"), rest)) => rest,
        _ => ws,
    };
    if name.len() < 3 || !name.iter().any(|w| matches!(*w, "of" | "for" | "on")) {
        return None;
    }
    let joined = name.join(" ");
    let before_and = joined.rsplit_once(" and ").map(|(b, _)| b);
    let official = |n: &str| {
        initials(n).is_some_and(|i| {
            (3..=4).contains(&i.len()) && lexicon::is_official_word(&i.to_lowercase())
        })
    };
    (official(&joined) || before_and.is_some_and(official))
        .then(|| (SourceKind::Official, joined.clone(), None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_skip_the_small_words_inside_a_name() {
        assert_eq!(
            initials("Office for National Statistics").as_deref(),
            Some("ONS")
        );
        assert_eq!(
            initials("Securities and Exchange Commission").as_deref(),
            Some("SEC")
        );
        assert_eq!(initials("Reuters"), None);
        assert_eq!(initials("the world"), None);
        assert_eq!(as_initials("The NRA"), Some("NRA"));
        assert_eq!(as_initials("Nexora"), None);
        assert_eq!(as_initials("A"), None);
    }
}

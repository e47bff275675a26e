//! Appositives: the person a role set off by commas stands beside ("Ann Lee, chairman of Acme,";
//! "the spokesman, Ed Lim,").

use super::*;

impl Resolver {
    /// The person a role mention stands beside ([`appositive_name`]), resolved at the name:
    /// "The mayor, Lina Okafor, said" is Lina Okafor, whose role is the mayor's post when the
    /// text gave her none before, or only a courtesy title ("The committee's ranking
    /// Republican, Sen. Ann Lee," holds a post that says more than "Sen.").
    pub(super) fn apposed_person(
        &mut self,
        mention: &str,
        at: usize,
        context: &str,
        after: &str,
    ) -> Option<Resolved> {
        let (name, name_at) = appositive_name(mention, context, after, at)?;
        let name_context = &context[..name_at.min(context.len())];
        let known = self.entities.len();
        let resolved = self.resolve(&name, name_at, name_context);
        let e = &mut self.entities[resolved.entity];
        let titled = resolved.entity >= known && e.role.as_deref().is_some_and(is_honorific);
        if e.role.is_none() || titled {
            if let Some(role) = role_of_description(without_article(mention)) {
                e.role = Some(role.to_string());
            }
        }
        Some(resolved)
    }
}

impl Resolver {
    /// "The military's media wing, ISPR, said": a body's initials set off by commas after a
    /// description of a body name it; the body is the source, with the description as its role
    /// (official when the description holds an official word: "military", "ministry").
    pub(super) fn apposed_body(
        &mut self,
        mention: &str,
        at: usize,
        context: &str,
        after: &str,
    ) -> Option<Resolved> {
        let rest = after.strip_prefix(", ")?;
        let (initials, _) = rest.split_once(',')?;
        let role = without_article(mention.trim());
        let ws: Vec<&str> = mention.split_whitespace().collect();
        let first = ws.first()?.to_lowercase();
        let owned = first.ends_with("'s") || first.ends_with("’s");
        // a description: opened by an article or an owner, its head a lower-case word for no
        // person ("the spokesman, ISPR," is left to the person rules)
        let head = head_of(mention);
        if acronyms::as_initials(initials)
            .filter(|i| *i == initials)
            .is_none()
        {
            // "Her label, Meridian Records, said": a body's full name after a word for one
            let name_at = at + mention.len() + 2;
            return self.named_body_apposed(&ws, &head, initials, name_at);
        }
        let described = (lexicon::is_determiner(&first) || owned)
            && ws.len() >= 2
            && ws.last().is_some_and(|w| !is_cap(w))
            && !lexicon::is_person_word(&head)
            && !lexicon::is_anonymous_head(&head)
            && !lexicon::is_title(&head);
        if !described {
            return None;
        }
        // ("the state oil firm, NNPC," is a firm, though the state owns it)
        let firm = firm_nouns::is_firm_noun(&head);
        let official = !firm
            && role.split_whitespace().any(|w| {
                let w = w.to_lowercase();
                let bare = w.trim_end_matches("'s").trim_end_matches("’s");
                lexicon::is_official_word(bare)
            })
            || classify(mention).0 == SourceKind::Official;
        let body = |k: SourceKind| {
            matches!(
                k,
                SourceKind::Organization | SourceKind::Official | SourceKind::Unknown
            )
        };
        if !body(classify(initials).0) {
            return None;
        }
        let name_at = at + mention.len() + 2;
        let resolved = self.resolve(initials, name_at, &context[..at.min(context.len())]);
        let e = &mut self.entities[resolved.entity];
        if !body(e.kind) {
            return Some(resolved);
        }
        if official {
            e.kind = SourceKind::Official;
        } else if e.kind == SourceKind::Unknown {
            e.kind = SourceKind::Organization;
        }
        if e.role.is_none() {
            e.role = Some(role.to_string());
        }
        Some(resolved)
    }
}

/// The person a role mention stands in apposition to, with the byte offset of the name: "Ann
/// Lee, [chairman of Acme], said" or "[the spokesman], Ed Lim, said". Only a role (a title or
/// a common noun for a person, not a name) qualifies, and the name must be a person's.
pub(super) fn appositive_name(
    mention: &str,
    context: &str,
    after: &str,
    at: usize,
) -> Option<(String, usize)> {
    // cheap tests first: a comma must touch the mention on one side
    let comma_after = after.starts_with(", ") && after[2..].starts_with(|c: char| c.is_uppercase());
    let comma_around = context.ends_with(", ") && after.starts_with(',');
    if !(comma_after || comma_around) {
        return None;
    }
    let head = head_of(mention);
    let one = singular(&head);
    // ("the committee's ranking Republican, Sen. Ann Lee," names a post by a party noun)
    // ("An FBI agent, Karen Wu,", "a senior official, Jo Tam,": a word that leaves a person
    // unnamed alone is a role beside the name)
    let person_head = lexicon::is_title(&head)
        || lexicon::is_person_word(&head)
        || lexicon::is_anonymous_head(&head)
        || is_party_noun(&head);
    if one != head || !person_head {
        return None;
    }
    // "the deputy leader" and "Labour's deputy leader" are people too (a post one person
    // holds), but roles all the same: their last word is no name
    // ("the Opposition Leader", "the Premier": a title capitalised alone is no name either)
    // ("Its CEO, Rhys Dyer," and "Acme's CFO, Jo Tam,": a title in capitals after an owner)
    let first = mention
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let owner = matches!(first.as_str(), "its" | "his" | "her" | "their" | "our")
        || first.ends_with("'s")
        || first.ends_with("’s");
    let determined = mention.starts_with("the ") || mention.starts_with("The ") || owner;
    let role_only = mention.split_whitespace().last().is_some_and(|w| {
        !w.starts_with(char::is_uppercase) || determined && lexicon::is_title(&w.to_lowercase())
    });
    // ("the Chairman of Maru LGA": a person described, whose name is the description; "the
    // director of research" read as a document by its last word has a person's head)
    let (kind, name, _) = classify(mention);
    let role = match kind {
        SourceKind::Unknown
        | SourceKind::Document
        | SourceKind::Anonymous
        | SourceKind::Organization
        | SourceKind::Official => true,
        SourceKind::Person => role_only || name.starts_with("the "),
        _ => false,
    };
    if !role {
        return None;
    }
    let person = |name: &str| classify(name).0 == SourceKind::Person;
    // "[the spokesman], Ed Lim, said"
    if let Some(rest) = after.strip_prefix(", ") {
        if let Some(name) = name_after(rest) {
            // (the name's words are joined by one space: it may not be the text's own prefix)
            // ("the chairman, Thomas Bledsoe of Kansas, said": a place after the name)
            let set_off = rest.split(',').next().filter(|_| rest.contains(','));
            let closed = rest
                .strip_prefix(name.as_str())
                .is_some_and(|r| r.starts_with(','))
                || set_off.is_some_and(|s| name_before_place(s) == name);
            // ("Another reader, Mark, says": a given name alone names one who writes in)
            let given = !name.contains(' ') && is_given_name(&name.to_lowercase());
            if closed && (name.contains(' ') || given) && person(&name) {
                return Some((name, at + mention.len() + 2));
            }
        }
        // "[his wife], Navy veteran Jane Doe, said": a role before the name
        if let Some(set_off) = rest.split(',').next().filter(|_| rest.contains(',')) {
            // ("Sen. Ann Lee of Kansas", "Sen. Ann Lee (R-Kan.)": the name before a place)
            let core = name_before_place(set_off);
            let words: Vec<&str> = core.split_whitespace().collect();
            let named = (3..=6).contains(&words.len())
                && words[words.len() - 2..].iter().all(|w| is_cap(w));
            let (kind, name, role) = if named {
                classify(set_off)
            } else {
                (SourceKind::Unknown, String::new(), None)
            };
            if kind == SourceKind::Person && role.is_some() && name.contains(' ') {
                return Some((set_off.to_string(), at + mention.len() + 2));
            }
        }
    }
    // "Ann Lee, [chairman of Acme], said": the role closed by a comma too, not the subject
    // of a new clause ("told Ann Lee, the candidate said")
    if !after.starts_with(',') {
        return None;
    }
    let before = context.strip_suffix(", ")?;
    let name = name_before(before)?;
    (person(&name) && before.ends_with(name.as_str()))
        .then(|| (name.clone(), before.len() - name.len()))
}

/// A set-off name without the place or the party and state after it: "Sen. Ann Lee of
/// Kansas" and "Sen. Ann Lee (R-Kan.)" give "Sen. Ann Lee"; any other phrase is itself.
fn name_before_place(set_off: &str) -> &str {
    if let Some((name, _)) = set_off.split_once(" (").filter(|_| set_off.ends_with(')')) {
        return name;
    }
    match set_off.split_once(" of ") {
        Some((name, place)) if place.split_whitespace().all(is_cap) => name,
        _ => set_off,
    }
}

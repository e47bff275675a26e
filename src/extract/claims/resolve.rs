//! Source resolution: a mention as written ("he", "the source", "Nunez", "Parisian police chief
//! Laurent Nunez") becomes a source with a canonical name, a role and a kind, linked back to
//! earlier mentions of the same source.

use super::lexicon;
use crate::vocab::SourceKind;

/// A source the article has mentioned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub name: String,
    pub kind: SourceKind,
    pub role: Option<String>,
    /// Lower-cased head noun ("source", "ministry") or surname.
    pub head: String,
    pub plural_seen: bool,
    pub singular_seen: bool,
    /// Byte offset of the latest mention.
    pub last: usize,
}

/// What one mention resolved to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub entity: usize,
    pub plural: bool,
}

/// Resolves mentions in article order, remembering the sources seen so far.
#[derive(Debug, Default)]
pub struct Resolver {
    pub entities: Vec<Entity>,
}

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '“' | '”' | '"')))
        .filter(|w| !w.is_empty())
        .collect()
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The head of a mention: its last word before a post-modifier, lower-cased (the one
/// definition, shared with the sourcing rules' plural test).
pub fn head_of(mention: &str) -> String {
    crate::sourcing::mention_head(mention)
}

fn singular(w: &str) -> &str {
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        &w[..w.len() - 1]
    } else {
        w
    }
}

/// A mention without a closing reflexive: "Clinton herself" is Clinton, with emphasis.
fn without_reflexive(mention: &str) -> &str {
    let m = mention.trim();
    match m.rsplit_once(' ') {
        Some((rest, "herself" | "himself" | "itself" | "themselves")) => rest,
        _ => m,
    }
}

/// A mention without what is not part of its name: a leading conjunction or sentence adverb
/// ("Although Scott", "and the report") and a trailing parenthetical ("Rep. Ann Lee (D-Ore.)").
fn clean_mention(mention: &str) -> String {
    let mut m = without_reflexive(mention);
    if m.ends_with(')') {
        if let Some(o) = m.rfind('(') {
            m = m[..o].trim_end();
        }
    }
    loop {
        let first = m.split_whitespace().next().unwrap_or("");
        let lower = first.to_lowercase();
        let drop = matches!(
            lower.as_str(),
            "and"
                | "but"
                | "although"
                | "though"
                | "so"
                | "still"
                | "even"
                | "meanwhile"
                | "however"
                | "yet"
                | "also"
                | "rival"
                | "while"
                | "when"
                | "as"
        ) && m.len() > first.len();
        if !drop {
            break;
        }
        m = m[first.len()..].trim_start();
    }
    m.to_string()
}

/// Kind, canonical name and role of a fresh mention.
pub fn classify(mention: &str) -> (SourceKind, String, Option<String>) {
    let mention = clean_mention(mention);
    let mention = mention.as_str();
    let ws = words(mention);
    let lower: Vec<String> = ws.iter().map(|w| w.to_lowercase()).collect();
    let joined = lower.join(" ");
    let head = head_of(mention);
    let strip_the = |s: &str| -> String {
        let t = s.trim();
        for p in ["the ", "The "] {
            if let Some(r) = t.strip_prefix(p) {
                return r.to_string();
            }
        }
        t.to_string()
    };
    let lower_first = |s: &str| -> String {
        let first_word = s.split_whitespace().next().unwrap_or("");
        let det = lexicon::is_determiner(&first_word.to_lowercase());
        let mut c = s.chars();
        match (c.next(), s.chars().nth(1)) {
            (Some(f), Some(_)) if det => f.to_lowercase().collect::<String>() + c.as_str(),
            _ => s.to_string(),
        }
    };
    // the core: words before a post-modifier
    let core_len = lower
        .iter()
        .enumerate()
        .position(|(k, w)| {
            matches!(
                w.as_str(),
                "who"
                    | "with"
                    | "familiar"
                    | "close"
                    | "knowledgeable"
                    | "briefed"
                    | "involved"
                    | "speaking"
                    | "that"
            ) || (matches!(w.as_str(), "of" | "from" | "for" | "at")
                && k >= 2
                && is_cap(ws[k - 1])
                && is_cap(ws[k - 2])
                && !lexicon::is_name_stop(&lower[k - 2])
                && !is_body_word(singular(&lower[k - 1]))
                && lower.get(k + 1).is_some_and(|n| {
                    n == "the" || (matches!(w.as_str(), "for" | "at") && is_cap(ws[k + 1]))
                }))
        })
        .unwrap_or(lower.len());
    let core = &ws[..core_len];
    let core_lower = &lower[..core_len];

    if lexicon::is_outlet_name(&joined) || lexicon::is_outlet_name(&strip_the(&joined)) {
        return (SourceKind::Media, strip_the(&ws.join(" ")), None);
    }
    // "China said", "the United States warned": a country speaks through its government
    let bare = strip_the(&joined);
    if core_len == lower.len()
        && ws.first().is_some_and(|w| is_cap(w) || *w == "the")
        && lexicon::is_country_name(&bare)
    {
        return (SourceKind::Official, strip_the(&ws.join(" ")), None);
    }
    // "Britain and France", "the ministry and the army": bodies named together speak as one
    if let Some(kind) = coordinated_kind(&ws) {
        return (kind, strip_the(&ws.join(" ")), None);
    }
    // "a truck driver from Ava, Mo.", "chairman of the board of Acme": a role, not a name
    if let Some(kind) = role_with_place(&lower, &ws) {
        return (kind, lower_first(mention), None);
    }
    // "only 7 percent", "six in 10", "those surveyed": a share of a poll's respondents
    if is_share_of_respondents(&lower) {
        return (SourceKind::UnnamedGroup, lower_first(&ws.join(" ")), None);
    }
    // "a CNN poll released Monday", "a study by the institute": a document with its maker
    // a capitalised one is part of a name ("the Center for Coastal Studies")
    if let Some(d) = lower
        .iter()
        .take(7)
        .zip(&ws)
        .position(|(w, written)| lexicon::is_document_head(w) && !is_cap(written))
    {
        let opens = core_lower
            .first()
            .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the" | "its" | "their" | "this"));
        let qualified = d + 1 == lower.len()
            || matches!(
                lower[d + 1].as_str(),
                "released" | "published" | "conducted" | "by" | "from" | "issued" | "commissioned"
            );
        if opens && qualified && d > 0 {
            return (SourceKind::Document, lower_first(&ws.join(" ")), None);
        }
    }
    // a capitalised run at the end of the core is a name
    let mut run_start = core.len();
    // "Bureau of Labor Statistics", "Commission on Presidential Debates", "Center for
    // American Progress": a preposition after a body's word stays inside its name, and so
    // does a surname's particle ("Bill de Blasio")
    while run_start > 0
        && (is_cap(core[run_start - 1])
            || core[run_start - 1] == "of"
            || (is_name_particle(core[run_start - 1])
                && run_start >= 2
                && is_cap(core[run_start - 2]))
            || (matches!(core[run_start - 1], "on" | "for")
                && run_start >= 2
                && is_body_word(&core_lower[run_start - 2])))
    {
        run_start -= 1;
    }
    while run_start < core.len() && !is_cap(core[run_start]) {
        run_start += 1;
    }
    let run: Vec<&str> = core[run_start..].to_vec();
    let run_lower: Vec<&String> = core_lower[run_start..].iter().collect();
    let any_word = |f: fn(&str) -> bool| core_lower.iter().any(|w| f(w.trim_end_matches("'s")));

    // "Intelligence sources", "French authorities", "many security experts": no name at the end
    if run.is_empty() || (run.len() < core.len() && run_start == 0) {
        let spokes = matches!(
            head.as_str(),
            "spokesman" | "spokeswoman" | "spokesperson" | "representative"
        );
        if !spokes && head != "police" {
            if lexicon::is_group_head(&head)
                && !matches!(
                    head.as_str(),
                    "members" | "staff" | "insiders" | "workers" | "employees" | "diplomats"
                )
            {
                return (SourceKind::UnnamedGroup, lower_first(&ws.join(" ")), None);
            }
            if lexicon::is_anonymous_head(&head) {
                return (SourceKind::Anonymous, lower_first(&ws.join(" ")), None);
            }
        }
    }
    // "Mr. King", "Dr. Ruth Patel": an honorific opens a person's name
    if run.len() >= 2
        && matches!(
            run_lower[0].as_str(),
            "mr." | "mrs." | "ms." | "dr." | "sen." | "rep." | "gov." | "mr" | "mrs" | "ms" | "dr"
        )
    {
        // "Mr. King" keeps its honorific; "Sen. Ann Lee" is Ann Lee, a senator
        let political = matches!(run_lower[0].as_str(), "sen." | "rep." | "gov.");
        let name_from = if political { run_start + 1 } else { run_start };
        let role = strip_the(&core[..name_from].join(" "));
        return (
            SourceKind::Person,
            core[name_from..].join(" "),
            (!role.is_empty()).then_some(role),
        );
    }
    if !run.is_empty() {
        let last = run_lower.last().map(|s| s.as_str()).unwrap_or("");
        let last = last.trim_end_matches("'s");
        if lexicon::is_media_word(last)
            && run.len() >= 2
            && !lexicon::is_official_word(last)
            && !lexicon::is_org_word(last)
        {
            return (SourceKind::Media, strip_the(&core.join(" ")), None);
        }
        if lexicon::is_outlet_name(last) || (run.len() >= 2 && lexicon::is_outlet_ending(last)) {
            return (SourceKind::Media, strip_the(&core.join(" ")), None);
        }
        if lexicon::is_pollster(last) && run.len() == 1 {
            return (SourceKind::Organization, run.join(" "), None);
        }
        if lexicon::is_group_head(last) && run.len() == 1 && core.len() <= 2 {
            // "Republicans", "Democrats"
            return (SourceKind::UnnamedGroup, lower_first(&ws.join(" ")), None);
        }
        let has_official = run_lower
            .iter()
            .any(|w| lexicon::is_official_word(w.trim_end_matches("'s")));
        let has_org = run_lower
            .iter()
            .any(|w| lexicon::is_org_word(w.trim_end_matches("'s")));
        // "Charlie King", "Bob Host": a capitalised given name before a title-like surname
        let given_name_before = run.len() >= 2 && {
            let prev = run_lower[run.len() - 2].as_str();
            !lexicon::is_title(prev)
                && !lexicon::is_official_word(prev)
                && !lexicon::is_org_word(prev)
                && !lexicon::is_media_word(prev)
                && lexicon::is_title(last)
        };
        let last_is_name = given_name_before
            || (!lexicon::is_official_word(last)
                && !lexicon::is_org_word(last)
                && !lexicon::is_media_word(last)
                && !lexicon::is_title(last)
                && !lexicon::is_anonymous_head(last)
                && !lexicon::is_group_head(last));
        if last_is_name {
            // a person: titles and descriptors before the name are the role
            let title_at = run_lower.iter().rposition(|w| {
                lexicon::is_title(w) || lexicon::is_official_word(w) || is_leadership_word(w)
            });
            let name_from = match title_at {
                Some(t) if t + 1 < run.len() => run_start + t + 1,
                _ => run_start,
            };
            let name = core[name_from..].join(" ");
            let role = core[..name_from].join(" ");
            let role = strip_the(&role);
            let role = (!role.is_empty()).then_some(role);
            // "the Department of Justice", "the Daily Caller": a name after "the" or with "of"
            // inside it, and no title before it, names a body, not a person
            let body_name = (name_from.max(run_start + 1)..core_len).any(|k| {
                matches!(core_lower[k].as_str(), "of" | "on" | "for")
                    && is_body_word(&core_lower[k - 1])
            }) || (name_from == run_start
                && run_start == 1
                && core_lower[0] == "the"
                && run.len() >= 2
                && !lexicon::is_group_head(&format!("{last}s")));
            if body_name {
                let kind = if has_official {
                    SourceKind::Official
                } else {
                    SourceKind::Organization
                };
                return (kind, strip_the(&run.join(" ")), None);
            }
            if !(has_official || has_org) || name_from > run_start || run.len() <= 3 {
                return (SourceKind::Person, name, role);
            }
        }
        if has_official {
            return (SourceKind::Official, strip_the(&core.join(" ")), None);
        }
        if has_org {
            return (SourceKind::Organization, strip_the(&core.join(" ")), None);
        }
    }
    if lexicon::is_document_head(&head) {
        return (SourceKind::Document, lower_first(&ws.join(" ")), None);
    }
    if any_word(lexicon::is_official_word) && (core.iter().any(|w| is_cap(w)) || head == "police") {
        return (SourceKind::Official, strip_the(&core.join(" ")), None);
    }
    // "Trump's campaign manager" is a person holding a post in a body, not the body
    let holder = (lexicon::is_title(&head) || lexicon::is_person_noun(&head))
        && core_lower.last().is_some_and(|w| *w == head)
        && !matches!(
            head.as_str(),
            "spokesman" | "spokeswoman" | "spokesperson" | "representative"
        );
    if any_word(lexicon::is_org_word) && core.iter().any(|w| is_cap(w)) && !holder {
        return (SourceKind::Organization, strip_the(&core.join(" ")), None);
    }
    let quantified = core_lower.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "many"
                | "some"
                | "most"
                | "several"
                | "numerous"
                | "various"
                | "few"
                | "other"
                | "all"
                | "both"
        )
    });
    if lexicon::is_group_head(&head)
        && !matches!(
            head.as_str(),
            "members" | "staff" | "insiders" | "workers" | "employees" | "diplomats"
        )
    {
        return (SourceKind::UnnamedGroup, lower_first(&ws.join(" ")), None);
    }
    if lexicon::is_anonymous_head(&head) || lexicon::is_group_head(&head) {
        if quantified && !matches!(head.as_str(), "sources" | "officials" | "people") {
            return (SourceKind::UnnamedGroup, lower_first(&ws.join(" ")), None);
        }
        return (SourceKind::Anonymous, lower_first(&ws.join(" ")), None);
    }
    // "Some candidates", "rival Republican candidates": a category of people, not named
    let plural_head = crate::sourcing::is_plural_mention(mention)
        && core
            .last()
            .is_some_and(|w| !is_cap(w) && !is_pronoun(&w.to_lowercase()))
        && !lexicon::is_anonymous_head(&head);
    let definite = core_lower.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "the" | "this" | "that" | "his" | "her" | "their" | "its"
        )
    });
    if plural_head && (quantified || !definite) {
        return (SourceKind::UnnamedGroup, lower_first(&ws.join(" ")), None);
    }
    // "a neighbor", "the woman", "a 2008 campaign veteran": a person the text leaves unnamed
    if lexicon::is_person_noun(singular(&head)) {
        return (SourceKind::Anonymous, lower_first(&ws.join(" ")), None);
    }
    if lexicon::is_title(&head) {
        // "the Indiana governor" names a position someone holds: identifiable, so not
        // anonymous; "a senior aide" is not
        // "the Indiana governor" and "Acme's chief executive" alike
        let definite = core_lower.first().is_some_and(|w| w == "the")
            || core_lower
                .iter()
                .any(|w| w.ends_with("'s") || w.ends_with("’s"));
        let kind = if definite {
            SourceKind::Unknown
        } else {
            SourceKind::Anonymous
        };
        return (kind, lower_first(&ws.join(" ")), None);
    }
    if lexicon::is_official_word(&head) {
        return (SourceKind::Official, strip_the(&ws.join(" ")), None);
    }
    if lexicon::is_org_word(&head) {
        return (SourceKind::Organization, strip_the(&ws.join(" ")), None);
    }
    // "engineers", "aid groups": a bare plural of common nouns is a category of people
    let bare_plural = !core.iter().any(|w| is_cap(w))
        && head.len() > 3
        && head.ends_with('s')
        && !head.ends_with("ss")
        && !definite;
    if bare_plural {
        return (SourceKind::UnnamedGroup, ws.join(" "), None);
    }
    (SourceKind::Unknown, strip_the(&ws.join(" ")), None)
}

/// The kind of a mention that joins two names with "and" ("Britain and France", "the Treasury
/// and the Fed") when both are bodies of one kind; people named together keep the old reading.
fn coordinated_kind(ws: &[&str]) -> Option<SourceKind> {
    let and = ws.iter().position(|w| *w == "and" || *w == "&")?;
    let (left, right) = (&ws[..and], &ws[and + 1..]);
    let opens = |side: &[&str]| {
        let side = match side.first() {
            Some(&"the") | Some(&"The") => &side[1..],
            _ => side,
        };
        side.first().is_some_and(|w| is_cap(w)) && !side.contains(&"of")
    };
    if !opens(left) || !opens(right) {
        return None;
    }
    let (a, b) = (classify(&left.join(" ")).0, classify(&right.join(" ")).0);
    let body = matches!(
        a,
        SourceKind::Official | SourceKind::Organization | SourceKind::Media
    );
    (a == b && body).then_some(a)
}

/// The kind of a mention that names a role by a place or body it belongs to ("a truck driver
/// from Ava, Mo.", "chairman of the board of Acme", "officials at the Pentagon"): the
/// capitalised words after the preposition are not the source's name. An indefinite or plural
/// role is unnamed; "the" role names one holder, who is identifiable but not named.
fn role_with_place(lower: &[String], ws: &[&str]) -> Option<SourceKind> {
    // the first preposition: "a study by economists at Duke" is a study, not economists
    let p = lower.iter().position(|w| {
        matches!(
            w.as_str(),
            "of" | "from" | "to" | "at" | "in" | "for" | "with" | "on" | "by"
        )
    })?;
    let head = lower.get(p.checked_sub(1)?)?.as_str();
    if is_cap(ws[p - 1])
        || !ws[p + 1..].iter().any(|w| is_cap(w))
        || matches!(
            head,
            "spokesman" | "spokeswoman" | "spokesperson" | "representative"
        )
    {
        return None;
    }
    // "former secretary of state Ann Lee": a name closing the mention is the source's own
    let mut r = ws.len();
    while r > p + 1 && is_cap(ws[r - 1]) {
        r -= 1;
    }
    let before_name = lower[r - 1].as_str();
    if r < ws.len()
        && !matches!(
            before_name,
            "of" | "from" | "to" | "at" | "in" | "for" | "with" | "on" | "the"
        )
        && !lexicon::is_determiner(before_name)
    {
        return None;
    }
    let one = singular(head);
    let person = lexicon::is_title(one)
        || lexicon::is_person_noun(one)
        || lexicon::is_anonymous_head(head)
        || lexicon::is_group_head(head);
    if !person {
        return None;
    }
    if lexicon::is_group_head(head) && !lexicon::is_anonymous_head(head) {
        return Some(SourceKind::UnnamedGroup);
    }
    let definite = p > 1 && lower[0] == "the" || p == 1;
    Some(if definite && one == head {
        SourceKind::Unknown
    } else {
        SourceKind::Anonymous
    })
}

/// Whether a mention is a share of a poll's respondents ("only 7 percent", "six in 10",
/// "a majority", "those surveyed").
fn is_share_of_respondents(lower: &[String]) -> bool {
    let last = lower.last().map_or("", |w| w.as_str());
    let n = lower.len();
    matches!(last, "percent" | "%")
        || last.ends_with('%')
        || (n >= 3 && lower[n - 2] == "in" && matches!(last, "10" | "ten" | "5" | "five" | "4"))
        || (n == 2
            && matches!(lower[0].as_str(), "those" | "people" | "respondents")
            && matches!(
                last,
                "surveyed" | "polled" | "questioned" | "interviewed" | "asked"
            ))
}

/// Words of a legislature's leadership titles and party labels that are no names ("Senate
/// Minority Whip Dick Durbin", "House Majority Leader Ann Lee", "Republican Ann Lee").
fn is_leadership_word(w: &str) -> bool {
    matches!(
        w,
        "whip"
            | "majority"
            | "minority"
            | "ranking"
            | "floor"
            | "pro"
            | "tem"
            | "republican"
            | "democrat"
            | "democratic"
    )
}

/// Whether a word names a kind of organization or official body ("commission", "center").
fn is_body_word(w: &str) -> bool {
    lexicon::is_org_word(w) || lexicon::is_official_word(w)
}

fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she"
            | "i"
            | "they"
            | "we"
            | "it"
            | "who"
            | "which"
            | "you"
            | "him"
            | "her"
            | "his"
            | "their"
            | "its"
    )
}

impl Resolver {
    /// Resolves a mention (its text as written, at byte offset `at`), with `context` the article
    /// text before it (for a pronoun whose person has not been a source yet).
    pub fn resolve(&mut self, mention: &str, at: usize, context: &str) -> Resolved {
        self.resolve_in(mention, at, context, "")
    }

    /// Resolves a mention as [`Resolver::resolve`] does, with `after` the article text after
    /// it: a role set off by commas next to a name ("Ann Lee, chairman of Acme, said"; "the
    /// spokesman, Ed Lim, said") is that named person.
    pub fn resolve_in(&mut self, mention: &str, at: usize, context: &str, after: &str) -> Resolved {
        if let Some((name, name_at)) = appositive_name(mention, context, after, at) {
            let name_context = &context[..name_at.min(context.len())];
            return self.resolve(&name, name_at, name_context);
        }
        let mention = without_reflexive(mention);
        let plural = crate::sourcing::is_plural_mention(mention);
        let lower = mention.trim().to_lowercase();
        let ws = words(mention);
        if lower == "who" {
            // "… on Sanders, who said": the relative pronoun takes the phrase right before it
            if let Some(start) = antecedent_start(context) {
                let phrase = context[start..].trim_end().trim_end_matches(',');
                return self.resolve(phrase, start, &context[..start]);
            }
        }
        let idx = if ws.len() == 1 && is_pronoun(&lower) {
            self.pronoun(&lower, mention, context)
        } else if let Some(i) = self.definite(&lower, &ws, context) {
            Some(i)
        } else if let Some(i) = self.titled(&lower, context) {
            Some(i)
        } else {
            self.name_variant(&ws)
        };
        let idx = match idx {
            Some(i) => i,
            None if matches!(lower.as_str(), "he" | "she" | "i" | "his" | "her" | "him") => {
                // a person the text has not named yet
                self.add(
                    mention.trim().to_string(),
                    SourceKind::Person,
                    None,
                    lower.clone(),
                )
            }
            None => {
                let (kind, mut name, role) = classify(mention);
                if kind == SourceKind::Person && !name.contains(' ') {
                    if let Some(full) = full_name_before(context, &name) {
                        name = full;
                    }
                }
                self.add(name, kind, role, head_of(mention))
            }
        };
        let e = &mut self.entities[idx];
        e.last = at;
        if plural {
            e.plural_seen = true;
        } else if !is_pronoun(&lower) || matches!(lower.as_str(), "he" | "she" | "it") {
            e.singular_seen = true;
        }
        Resolved {
            entity: idx,
            plural,
        }
    }

    fn add(&mut self, name: String, kind: SourceKind, role: Option<String>, head: String) -> usize {
        if let Some(i) = self
            .entities
            .iter()
            .position(|e| e.name.eq_ignore_ascii_case(&name) && e.kind == kind)
        {
            if self.entities[i].role.is_none() {
                self.entities[i].role = role;
            }
            return i;
        }
        let head = if kind == SourceKind::Person {
            name.split_whitespace().last().unwrap_or("").to_lowercase()
        } else {
            head
        };
        self.entities.push(Entity {
            name,
            kind,
            role,
            head,
            plural_seen: false,
            singular_seen: false,
            last: 0,
        });
        self.entities.len() - 1
    }

    fn latest(&self, f: impl Fn(&Entity) -> bool) -> Option<usize> {
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| f(e))
            .max_by_key(|(_, e)| e.last)
            .map(|(i, _)| i)
    }

    fn pronoun(&mut self, p: &str, _mention: &str, context: &str) -> Option<usize> {
        match p {
            "he" | "she" | "i" | "him" | "her" | "his" | "who" => {
                let found = self.latest(|e| e.kind == SourceKind::Person);
                if let Some(i) = found {
                    // "Ann Reyes, a council member, spoke first. She said …": a person who
                    // opens a sentence after the last source's mention is the nearer one
                    let Some(name) = subject_name_after(context, self.entities[i].last) else {
                        return found;
                    };
                    let (kind, name, role) = classify(&name);
                    if kind != SourceKind::Person {
                        return found;
                    }
                    return Some(self.add(name.clone(), kind, role, name.to_lowercase()));
                }
                let name = last_person_name(context)?;
                let (kind, name, role) = classify(&name);
                let kind = if kind == SourceKind::Unknown {
                    SourceKind::Person
                } else {
                    kind
                };
                Some(self.add(name.clone(), kind, role, name.to_lowercase()))
            }
            "they" | "we" | "their" => self.latest(|e| {
                e.plural_seen
                    || matches!(
                        e.kind,
                        SourceKind::UnnamedGroup
                            | SourceKind::Organization
                            | SourceKind::Official
                            | SourceKind::Anonymous
                    )
            }),
            "it" | "its" | "which" => self.latest(|e| {
                matches!(
                    e.kind,
                    SourceKind::Organization
                        | SourceKind::Official
                        | SourceKind::Media
                        | SourceKind::Document
                )
            }),
            _ => None,
        }
    }

    /// "the source", "the official", "the association", "the ministry", "the report".
    fn definite(&mut self, lower: &str, ws: &[&str], context: &str) -> Option<usize> {
        let rest = lower
            .strip_prefix("the ")
            .or_else(|| lower.strip_prefix("this "))
            .or_else(|| lower.strip_prefix("that "))
            .or_else(|| lower.strip_prefix("these "))
            .or_else(|| lower.strip_prefix("those "))?;
        if ws.iter().skip(1).any(|w| is_cap(w)) || rest.split_whitespace().count() > 3 {
            return None;
        }
        let head = head_of(rest);
        let sing = singular(&head).to_string();
        let found = self.latest(|e| {
            singular(&e.head) == sing
                || e.name
                    .to_lowercase()
                    .split_whitespace()
                    .any(|w| w == head || w == sing)
        });
        if found.is_some() {
            return found;
        }
        if lexicon::is_title(&head)
            || matches!(head.as_str(), "candidate" | "nominee" | "president")
        {
            if let Some(i) = self.titled(lower, context) {
                return Some(i);
            }
            return self.latest(|e| e.kind == SourceKind::Person);
        }
        None
    }

    /// "the senator", "the South Carolina senator", "the president": a title after "the" names
    /// the person the text gave that title, before a name ("Sen. Lindsey Graham") or in an
    /// appositive ("Lindsey Graham, the South Carolina senator,"), whether or not that person
    /// has been a source yet.
    fn titled(&mut self, lower: &str, context: &str) -> Option<usize> {
        let rest = lower.strip_prefix("the ")?;
        let head = head_of(rest);
        if rest.split_whitespace().count() > 4
            || !rest.ends_with(head.as_str())
            || !lexicon::is_title(&head)
        {
            return None;
        }
        let name = titled_name_before(context, rest, &head)?;
        let (kind, name, role) = classify(&name);
        if kind != SourceKind::Person {
            return None;
        }
        let surname = name.split_whitespace().last()?.to_lowercase();
        let known =
            self.latest(|e| e.kind == SourceKind::Person && (e.name == name || e.head == surname));
        known.or_else(|| Some(self.add(name, kind, role, surname)))
    }

    /// "Nunez" after "Laurent Nunez"; "Mr. Trump" after "Donald Trump".
    fn name_variant(&self, ws: &[&str]) -> Option<usize> {
        let names: Vec<&str> = ws
            .iter()
            .copied()
            .filter(|w| !lexicon::is_title(&w.to_lowercase()))
            .collect();
        if names.is_empty() || names.len() > 2 || !names.iter().all(|w| is_cap(w)) {
            return None;
        }
        let last = names.last()?.trim_end_matches("'s").to_lowercase();
        // "Hillary Clinton" is not "Chelsea Clinton": a given name written must be the same
        let given = (names.len() == 2).then_some(names[0]);
        self.latest(|e| {
            e.kind == SourceKind::Person
                && e.head == last
                && e.name.contains(' ')
                && given.map_or(true, |g| e.name.split_whitespace().any(|w| w == g))
        })
    }
}

/// Where the phrase that a relative "who" follows starts in `context` (the text before the
/// "who"): a name ("… on Bernie Sanders, who") or a noun phrase of people back to its
/// determiner or number ("only 24 percent who", "the voters who"); none otherwise.
fn antecedent_start(context: &str) -> Option<usize> {
    let text = context.trim_end();
    let text = text.strip_suffix(',').unwrap_or(text);
    let mut words = word_starts(text);
    let (at, last) = words.next()?;
    if is_cap(last) {
        return name_start(at, words);
    }
    let head = last.to_lowercase();
    let people = head == "percent"
        || lexicon::is_group_head(&head)
        || lexicon::is_anonymous_head(&head)
        || lexicon::is_person_noun(singular(&head))
        || lexicon::is_title(singular(&head));
    if !people || !head.chars().all(char::is_alphabetic) {
        return None;
    }
    // back to a determiner or number within three words, else the head alone
    let found = words
        .take(3)
        .take_while(|(_, w)| !is_cap(w) && !w.ends_with([',', '.', ';', ':', '"', '”']))
        .find(|(_, w)| {
            let w = w.to_lowercase();
            lexicon::is_determiner(&w) || w.chars().all(|c| c.is_ascii_digit())
        });
    Some(found.map_or(at, |(a, _)| a))
}

/// Where the name whose last word starts at `at` starts, given the words before it from the
/// nearest back ("the Bank of Japan", "Bernie Sanders").
fn name_start<'a>(mut at: usize, words: impl Iterator<Item = (usize, &'a str)>) -> Option<usize> {
    let mut of = false;
    for (k, (a, w)) in words.enumerate() {
        let lower = w.to_lowercase();
        if k >= 4 || w.ends_with([',', '.', ';', ':', '"', '”', ')']) && !of {
            break;
        }
        if is_cap(w) && !lexicon::is_name_stop(&lower) {
            at = a;
            of = false;
        } else if lower == "of" && !of {
            of = true;
        } else {
            if lower == "the" && !of {
                at = a;
            }
            break;
        }
    }
    Some(at)
}

/// The words of `text` from its end backwards, each with its byte offset.
fn word_starts(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut end = text.len();
    std::iter::from_fn(move || {
        let t = text[..end].trim_end();
        if t.is_empty() {
            return None;
        }
        let at = t
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        end = at;
        Some((at, &t[at..]))
    })
}

/// The person a role mention stands in apposition to, with the byte offset of the name: "Ann
/// Lee, [chairman of Acme], said" or "[the spokesman], Ed Lim, said". Only a role (a title or
/// a common noun for a person, not a name) qualifies, and the name must be a person's.
fn appositive_name(
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
    if one != head || !(lexicon::is_title(&head) || lexicon::is_person_noun(&head)) {
        return None;
    }
    let role = matches!(
        classify(mention).0,
        SourceKind::Unknown
            | SourceKind::Anonymous
            | SourceKind::Organization
            | SourceKind::Official
    );
    if !role {
        return None;
    }
    let person = |name: &str| classify(name).0 == SourceKind::Person;
    // "[the spokesman], Ed Lim, said"
    if let Some(rest) = after.strip_prefix(", ") {
        if let Some(name) = name_after(rest) {
            let closed = rest[name.len()..].starts_with(',');
            if closed && name.contains(' ') && rest.starts_with(name.as_str()) && person(&name) {
                return Some((name, at + mention.len() + 2));
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

/// How news style writes a title before a name: "Senator"/"Sen. Ann Lee", "President Ann Lee".
fn title_forms(head: &str) -> &'static [&'static str] {
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
fn titled_name_before(context: &str, rest: &str, head: &str) -> Option<String> {
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
        if described.contains([',', '.', ';', '"', '“', '”']) || !same {
            continue;
        }
        if let Some(name) = name_before(&context[..from + comma]) {
            best = Some((from + comma, name));
            break;
        }
    }
    best.map(|(_, name)| name)
}

/// The capitalised words that open `text` ("Ann Lee, who …" gives "Ann Lee"; "Ann Lee's"
/// and "Ann Lee." too).
fn name_after(text: &str) -> Option<String> {
    let mut name: Vec<&str> = Vec::new();
    let ws: Vec<&str> = text.split_whitespace().take(5).collect();
    for (k, &w) in ws.iter().enumerate() {
        let bare = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or_else(|| w.trim_end_matches([',', ';', ':', '.', ')']));
        // "Bill de Blasio", "Vincent van Gogh": a surname's particle inside the name
        let particle =
            !name.is_empty() && is_name_particle(bare) && ws.get(k + 1).is_some_and(|n| is_cap(n));
        if !particle && (!is_cap(bare) || lexicon::is_name_stop(&bare.to_lowercase())) {
            break;
        }
        name.push(bare);
        let initial = w.ends_with('.') && bare.chars().count() == 1;
        if w.len() != bare.len() && !initial {
            break;
        }
    }
    (!name.is_empty()).then(|| name.join(" "))
}

/// Lower-case particles of surnames ("de Blasio", "van Hollen", "bin Salman").
fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "da"
            | "di"
            | "del"
            | "della"
            | "van"
            | "von"
            | "der"
            | "den"
            | "la"
            | "le"
            | "bin"
            | "al"
            | "el"
            | "dos"
            | "du"
    )
}

/// The capitalised words that close `text` ("… said Ann Lee" gives "Ann Lee").
fn name_before(text: &str) -> Option<String> {
    let mut name: Vec<&str> = Vec::new();
    for w in text.split_whitespace().rev().take(4) {
        if !is_cap(w) || w.ends_with([',', ';', ':', '"', '”']) || (w.ends_with('.') && w.len() > 2)
        {
            break;
        }
        name.push(w.trim_start_matches(['"', '“', '(']));
    }
    while name
        .last()
        .is_some_and(|w| lexicon::is_name_stop(&w.to_lowercase()))
    {
        name.pop();
    }
    name.reverse();
    (name.len() >= 2).then(|| name.join(" "))
}

/// Words that open a sentence before a name without being a given name ("First Trump went",
/// "Then Brafman said", "Later Ryan met"): adverbs of time and order, ordinals, months.
fn is_sentence_opener(lower: &str) -> bool {
    lexicon::is_cue_modifier(lower)
        || lexicon::is_month(lower)
        || lexicon::word_flags(lower) & lexicon::flag::NUMBER != 0
}

/// Whether a capitalised word can stand before a surname as a given name: a period may only
/// close an initial ("J. Smith"), not a sentence ("… Mexico. Trump").
fn is_given_name_shape(word: &str) -> bool {
    match word.strip_suffix('.') {
        Some(stem) => stem.chars().count() == 1 || stem.contains('.'),
        None => true,
    }
}

/// "Temur Varki" for "Varki" when the text before names the person in full; never a function
/// word or the end of a sentence taken for a given name ("The Clinton", "If Trump").
fn full_name_before(context: &str, surname: &str) -> Option<String> {
    if surname.chars().count() < 2 {
        return None;
    }
    let mut from = context.len();
    while let Some(pos) = context[..from].rfind(surname) {
        from = pos;
        let after = context[pos + surname.len()..].chars().next();
        if after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let before = context[..pos].trim_end_matches(' ');
        if before.len() == pos {
            continue;
        }
        let prev = before.rsplit(' ').next().unwrap_or("");
        let prev = prev.rsplit('\n').next().unwrap_or("");
        let lower = prev.to_lowercase();
        if is_cap(prev)
            && prev
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '.')
            && is_given_name_shape(prev)
            && !lexicon::is_title(&lower)
            && !lexicon::is_official_word(&lower)
            && !lexicon::is_name_stop(&lower)
            && !lexicon::is_clause_word(&lower)
            && !lexicon::is_determiner(&lower)
            && !is_sentence_opener(&lower)
        {
            return Some(format!("{prev} {surname}"));
        }
    }
    None
}

/// The last run of two or more capitalised words in `context` that looks like a person's name.
/// The last person's name in `context` that opens a sentence and starts after byte `after`.
fn subject_name_after(context: &str, after: usize) -> Option<String> {
    // only the text since the source's mention can hold a nearer person
    if after >= context.len() || !context.is_char_boundary(after) {
        return None;
    }
    let region = &context[after..];
    if !has_capitalised_opening(region) {
        return None;
    }
    let name = last_person_name(region)?;
    let at = region.rfind(name.as_str())?;
    let before = region[..at].trim_end();
    let opens = before.ends_with(['.', '!', '?', '\n']);
    (at > 0 && opens && region[..at].ends_with([' ', '\n'])).then_some(name)
}

/// Whether a sentence in `text` opens with two capitalised words (or non-ASCII letters): a
/// cheap test that must pass before a name can open a sentence there.
fn has_capitalised_opening(text: &str) -> bool {
    let b = text.as_bytes();
    let cap = |i: usize| {
        b.get(i)
            .is_some_and(|&c| c.is_ascii_uppercase() || c >= 0x80)
    };
    let mut i = 0;
    while i < b.len() {
        if matches!(b[i], b'.' | b'!' | b'?') {
            let gap: usize = text[i + 1..]
                .chars()
                .take_while(|c| c.is_whitespace())
                .map(char::len_utf8)
                .sum();
            let j = i + 1 + gap;
            if j > i + 1 && cap(j) {
                let mut k = j;
                while k < b.len() && b[k] != b' ' {
                    k += 1;
                }
                if cap(k + 1) {
                    return true;
                }
            }
        }
        i += 1;
    }
    false
}

fn last_person_name(context: &str) -> Option<String> {
    let mut from = context.len().saturating_sub(1500);
    while !context.is_char_boundary(from) {
        from += 1;
    }
    let tail = &context[from..];
    let tail = match tail.char_indices().next() {
        Some(_) => tail,
        None => return None,
    };
    let ws: Vec<&str> = tail.split_whitespace().collect();
    let mut i = ws.len();
    while i > 0 {
        i -= 1;
        let w = ws[i].trim_matches(|c: char| !c.is_alphanumeric());
        if !is_cap(w) || w.is_empty() {
            continue;
        }
        let mut j = i;
        while j > 0 {
            let p = ws[j - 1];
            let pw = p.trim_matches(|c: char| !c.is_alphanumeric());
            if !is_cap(pw) || p.ends_with(['.', ',', ';', ':', '"', '”']) {
                break;
            }
            j -= 1;
        }
        // "If Trump", "The Clinton": a capitalised function word opening the run is no name
        let first = (j..i).find(|&k| {
            let w = ws[k]
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            !lexicon::is_name_stop(&w)
                && !lexicon::is_clause_word(&w)
                && !lexicon::is_determiner(&w)
        });
        if let Some(j) = first.filter(|&j| i > j) {
            let name: Vec<&str> = ws[j..=i]
                .iter()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .collect();
            let ok = name.iter().all(|w| {
                let l = w.to_lowercase();
                !lexicon::is_org_word(&l)
                    && !lexicon::is_official_word(&l)
                    && !lexicon::is_media_word(&l)
                    && !lexicon::is_month(&l)
                    && !lexicon::is_group_head(&l)
            });
            if ok {
                return Some(name.join(" "));
            }
        }
        i = j;
    }
    None
}

/// Whether a mention the frames gave cannot be a source at all, so its claim is better left
/// unsourced than tied to it: a sentence adverb ("However", "Usually") or a bare superlative
/// ("the most").
pub fn is_no_source(mention: &str) -> bool {
    if mention.split_whitespace().nth(2).is_some() {
        return false;
    }
    let m = clean_mention(mention);
    let lower: Vec<String> = words(&m).iter().map(|w| w.to_lowercase()).collect();
    let adverb = |w: &str| {
        matches!(
            w,
            "however"
                | "usually"
                | "instead"
                | "meanwhile"
                | "nevertheless"
                | "moreover"
                | "furthermore"
                | "indeed"
                | "otherwise"
                | "therefore"
                | "thus"
                | "typically"
                | "generally"
                | "often"
                | "sometimes"
                | "currently"
                | "recently"
                | "ultimately"
                | "finally"
                | "initially"
                | "originally"
                | "similarly"
                | "likewise"
                | "additionally"
                | "overall"
                | "apparently"
                | "obviously"
                | "essentially"
                | "basically"
                | "actually"
                | "perhaps"
        )
    };
    match lower.as_slice() {
        [w] => adverb(w),
        [d, w] => d == "the" && matches!(w.as_str(), "most" | "least" | "best" | "worst"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_kinds() {
        let cases = [
            ("an intelligence source", SourceKind::Anonymous),
            (
                "a senior official who asked not to be named",
                SourceKind::Anonymous,
            ),
            ("people familiar with the matter", SourceKind::Anonymous),
            (
                "more than a dozen people who know this",
                SourceKind::Anonymous,
            ),
            ("authorities", SourceKind::UnnamedGroup),
            ("French authorities", SourceKind::UnnamedGroup),
            ("many security experts", SourceKind::UnnamedGroup),
            ("Republicans", SourceKind::UnnamedGroup),
            ("the French Interior Ministry", SourceKind::Official),
            ("Paris police", SourceKind::Official),
            (
                "the Kenya Tea Growers Association",
                SourceKind::Organization,
            ),
            ("Reuters", SourceKind::Media),
            ("The Baltimore Sun", SourceKind::Media),
            ("a report by the auditor", SourceKind::Document),
            ("Mayor Ines Duarte", SourceKind::Person),
            ("Rep. Gwen Adler (D-Wis.)", SourceKind::Person),
            ("Mr. King", SourceKind::Person),
            ("Charlie King", SourceKind::Person),
            ("the Indiana governor", SourceKind::Unknown),
            ("a New York judge", SourceKind::Anonymous),
            ("Lee's campaign manager", SourceKind::Unknown),
            ("Ann Lee's campaign chief", SourceKind::Unknown),
            ("a Labour Party organizer", SourceKind::Anonymous),
            ("aid groups", SourceKind::UnnamedGroup),
            ("engineers", SourceKind::UnnamedGroup),
        ];
        for (m, k) in cases {
            assert_eq!(classify(m).0, k, "{m}");
        }
    }

    #[test]
    fn cleans_mentions() {
        assert_eq!(classify("Although Scott Perry").1, "Scott Perry");
        assert_eq!(classify("Sen. Ann Lee (D-Ore.)").1, "Ann Lee");
        assert_eq!(classify("and the report").0, SourceKind::Document);
    }

    #[test]
    fn countries_speak_as_governments() {
        assert_eq!(classify("China").0, SourceKind::Official);
        assert_eq!(
            classify("the United States"),
            (SourceKind::Official, "United States".into(), None)
        );
        assert_eq!(classify("South Korea").0, SourceKind::Official);
        // a person named after a place is still a person
        assert_eq!(classify("Ann France").0, SourceKind::Person);
    }

    #[test]
    fn a_document_with_its_maker() {
        let (kind, name, _) = classify("an Ipsos poll released Monday");
        assert_eq!(kind, SourceKind::Document);
        assert_eq!(name, "an Ipsos poll released Monday");
        assert_eq!(
            classify("a study by the Grattan Institute").0,
            SourceKind::Document
        );
        assert_eq!(
            classify("the Grattan Institute").0,
            SourceKind::Organization
        );
    }

    #[test]
    fn splits_role_from_name() {
        let (kind, name, role) = classify("Lisbon fire chief Marta Reis");
        assert_eq!(kind, SourceKind::Person);
        assert_eq!(name, "Marta Reis");
        assert_eq!(role.as_deref(), Some("Lisbon fire chief"));
    }

    #[test]
    fn resolves_pronouns_definites_and_surnames() {
        let mut r = Resolver::default();
        let a = r.resolve("Health Minister Aiko Tanaka", 0, "");
        let b = r.resolve("Tanaka", 50, "");
        let c = r.resolve("she", 80, "");
        assert_eq!(a.entity, b.entity);
        assert_eq!(a.entity, c.entity);
        let s = r.resolve("Diplomatic sources", 100, "");
        let t = r.resolve("the source", 150, "");
        assert_eq!(s.entity, t.entity);
        assert!(s.plural && !t.plural);
        assert!(r.entities[s.entity].singular_seen);
        let u = r.resolve("the association", 200, "");
        assert_ne!(u.entity, s.entity);
    }

    #[test]
    fn a_pronoun_prefers_a_person_who_opens_a_later_sentence() {
        let text =
            "Lopez said the dam was safe.\n\nNora Quint, an engineer, inspected it. She said ";
        let mut r = Resolver::default();
        let a = r.resolve("Lopez", 0, "");
        let at = text.rfind("She").expect("she");
        let b = r.resolve("She", at, &text[..at]);
        assert_ne!(a.entity, b.entity);
        assert_eq!(r.entities[b.entity].name, "Nora Quint");
        // a name inside the source's own sentence does not take the pronoun over
        let text = "Lopez said Nora Quint inspected the dam. She said ";
        let mut r = Resolver::default();
        let a = r.resolve("Lopez", 0, "");
        let at = text.rfind("She").expect("she");
        assert_eq!(r.resolve("She", at, &text[..at]).entity, a.entity);
    }

    #[test]
    fn a_name_search_starts_on_a_character_boundary() {
        // 1,500 bytes back from the end falls inside a curly quotation mark
        let context = format!("Ann Reyes spoke.{}”{}", "x".repeat(10), " y".repeat(749));
        assert_eq!(context.len() - 1500, 27);
        assert_eq!(last_person_name(&context), None);
    }

    #[test]
    fn a_role_tied_to_a_place_or_body_is_not_a_name() {
        let (kind, name, _) = classify("a bus driver from Lodi, Calif.");
        assert_eq!(kind, SourceKind::Anonymous);
        assert_eq!(name, "a bus driver from Lodi, Calif.");
        assert_eq!(
            classify("a longtime adviser to both Smiths").0,
            SourceKind::Anonymous
        );
        assert_eq!(
            classify("chairman of the Harbor Rowing Club").0,
            SourceKind::Unknown
        );
        assert_eq!(
            classify("three Democratic members of Congress from Ohio").0,
            SourceKind::Anonymous
        );
        // a name closing the mention is still the source's own
        let (kind, name, _) = classify("former secretary of state Ann Lee");
        assert_eq!((kind, name.as_str()), (SourceKind::Person, "Ann Lee"));
        // a document with its makers stays a document
        assert_ne!(
            classify("a study last year by economists at Tulane University").0,
            SourceKind::UnnamedGroup
        );
    }

    #[test]
    fn bodies_named_with_a_preposition_or_the_are_not_people() {
        let cases = [
            (
                "the Department of Agriculture",
                SourceKind::Official,
                "Department of Agriculture",
            ),
            (
                "the Bank of Portugal",
                SourceKind::Organization,
                "Bank of Portugal",
            ),
            (
                "the Center for Coastal Studies",
                SourceKind::Organization,
                "Center for Coastal Studies",
            ),
            (
                "The Commission on Rural Roads",
                SourceKind::Official,
                "Commission on Rural Roads",
            ),
            ("the Evening Caller", SourceKind::Media, "Evening Caller"),
            ("Gallup", SourceKind::Organization, "Gallup"),
            (
                "Norway and Denmark",
                SourceKind::Official,
                "Norway and Denmark",
            ),
        ];
        for (m, kind, name) in cases {
            assert_eq!(classify(m).0, kind, "{m}");
            assert_eq!(classify(m).1, name, "{m}");
        }
        // a person from a place keeps being a person
        assert_eq!(classify("Rep. Dana Fox of Oregon").0, SourceKind::Person);
        assert_eq!(classify("Ruth Vega for Harbor Polling").1, "Ruth Vega");
        assert_eq!(classify("Senate Majority Whip Ann Lee").1, "Ann Lee");
    }

    #[test]
    fn unnamed_people_and_shares_of_a_poll() {
        let cases = [
            ("a neighbor", SourceKind::Anonymous),
            ("the woman", SourceKind::Anonymous),
            ("a 2012 campaign veteran", SourceKind::Anonymous),
            ("only 12 percent", SourceKind::UnnamedGroup),
            ("four in 10", SourceKind::UnnamedGroup),
            ("those polled", SourceKind::UnnamedGroup),
            ("Some candidates", SourceKind::UnnamedGroup),
            ("rival Labour candidates", SourceKind::UnnamedGroup),
        ];
        for (m, kind) in cases {
            assert_eq!(classify(m).0, kind, "{m}");
        }
    }

    #[test]
    fn a_full_name_is_never_a_function_word_or_a_sentence_end() {
        let mut r = Resolver::default();
        let ctx = "The Okafor campaign spoke. It ended in Lagos. Okafor ";
        let a = r.resolve("Okafor", ctx.len(), ctx);
        assert_eq!(r.entities[a.entity].name, "Okafor");
        let ctx = "Dele Okafor arrived. First Okafor ";
        assert_eq!(
            full_name_before(ctx, "Okafor").as_deref(),
            Some("Dele Okafor")
        );
        let ctx = "a visit to Ghana. Okafor ";
        assert_eq!(full_name_before(ctx, "Okafor"), None);
        let mut r = Resolver::default();
        let ctx = "If Okafor wins, the city gains. ";
        let a = r.resolve("he", ctx.len(), ctx);
        assert_eq!(r.entities[a.entity].name, "he");
    }

    #[test]
    fn a_given_name_tells_two_people_apart() {
        let mut r = Resolver::default();
        let a = r.resolve("Mara Okafor", 0, "");
        let b = r.resolve("Dele Okafor", 40, "");
        assert_ne!(a.entity, b.entity);
        let c = r.resolve("Okafor herself", 80, "");
        assert_eq!(c.entity, b.entity);
    }

    #[test]
    fn a_title_after_the_finds_the_person_the_text_gave_it() {
        let text = "Nora Quint, the Idaho senator, spoke on Monday. Voter Ed Lim agreed. ";
        let mut r = Resolver::default();
        let lim = r.resolve("Voter Ed Lim", 49, &text[..49]);
        let a = r.resolve("The senator", text.len(), text);
        assert_ne!(a.entity, lim.entity);
        assert_eq!(r.entities[a.entity].name, "Nora Quint");
        let text = "President Ada Moss visited the plant. Ed Lim, a welder, watched. ";
        let mut r = Resolver::default();
        r.resolve("Ed Lim", 38, &text[..38]);
        let a = r.resolve("the president", text.len(), text);
        assert_eq!(r.entities[a.entity].name, "Ada Moss");
        let text = "Mayor Luc van Dijk opened the bridge. ";
        let mut m = Resolver::default();
        let a = m.resolve("the mayor", text.len(), text);
        assert_eq!(m.entities[a.entity].name, "Luc van Dijk");
        // a modifier the text did not give keeps the old reading
        let a = r.resolve("the Peruvian president", text.len(), text);
        assert_ne!(r.entities[a.entity].name, "Ada Moss");
    }

    #[test]
    fn a_relative_who_takes_the_phrase_before_it() {
        let text = "Ada Moss criticised Ed Lim, ";
        let mut r = Resolver::default();
        r.resolve("Ada Moss", 0, "");
        let a = r.resolve("who", text.len(), text);
        assert_eq!(r.entities[a.entity].name, "Ed Lim");
        let text = "Most agreed, against only 31 percent ";
        let a = r.resolve("who", text.len(), text);
        assert_eq!(r.entities[a.entity].kind, SourceKind::UnnamedGroup);
        // a non-breaking space before the phrase is no problem
        let text = "Moss\u{a0}met Ed\u{a0}Lim, ";
        r.resolve("who", text.len(), text);
    }

    #[test]
    fn a_role_next_to_a_name_is_that_person() {
        let mut r = Resolver::default();
        let text = "\"It is late,\" the city spokeswoman, Tia Roth, said.";
        let at = text.find("the city").expect("mention");
        let end = at + "the city spokeswoman".len();
        let a = r.resolve_in(&text[at..end], at, &text[..at], &text[end..]);
        assert_eq!(r.entities[a.entity].name, "Tia Roth");
        let text = "Omar Haddad, director of the Lakeside Food Bank, said stocks were low.";
        let at = text.find("director").expect("mention");
        let end = text.find(", said").expect("end");
        let a = r.resolve_in(&text[at..end], at, &text[..at], &text[end..]);
        assert_eq!(r.entities[a.entity].name, "Omar Haddad");
        // a name that ends the clause before is not the role's
        let text = "He told Omar Haddad, the director said nothing.";
        let at = text.find("the director").expect("mention");
        let end = at + "the director".len();
        let a = r.resolve_in(&text[at..end], at, &text[..at], &text[end..]);
        assert_ne!(r.entities[a.entity].name, "Omar Haddad");
    }

    #[test]
    fn sentence_adverbs_and_bare_superlatives_are_no_sources() {
        assert!(is_no_source("However"));
        assert!(is_no_source("Usually"));
        assert!(is_no_source("the most"));
        assert!(!is_no_source("Kelly"));
        assert!(!is_no_source("the ministry"));
        assert!(!is_no_source("However, the ministry"));
    }

    #[test]
    fn a_pronoun_finds_a_name_in_the_text() {
        let mut r = Resolver::default();
        let ctx = "Joy Banda, a nurse, arrived at dawn. ";
        let a = r.resolve("she", ctx.len(), ctx);
        assert_eq!(r.entities[a.entity].name, "Joy Banda");
    }
}

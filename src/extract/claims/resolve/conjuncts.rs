//! Coordinated speakers: "Sen. Ann Lee and Gov. Bo Diaz said" names two sources. A mention is
//! split at a top-level "and" (and at the commas of a list "A, B and C") only when every
//! conjunct is a source noun phrase of its own — a pronoun, a name, a titled name, a
//! determiner phrase on a source head. Names that hold "and" ("Procter and Gamble", "the
//! Committee on Ways and Means"), a shared head ("Republican and Democratic leaders") and an
//! "and" inside a post-modifier ("a professor of history and politics") stay one source.
//!
//! Lone capitalised words joined by "and" ("Smith and Lee", "Procter and Gamble") are people
//! when the text knows them as people, or one of them stands beside a known person (beside
//! bodies alone, a body: "Forbes and Wealth-X"); news style
//! introduces a person by full name, so words it has not introduced are read from the grammar
//! around them: the pair taken up as several — "both", "each", "jointly" after it, a plural
//! verb ("say", "have said"), a content opening on "they" or "their", either named further on
//! as a person ("Mr. Lee", "Ann Lee") — are people; taken up as one ("said it would appeal",
//! "said its profit fell"), or with no sign either way ("Marks and Spencer said sales fell"),
//! one name, which [`classify`] reads as a firm's. English news writes a company in the
//! singular (agencies' and papers' style books agree), so a plural verb or "they" is a weak
//! sign, and the one a British "Marks and Spencer say they" gets wrong.

mod field_and_body;
mod portfolio;

use super::conjunct_words::*;
use super::*;

/// What one conjunct is, as a source noun phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// "he", "she", "they".
    Pronoun,
    /// A person's name, alone or after a title or a description ("nuclear expert Ann Lee").
    Person,
    /// A body or place named by capitalised words ("the State Department", "France").
    Body,
    /// A determiner and a source head ("other leaders", "her aides", "the Ohio senator").
    Described,
    /// A plural source head with no determiner ("election experts"): a conjunct only beside
    /// pronouns and names, since next to another common noun it may share its words.
    Bare,
    /// A lone capitalised word the text has not introduced ("Smith", "Gamble"): a person
    /// beside a person or when the text takes the conjuncts up as several, else part of one
    /// name.
    Lone,
}

/// How a conjunct reads the words of its own.
struct Reading<'r> {
    resolver: &'r Resolver,
    context: &'r str,
    /// The mention opens a sentence: its first word's capital says nothing.
    sentence_start: bool,
    /// The first conjunct opens with a plural title ("Senators Vance and Roth"): a lone
    /// surname after it is a person.
    shared_title: bool,
}

/// How the text after a mention takes up what it joins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Uptake {
    /// As several: "both said", "say", "said they".
    Several,
    /// As one body: "said it would", "said its".
    One,
    /// No sign either way.
    Unknown,
}

impl Reading<'_> {
    /// Whether a lone capitalised word is a person the text knows: a source already taken up
    /// by that surname, or a full name written before.
    fn known_person(&self, w: &Word) -> bool {
        let bare = w
            .text
            .trim_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches("'s");
        let lower = bare.to_lowercase();
        if is_party_noun(singular(&lower)) || is_leadership_word(&lower) {
            return false;
        }
        // "Ryan and Trump" after "Paul Ryan": a given name is a surname too, when the text
        // has named someone by it
        let source = self
            .resolver
            .entities
            .iter()
            .any(|e| e.kind == SourceKind::Person && e.head == lower);
        (self.shared_title && !is_given_name(&lower))
            || source
            || self
                .resolver
                .full_names
                .before(self.context, bare)
                .is_some()
    }

    /// Whether a lone capitalised word names a body the text has taken up already.
    fn known_body(&self, w: &Word) -> bool {
        let bare = w.text.trim_matches(|c: char| !c.is_alphanumeric());
        self.resolver.entities.iter().any(|e| {
            matches!(
                e.kind,
                SourceKind::Organization | SourceKind::Official | SourceKind::Media
            ) && e.name.eq_ignore_ascii_case(bare)
        })
    }

    /// Whether a capitalised word opening a sentence may be a common word rather than a given
    /// name: a function word, an adjective or a noun for a person by its form, or a word the
    /// text writes in lower case elsewhere ("Famous Ohio and national pastor Ann Lee").
    fn common_word(&self, w: &Word) -> bool {
        let lower = w.lower.as_str();
        if is_given_name(lower) || is_title_word(lower) || lower.contains('-') {
            return false;
        }
        common_by_shape(lower)
            || word_starts(self.context)
                .any(|(_, x)| x.trim_matches(|c: char| !c.is_alphanumeric()) == lower)
    }

    /// The shape of the conjunct `ws` (the mention's first when `first`).
    fn shape(&self, ws: &[Word], first: bool) -> Option<Shape> {
        if has_verb(ws) {
            return None;
        }
        let core = &ws[..core_len(ws)];
        let last = core.last()?;
        if core.len() == 1 && matches!(last.lower.as_str(), "he" | "she" | "they" | "we" | "i") {
            return Some(Shape::Pronoun);
        }
        let head = last.lower.trim_end_matches("'s").trim_end_matches("’s");
        let lead = core[0].lower.as_str();
        // "the Post’s Ann Lee" is a name after its outlet; "Lee's aides" a described group
        let owner = core.len() > 1 && (lead.ends_with("'s") || lead.ends_with("’s"));
        if owner && last.cap() {
            return self.shape(&ws[1..], false);
        }
        let det = lexicon::is_determiner(lead) && !matches!(lead, "more" | "half") || owner;
        if core.len() == 1 && head == "others" {
            return Some(Shape::Described);
        }
        if !last.cap() {
            return match (is_source_head(head), det) {
                (true, true) if core.len() > 1 => Some(Shape::Described),
                (true, false) if crate::sourcing::is_plural_mention(head) => Some(Shape::Bare),
                _ => None,
            };
        }
        if det {
            // "the Kentucky Republican"; "the State Department", "the DNC", "the United
            // States"; not "the Arts [and Culture Directorate]"
            let person = is_title_word(head)
                || is_party_noun(singular(head))
                || lexicon::is_person_noun(singular(head));
            let acronym = last.text.chars().filter(|c| c.is_alphabetic()).count() > 1
                && !last.text.chars().any(char::is_lowercase);
            let named: Vec<&str> = core[1..].iter().map(|w| w.lower.as_str()).collect();
            let body = is_lone_body(head) || acronym || lexicon::is_country_name(&named.join(" "));
            return match (person, body) {
                (true, _) => Some(Shape::Described),
                (false, true) => Some(Shape::Body),
                _ => None,
            };
        }
        // "leading Democrats", "Republicans": a group named by its capitalised head
        if !det && lexicon::is_group_head(head) {
            return Some(Shape::Bare);
        }
        // the capitalised run that closes the core
        let mut r = core.len();
        while r > 0 && core[r - 1].cap() {
            r -= 1;
        }
        if is_title_word(head) || is_leadership_word(head) {
            // "Former Secretary of State Ann Lee": the name after the title's post-modifier
            let rest = ws.get(core.len() + 1..).unwrap_or_default();
            let modified = ws.get(core.len()).is_some_and(|w| is_preposition(&w.lower));
            return (modified && !rest.is_empty() && self.sure_person(rest))
                .then_some(Shape::Person);
        }
        if is_lone_body(head) && (core.len() - r > 1 || lexicon::is_country_name(head)) {
            return Some(Shape::Body);
        }
        // a sentence's first word is capitalised whatever it is ("Famous Ohio and …")
        let opener = &core[r];
        if first && r == 0 && self.sentence_start && core.len() > 1 && self.common_word(opener) {
            r += 1;
        }
        // the name: the run's words after its last title or party label
        let titled = core[r..]
            .iter()
            .rposition(|w| is_title_word(&w.lower) || is_leadership_word(&w.lower))
            .map(|t| r + t + 1);
        let name_from = titled.unwrap_or(r);
        let names = core.len() - name_from;
        match names {
            0 => None,
            1 if titled.is_some() => Some(Shape::Person),
            1 if lexicon::is_country_name(head) || is_lone_body(head) && core.len() == 1 => {
                Some(Shape::Body)
            }
            1 if self.known_person(last) => Some(Shape::Person),
            // "Forbes and Wealth-X say": a body the text has taken up already
            1 if self.known_body(last) => Some(Shape::Body),
            // a sentence's first word may be a common one ("Developers and supporters say"),
            // and a given name alone ("Bill and Melinda Gates") is no surname
            1 if r == 0
                && core.len() == 1
                && !is_given_name(&last.lower)
                && !(first && self.sentence_start && self.common_word(last)) =>
            {
                Some(Shape::Lone)
            }
            1 => None,
            // "Bill and Melinda Gates Foundation" ends on a body word
            _ if is_body_word(head) || lexicon::is_media_word(head) => Some(Shape::Body),
            _ => Some(Shape::Person),
        }
    }

    /// A person named beyond doubt after a post-modifier's "and" ("Sen. Ann Lee of Ohio and
    /// Sen. Bo Diaz of Iowa"): a titled name or one opening on a common given name.
    fn sure_person(&self, ws: &[Word]) -> bool {
        let core_end = ws
            .iter()
            .skip(1)
            .position(|w| is_preposition(&w.lower) || w.text.starts_with('('))
            .map_or(ws.len(), |p| p + 1);
        let core = &ws[..core_end];
        self.shape(ws, false) == Some(Shape::Person)
            && core.iter().any(|w| {
                w.cap() && (is_title_word(&w.lower) || is_given_name(&w.lower))
                    || is_leadership_word(&w.lower)
            })
    }
}

/// One speaker of a mention that may join several: byte ranges of the mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conjunct {
    /// The conjunct's words ("Sen. Bo Diaz of Iowa").
    pub mention: (usize, usize),
    /// What names the speaker, to resolve: a person's name without its post-modifier ("Sen.
    /// Bo Diaz"); the whole conjunct otherwise.
    pub name: (usize, usize),
}

impl Resolver {
    /// The conjuncts of a source mention: the whole mention unless it joins two or more source
    /// noun phrases with "and" ("he and Mr. Orr", "Britain and France", "Mr. Wu and other
    /// leaders"). `context` is the text before it.
    #[cfg(test)]
    pub fn speaker_conjuncts(&self, mention: &str, context: &str) -> Vec<Conjunct> {
        self.speaker_conjuncts_in(mention, context, "")
    }

    /// [`Resolver::speaker_conjuncts`], with `after` the text after the mention: how it takes
    /// the conjuncts up decides between people and one name for words the text has not
    /// introduced ("Smith and Lee both said", "Marks and Spencer said it").
    pub fn speaker_conjuncts_in(&self, mention: &str, context: &str, after: &str) -> Vec<Conjunct> {
        let whole = vec![Conjunct {
            mention: (0, mention.len()),
            name: (0, mention.len()),
        }];
        let quoted = mention.contains(['"', '“', '”']) || mention.contains("''");
        if !mention.contains(" and ") || quoted {
            return whole;
        }
        let ws = split_words(mention);
        let skip = ws
            .iter()
            .take_while(|w| {
                matches!(
                    w.lower.as_str(),
                    "and" | "but" | "both" | "including" | "yet" | "also" | "while" | "so" | "even"
                )
            })
            .count();
        let ws = &ws[skip..];
        let before = context.trim_end_matches([' ', '(', '“', '"', '‘']);
        let mut reading = Reading {
            resolver: self,
            context,
            sentence_start: before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', '”']),
            shared_title: ws.first().is_some_and(|w| is_plural_title(&w.lower)),
        };
        // the top-level "and"s: outside brackets, before any relative clause; after a
        // preposition only between people ("… of Ohio and Sen. Bo Diaz")
        let mut groups: Vec<(usize, usize)> = Vec::new();
        let (mut start, mut depth, mut prep) = (0, 0i32, None::<usize>);
        for k in 0..ws.len() {
            let w = &ws[k];
            let inside = depth > 0;
            depth += w.text.matches(['(', '[']).count() as i32;
            depth -= w.text.matches([')', ']']).count() as i32;
            if inside || depth > 0 {
                continue;
            }
            if matches!(w.lower.as_str(), "who" | "that" | "which" | "whose") {
                break;
            }
            if w.lower == "and" && k > start && k + 1 < ws.len() {
                let next = ws[k + 1..]
                    .iter()
                    .position(|x| x.lower == "and")
                    .map_or(ws.len(), |p| k + 1 + p);
                let splits = match prep {
                    // "Work and Pensions Secretary Liz Kendall": the "and" is inside the
                    // portfolio of a title, not between two speakers
                    None => {
                        let right = &ws[k + 1..next];
                        !reading.portfolio_of_title(&ws[start..k], right)
                            && !field_and_body::field_and_body(
                                &ws[start..k],
                                &right[..core_len(right)],
                            )
                    }
                    Some(p) => {
                        let left = &ws[start..p];
                        let left_person = reading.shape(left, start == 0) == Some(Shape::Person)
                            || left.last().is_some_and(|l| is_title_word(&l.lower))
                                && reading.sure_person(&ws[p + 1..k]);
                        left_person && reading.sure_person(&ws[k + 1..next])
                    }
                };
                if splits {
                    groups.push((start, k));
                    start = k + 1;
                    prep = None;
                }
                continue;
            }
            if k > start && prep.is_none() && is_preposition(&w.lower) {
                prep = Some(k);
            }
        }
        if groups.is_empty() {
            return whole;
        }
        groups.push((start, ws.len()));
        // "A, B and C": the commas of the groups before the last "and" join names too
        let mut parts: Vec<(usize, usize)> = Vec::new();
        let mut listed = false;
        for (g, &(a, b)) in groups.iter().enumerate() {
            let mut s = a;
            let last_group = g + 1 == groups.len();
            for (k, w) in ws.iter().enumerate().take(b.saturating_sub(1)).skip(a) {
                if !last_group && w.text.ends_with(',') {
                    parts.push((s, k + 1));
                    s = k + 1;
                    listed = true;
                }
            }
            parts.push((s, b));
        }
        if listed {
            // a list is of names alone: "Ann Lee, a farmer, and Bo Diaz" is not three sources
            reading.shared_title = false;
        }
        for (a, b) in parts.iter_mut() {
            *b -= trailing_adverbial(&ws[*a..*b]);
        }
        // "Senators Vance and Roth": the title is both speakers', the first's name is "Vance"
        if reading.shared_title && parts[0].1 - parts[0].0 > 1 {
            parts[0].0 += 1;
        }
        let shapes: Option<Vec<Shape>> = parts
            .iter()
            .map(|&(a, b)| reading.shape(&ws[a..b], a == 0))
            .collect();
        let Some(mut shapes) = shapes else {
            return whole;
        };
        if shapes.contains(&Shape::Lone) {
            let names: Vec<&str> = parts.iter().map(|&(a, _)| ws[a].text).collect();
            // lone names stand only beside names and pronouns ("Developers and supporters in
            // Congress" is no pair of people)
            let among_names = shapes
                .iter()
                .all(|s| matches!(s, Shape::Lone | Shape::Person | Shape::Pronoun));
            let beside_person = shapes.contains(&Shape::Person);
            // "Forbes and Wealth-X": beside bodies alone, a lone name is a body too
            let among_bodies = shapes
                .iter()
                .all(|s| matches!(s, Shape::Lone | Shape::Body))
                && shapes.contains(&Shape::Body);
            let people = among_names
                && (beside_person || uptake_of_conjuncts(&names, after) == Uptake::Several);
            if !(people || among_bodies) {
                return whole;
            }
            let lone = if people { Shape::Person } else { Shape::Body };
            for s in shapes.iter_mut().filter(|s| **s == Shape::Lone) {
                *s = lone;
            }
        }
        // "The Queensland Nurses and Midwives' Union" is one name
        let one_union = parts.windows(2).zip(shapes.windows(2)).any(|(p, s)| {
            s == [Shape::Described, Shape::Body]
                && trades_before_body(&ws[p[0].0..p[0].1], &ws[p[1].0])
        });
        if one_union {
            return whole;
        }
        let named = |s: &Shape| matches!(s, Shape::Pronoun | Shape::Person);
        // (a body's capitalised name shares no words with a bare plural beside it)
        let bare_ok = shapes
            .iter()
            .filter(|s| !named(s) && **s != Shape::Body)
            .count()
            <= 1;
        if shapes.contains(&Shape::Bare) && !bare_ok
            || listed && !shapes.iter().all(|s| named(s) || *s == Shape::Body)
        {
            return whole;
        }
        let texts: Vec<&str> = parts
            .iter()
            .map(|&(a, b)| &mention[ws[a].at..ws[b - 1].end()])
            .collect();
        // "Johnson and Johnson": one name written twice
        if texts.windows(2).any(|p| {
            p[0].trim_end_matches(',')
                .eq_ignore_ascii_case(p[1].trim_end_matches(','))
        }) {
            return whole;
        }
        let range = |a: usize, b: usize| {
            let s = ws[a].at;
            let t = mention[s..ws[b - 1].end()].trim_end_matches([',', ';', ' ', '-', '—', '–']);
            (s, s + t.len())
        };
        parts
            .iter()
            .zip(&shapes)
            .map(|(&(a, b), shape)| {
                let core = a + core_len(&ws[a..b]);
                Conjunct {
                    mention: range(a, b),
                    name: if *shape == Shape::Person
                        && core > a
                        && !is_title_word(&ws[core - 1].lower)
                    {
                        range(a, core)
                    } else {
                        range(a, b)
                    },
                }
            })
            .collect()
    }
}

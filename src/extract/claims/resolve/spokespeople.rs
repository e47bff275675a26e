//! "A Barclays spokesman", "an ONS spokesperson", "a spokeswoman for the group": a
//! spokesperson written with a body's name before the noun, or "for" a body, speaks for that
//! body on the record. The source is the body's voice, of the body's kind, not an anonymous
//! person; a person's spokesman ("a Trump spokesman", with Donald Trump named before) stays an
//! unnamed person. A spokesperson written with a common noun for a body ("a police
//! spokesman", "a company spokeswoman") speaks for the body that noun takes up, as "the
//! police" or "the company" would: an official body, or a firm or group the text named.

use super::*;

/// The name before the noun and the noun, when a mention (as cleaned) is "a/an" (or "the") +
/// a name of one to seven capitalised words + a spokesperson noun: ("Barclays", "spokesman").
pub(super) fn named_spokesperson(mention: &str) -> Option<(String, &str)> {
    let ws = words(mention);
    let (&head, rest) = ws.split_last()?;
    if !descriptions::is_spokesperson(head) {
        return None;
    }
    let (first, name) = rest.split_first()?;
    if !matches!(*first, "a" | "an" | "A" | "An" | "the" | "The")
        || name.is_empty()
        || name.len() > 7
    {
        return None;
    }
    // "a Trump campaign spokesman", "a company spokeswoman": a common noun is no name; a
    // possessive ("a Google's") is no shape of this; "of" may join a body's name inside it
    // ("a Department of Health and Social Care spokesperson"); a number may follow a
    // capitalised word of the name ("a No 10 spokesperson", "a Channel 4 spokeswoman")
    let inner = |k: usize| k > 0 && k + 1 < name.len();
    let named = name.iter().enumerate().all(|(k, w)| {
        matches!(*w, "of" | "for" | "on" | "and") && inner(k)
            || k > 0 && is_cap(name[k - 1]) && w.chars().all(|c| c.is_ascii_digit())
            || is_cap(w)
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '-' | '&' | '.'))
    });
    named.then(|| (name.join(" "), head))
}

/// The spokesperson without the town that places it, when a mention (as cleaned) is a
/// spokesperson + "in" or "near" + a place's capitalised name alone: "a foreign ministry
/// spokeswoman in Beijing" gives "a foreign ministry spokeswoman". The place says where the
/// voice spoke, not whose it is ("a spokesman in the Interior Ministry" is no such shape).
pub(super) fn without_place(mention: &str) -> Option<&str> {
    let m = mention.trim();
    let at = m.rfind(" in ").or_else(|| m.rfind(" near "))?;
    let (before, place) = (&m[..at], m[at..].trim_start());
    let place = place.split_once(' ')?.1;
    let head = before.rsplit(' ').next()?;
    let spokes = descriptions::is_spokesperson(&head.to_lowercase());
    let ws: Vec<&str> = place.split(' ').collect();
    let a_place = ws.len() <= 3
        && ws.iter().all(|w| {
            let l = w.trim_end_matches("'s").to_lowercase();
            is_cap(w)
                && !lexicon::is_official_word(&l)
                && !lexicon::is_org_word(&l)
                && !word_classes::is_body_word(&l)
        });
    (spokes && a_place && before.contains(' ')).then_some(before)
}

/// The noun and the body's noun phrase, when a mention (as cleaned) is a spokesperson "for"
/// a body: "a spokesperson for the group" → ("spokesperson", "the group"); spokespeople in
/// the plural need no article ("Representatives for the singer" → ("representatives", "the
/// singer")).
pub(super) fn spokesperson_for(mention: &str) -> Option<(&str, &str)> {
    let m = mention.trim();
    let (first, rest) = m.split_once(' ')?;
    let (noun, rest) = match plural_spokespeople(first) {
        Some(noun) => (noun, rest),
        None if matches!(first, "a" | "an" | "A" | "An" | "the" | "The") => rest.split_once(' ')?,
        None => return None,
    };
    let body = rest.strip_prefix("for ")?.trim();
    let spokes = descriptions::is_spokesperson(noun) || plural_spokespeople(noun).is_some();
    (spokes && !body.is_empty()).then_some((noun, body))
}

/// The plural of a spokesperson noun, lower-cased ("Representatives", "spokesmen").
fn plural_spokespeople(w: &str) -> Option<&'static str> {
    let plurals = [
        "representatives",
        "spokesmen",
        "spokeswomen",
        "spokespeople",
        "spokespersons",
    ];
    plurals.into_iter().find(|p| w.eq_ignore_ascii_case(p))
}

/// The body's noun phrase and the noun, when a mention (as cleaned) is "a/an" + one or two
/// lower-case words ending on a word for a body + a spokesperson noun: "a police spokesman"
/// gives ("the police", "spokesman"), "a defence ministry spokeswoman" ("the defence
/// ministry", "spokeswoman"). Not "a senior spokesman" nor "a Trump campaign spokesman".
pub(super) fn body_noun_spokesperson(mention: &str) -> Option<(String, &str)> {
    let ws = words(mention);
    let (&head, rest) = ws.split_last()?;
    let (first, body) = rest.split_first()?;
    if !descriptions::is_spokesperson(head)
        || !matches!(*first, "a" | "an" | "A" | "An")
        || !(1..=2).contains(&body.len())
        || body
            .iter()
            .any(|w| !w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
    {
        return None;
    }
    let noun = body[body.len() - 1];
    // "a fire spokesperson", "an ambulance spokesman": the emergency service the word names
    // (as "a fire service spokesman" does), not a person the text leaves anonymous
    if matches!(noun, "fire" | "ambulance" | "rescue") {
        return Some((format!("the {} service", body.join(" ")), head));
    }
    (word_classes::is_body_word(noun) || firm_nouns::is_firm_noun(noun))
        .then(|| (format!("the {}", body.join(" ")), head))
}

/// The name of the voice of a government office, when a spokesperson is an office's written
/// with "the" and a title of the head of a government: "the prime minister's official
/// spokesman" gives "prime minister's official spokesman", on the record for the office as
/// "a Downing Street spokesman" is. Not "the company's spokesman" nor "Trump's spokesman".
pub(super) fn office_spokesperson(owner: &str, post: &str) -> Option<String> {
    let office = owner
        .strip_prefix("the ")
        .or_else(|| owner.strip_prefix("The "))?
        .to_lowercase();
    let head = office.rsplit(' ').next()?;
    let of_government = matches!(
        head,
        "president" | "premier" | "governor" | "mayor" | "chancellor" | "taoiseach"
    ) || head == "minister"
        && matches!(
            office.as_str(),
            "prime minister" | "first minister" | "chief minister" | "deputy prime minister"
        );
    let spokes = post
        .rsplit(' ')
        .next()
        .is_some_and(|h| descriptions::is_spokesperson(h) && h != "representative");
    // "the former vice president's spokeswoman" speaks for a person out of office
    let former = office
        .split(' ')
        .any(|w| matches!(w, "former" | "late" | "then") || w.starts_with("ex-"));
    (of_government && spokes && !former && office.split(' ').count() <= 3)
        .then(|| format!("{office}'s {post}"))
}

impl Resolver {
    /// The kind and name of the body a spokesperson named after it speaks for (see the module
    /// doc): the kind the name has alone when that is a body's; a name the text gives no
    /// person (no full name before it, no person of that surname seen) is a firm's or an
    /// organisation's. None for a person's spokesman.
    pub(super) fn spokesperson_body(
        &mut self,
        mention: &str,
        at: usize,
        context: &str,
        after: &str,
    ) -> Option<(SourceKind, String)> {
        // "a spokesperson for the group", "a spokesman for the Pentagon": the body the phrase
        // after "for" resolves to
        if let Some((noun, phrase)) = spokesperson_for(mention) {
            let seen = self.entities.len();
            let owner = self.resolve(phrase, at, context).entity;
            let e = &self.entities[owner];
            // "a representative for the singer": a person the phrase describes but the text
            // did not name is no source of its own for a later "she" to take up
            if owner >= seen
                && e.kind == SourceKind::Person
                && e.name.starts_with(char::is_lowercase)
            {
                self.truncate_entities(seen);
                return None;
            }
            let e = &self.entities[owner];
            // "a spokesperson for Health Minister Ann Lee": the voice of an executive office
            // whose holder the phrase names with the office's title, on the record
            if e.kind == SourceKind::Person && holds_executive_office(phrase, e) {
                return Some((SourceKind::Official, format!("{} {noun}", e.name)));
            }
            // a body the text named: "the utility" it never named is no name to share
            let named = e.name.starts_with(|c: char| !c.is_lowercase());
            let body = matches!(
                e.kind,
                SourceKind::Official | SourceKind::Organization | SourceKind::Media
            );
            // "a spokeswoman for YouTube": a lone name the text never gave a person in full
            // is a firm's, as "a YouTube spokeswoman" is
            let lone_name = e.kind == SourceKind::Person
                && (!e.name.contains(' ')
                    || owner >= seen
                        && e.name == phrase
                        && reads_as_body_name(e)
                        && taken_up_as_body(after));
            let kind = if lone_name {
                SourceKind::Organization
            } else {
                e.kind
            };
            if !named && body {
                // "a spokesman for the company": the voice of a body the text describes but
                // never names is on the record all the same, of the body's kind, under the
                // description (a source of this article only)
                return Some((e.kind, lower_first(mention.trim())));
            }
            return (named && (body || lone_name)).then(|| (kind, format!("{} {noun}", e.name)));
        }
        // "a police spokesman", "a company spokeswoman": the body "the police" or "the
        // company" takes up, when it is an official body or one the text named
        if let Some((phrase, noun)) = body_noun_spokesperson(mention) {
            let owner = self.resolve(&phrase, at, context).entity;
            let e = &self.entities[owner];
            let named = e.name.starts_with(|c: char| !c.is_lowercase());
            let name = e.name.strip_prefix("the ").unwrap_or(&e.name);
            return match e.kind {
                SourceKind::Official => Some((e.kind, format!("{name} {noun}"))),
                SourceKind::Organization | SourceKind::Media if named => {
                    Some((e.kind, format!("{name} {noun}")))
                }
                // "a company spokesman" with no firm named: the firm's voice, undescribed
                SourceKind::Organization | SourceKind::Media => {
                    Some((e.kind, lower_first(mention.trim())))
                }
                _ => None,
            };
        }
        if let Some(noun) = bare_spokesperson(mention) {
            return self.voice_of_body_just_named(noun, context);
        }
        let (body, noun) = named_spokesperson(mention)?;
        let name = format!("{body} {noun}");
        // "an ONS spokesman" after "the Office for National Statistics said": that body's kind
        if let Some(i) = acronyms::as_initials(&body).and_then(|a| self.body_of_initials(a)) {
            return Some((self.entities[i].kind, name));
        }
        // "The PAF spokesperson" after "The Pakistan Awami Front (PAF) said": "the" before a
        // name only with the initials of a body the text named
        if mention.trim_start().starts_with(['t', 'T']) {
            return None;
        }
        let (kind, _, _) = memo::classified(&body);
        match kind {
            SourceKind::Official | SourceKind::Organization | SourceKind::Media => {
                return Some((kind, name))
            }
            SourceKind::Person | SourceKind::Unknown => {}
            _ => return None,
        }
        let lower = body.to_lowercase();
        let person_seen = self
            .entities
            .iter()
            .any(|e| e.kind == SourceKind::Person && e.head == lower);
        if person_seen || self.full_names.before(context, &body).is_some() {
            return None;
        }
        Some((SourceKind::Organization, name))
    }

    /// "The council confirmed the closure. A spokeswoman said …": a spokesperson written
    /// with no body is the voice of the one body that spoke as a source in this sentence or
    /// the one before, when no other source spoke since (after "Romney", "a spokesman" is an
    /// unnamed person's, and between two bodies the text leaves it open).
    fn voice_of_body_just_named(&self, noun: &str, context: &str) -> Option<(SourceKind, String)> {
        let current = sentence_start(context);
        let from = sentence_start(&context[..current]);
        let is_voice = |e: &Entity| match e.kind {
            SourceKind::Official => true,
            // (an outlet is the channel a story came through, not the body it covers)
            SourceKind::Organization => e.name.starts_with(|c: char| !c.is_lowercase()),
            _ => false,
        };
        let mut recent = self.entities.iter().filter(|e| e.last >= from);
        let Some(body) = recent.clone().find(|e| is_voice(e)) else {
            // "We have just heard from Network Rail. A spokeswoman said", "When we contacted
            // the Home Office, a spokesperson said": a body this sentence or the one before
            // heard from or contacted, when no source spoke since
            if recent.any(|e| e.kind != SourceKind::Anonymous) {
                return None;
            }
            return heard_from(&context[from..]).map(|(k, n)| (k, format!("{n} {noun}")));
        };
        if recent.any(|e| !std::ptr::eq(e, body) && e.kind != SourceKind::Anonymous) {
            return None;
        }
        let name = body.name.strip_prefix("the ").unwrap_or(&body.name);
        Some((body.kind, format!("{name} {noun}")))
    }
}

/// Whether the phrase a spokesperson speaks "for" names a person with the title of an
/// executive office ("Infrastructure Minister Ann Lee", "Governor Ann Lee"), in office (not
/// "former Mayor Ann Lee"): the role the phrase gave them ends on such a title.
fn holds_executive_office(phrase: &str, e: &Entity) -> bool {
    let Some(role) = e.role.as_deref() else {
        return false;
    };
    let role = role.to_lowercase();
    let titled = role
        .rsplit(' ')
        .next()
        .is_some_and(lexicon::is_executive_office_title);
    let former = role
        .split(' ')
        .any(|w| matches!(w, "former" | "late" | "then") || w.starts_with("ex-"));
    titled && !former && phrase.to_lowercase().contains(&role)
}

/// Whether a person's name a spokesperson speaks "for", new to the text, reads as a body's:
/// "a spokesman for Sporting Alvor", "a spokeswoman for Harlow Orchards" open on no given
/// name, initial or title; a given name the lexicon does not know ("Kenji Mori") leaves the
/// test to [`taken_up_as_body`].
fn reads_as_body_name(e: &Entity) -> bool {
    let ws: Vec<&str> = e.name.split(' ').collect();
    let first = ws[0].to_lowercase();
    e.role.is_none()
        && ws.len() <= 4
        && !is_given_name(&first)
        && !is_honorific(ws[0])
        && !lexicon::is_title(&first)
        && ws.iter().all(|w| is_cap(w) && !w.ends_with('.'))
}

/// Whether the rest of the sentence after a spokesperson's mention takes the body up: "its"
/// or "the" before a word for a body ("… said the club did not discuss its players").
fn taken_up_as_body(after: &str) -> bool {
    let sentence = after.split(". ").next().unwrap_or(after);
    let ws: Vec<String> = sentence
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    ws.iter().any(|w| w == "its")
        || ws.windows(2).any(|p| {
            p[0] == "the" && (word_classes::is_body_word(&p[1]) || firm_nouns::is_firm_noun(&p[1]))
        })
}

/// The body a sentence says the text heard from, had a statement from or contacted ("We have
/// just heard from Network Rail.", "There was a statement from the Environment Agency.",
/// "When we contacted the Home Office,"), with its kind, when its name reads as an official
/// body's or an organisation's.
fn heard_from(sentence: &str) -> Option<(SourceKind, String)> {
    let at = [
        "heard from ",
        "statement from ",
        "update from ",
        "contacted ",
    ]
    .iter()
    .find_map(|cue| sentence.find(cue).map(|p| p + cue.len()))?;
    let rest = sentence[at..]
        .strip_prefix("the ")
        .unwrap_or(&sentence[at..]);
    let name: Vec<&str> = rest
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',', ';', ':']))
        .take_while(|w| is_cap(w))
        .take(6)
        .collect();
    if name.is_empty() {
        return None;
    }
    let (kind, name, _) = classify(&name.join(" "));
    matches!(kind, SourceKind::Official | SourceKind::Organization).then_some((kind, name))
}

/// The noun of a spokesperson written alone: "a spokeswoman", "A spokesman".
fn bare_spokesperson(mention: &str) -> Option<&str> {
    let (article, noun) = mention.trim().split_once(' ')?;
    (matches!(article, "a" | "A") && descriptions::is_spokesperson(noun)).then_some(noun)
}

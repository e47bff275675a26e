//! Descriptions: the source "the source", "the ministry" or "the senator" stands for, by its
//! head noun or by the title the text gave a person.

use super::*;

impl Resolver {
    /// "the source", "the official", "the association", "the ministry", "the report".
    pub(super) fn definite(&mut self, lower: &str, ws: &[&str], context: &str) -> Option<usize> {
        // "those close to her" describes people of its own, not a source quoted before
        if kinds_by_head::is_knowing_those(lower) {
            return None;
        }
        let rest = lower
            .strip_prefix("the ")
            .or_else(|| lower.strip_prefix("this "))
            .or_else(|| lower.strip_prefix("that "))
            .or_else(|| lower.strip_prefix("these "))
            .or_else(|| lower.strip_prefix("those "))?;
        // "the Premier", "the Minister": British and Australian style capitalise a title
        // alone as they do before a name
        let capitalised_title = ws.len() == 2 && lexicon::is_title(rest);
        // ("the Madrid-based paper": a place of a body's seat is no name)
        let based = ws.len() == 3 && ws[1].ends_with("-based");
        if ws.iter().skip(1).any(|w| is_cap(w)) && !capitalised_title && !based
            || rest.split_whitespace().count() > 3
        {
            return None;
        }
        let head = head_of(rest);
        let sing = singular(&head).to_string();
        // "the bank" is a bank, not "a bank spokeswoman" whose name holds the word
        let body = is_body_word(&sing) && !lexicon::is_title(&sing);
        // "… one of the people said. …, the people said": a plural is the whole group, never
        // the one of them quoted last
        let plural = sing != head || crate::sourcing::is_plural_mention(rest);
        let fits = |e: &Entity| {
            (!body || is_body_entity(e)) && !(plural && e.lower_name.starts_with("one of "))
        };
        let one_word = rest.split_whitespace().count() == 1;
        // the sources whose head is the noun's, or whose name holds it
        let found = match &self.index.keyed {
            Some(keyed) => {
                let with_noun = [
                    keyed.singular_heads.get(&sing),
                    keyed.name_words.get(&head),
                    keyed.name_words.get(&sing),
                ];
                self.latest_of(&with_noun, fits)
            }
            None => self.latest(|e| {
                (singular(&e.head) == sing
                    || e.lower_name
                        .split_whitespace()
                        .any(|w| w == head || w == sing))
                    && fits(e)
            }),
        };
        if let Some(f) = found {
            // "The rights group said …. Human Rights Watch said …. The group said"
            if let Some(named) = self.named_body_since(f, &sing, one_word) {
                return Some(named);
            }
            // "the judge said …. Judge Berman took a recess. … the judge said": the holder
            // named with the title since the description's last mention
            let e = &self.entities[f];
            if e.kind == SourceKind::Person && e.name.starts_with("the ") {
                let last = e.last;
                let holder = self.latest(|h| {
                    h.kind == SourceKind::Person
                        && h.last > last
                        && (h.role.as_deref()).is_some_and(|r| role_names_office(r, &head))
                        && description_fits(rest, &head, h.role.as_deref())
                });
                return holder.or(found);
            }
            return found;
        }
        if let Some(k) = self.knowing_people(&sing, context) {
            return Some(k);
        }
        // "Gary Finch runs the pub. The landlord said": the person said to run it
        if let Some(k) = self.keeper(rest, &sing, context) {
            return Some(k);
        }
        // "Novex plans to seek approval, the company said": the firm its sentence opens on
        let firm_noun = firm_nouns::is_firm_noun(&sing) && rest.split_whitespace().count() == 1;
        if firm_noun {
            // (a surname of a person the text named in full is no firm's name)
            let firm = firm_nouns::sentence_opening_firm(context)
                .filter(|name| self.full_names.before(context, name).is_none());
            if let Some(name) = firm {
                let name = name.to_string();
                return Some(self.add(name, SourceKind::Organization, None, sing));
            }
        }
        // "West Yorkshire Police said … the force said": a police force, in British style
        if rest == "force" {
            let police = self.latest(|e| {
                is_body_entity(e) && {
                    let name = &e.lower_name;
                    name.contains("police") || name.contains("constabulary")
                }
            });
            if police.is_some() {
                return police;
            }
        }
        // "The World Health Organization warned … The agency said": a noun any body of its
        // kind may be called takes up the body of that kind the last sentences named, when none
        // has its head ("the state" or "the court" names a body of its own)
        let by_cause = !plural && is_cause_described_body(rest);
        let epithet_only = one_word || described_by_epithets(rest);
        if body && (is_generic_body_noun(&sing) && epithet_only || by_cause) {
            let (kind, _, _) = classify(lower);
            let near = context.len().saturating_sub(ANTECEDENT_REACH);
            // the source mentioned last of all: "Thames Water [taken for a person] said …
            // The firm said" is no body named before it
            let last = self.latest(|_| true);
            // a union or a charity is no firm: "Peabody Energy said …, according to the union"
            let not_firm = matches!(sing.as_str(), "union" | "charity") || by_cause;
            let found = self.latest(|e| {
                is_body_entity(e)
                    // "The EPA said … The agency expects": a government body is an agency too
                    && (e.kind == kind
                        || e.kind == SourceKind::Official
                            && matches!(sing.as_str(), "agency" | "body" | "institution"))
                    && e.last >= near
                    && !(not_firm && body_names::is_firm_name(&e.name))
                    // "the company" is no agency or association
                    && !(firm_noun && firm_nouns::is_non_firm_body(&e.name))
            });
            // "Brennock Foods said …. The union said …. The company said": a body the noun
            // cannot name ("the union" for "the company") may come between
            if found.is_some() && (found == last || self.only_bodies_after(found)) {
                return found;
            }
        }
        // "The FDA approved the pill. The agency said", "Ofwat, the water regulator, fined …
        // The regulator said": the body its sentence or the one before named, though no source
        if rest.split_whitespace().count() == 1 {
            if let Some((name, kind)) = agencies::body_named_before(context, &sing) {
                return Some(self.add(name, kind, None, sing));
            }
        }
        if let Some(outlet) = self.outlet_taken_up(rest, &sing, context) {
            return Some(outlet);
        }
        // "the campaign" after "Ann Lee's campaign" is the Lee campaign
        if lower.starts_with("the ") && rest.split_whitespace().count() == 1 && is_body_word(&head)
        {
            if let Some((at, owned)) = owned_before(context, &head) {
                let (kind, name, role) = classify(&owned);
                // "Ruling party wins poll" in the headline, then "The PDP rejected the
                // outcome. In a statement, the party said": the body of that kind the body
                // of the story named since, as the last source, not the headline's
                if in_headline(context, at) {
                    if let Some(i) = self.last_source_body_since(at, kind, context.len()) {
                        return Some(i);
                    }
                }
                if matches!(kind, SourceKind::Organization | SourceKind::Official) {
                    return Some(self.add(name, kind, role, head));
                }
            }
        }
        if lexicon::is_title(&head)
            || matches!(head.as_str(), "candidate" | "nominee" | "president")
        {
            if let Some(i) = self.titled(lower, ws, context) {
                return Some(i);
            }
            // the latest person whose role names the office ("the majority leader" after
            // "Senate Majority Leader Ann Lee"), else the latest person if the description fits
            // them: "the justice" is neither the former candidate named last nor anyone named
            // before; a description that fits no one is a source of its own (one left
            // unnamed, "the Idaho governor", is found by its head above)
            let person = |e: &Entity| e.kind == SourceKind::Person && !e.name.starts_with("the ");
            let named = self.latest(|e| {
                person(e)
                    && e.role
                        .as_deref()
                        .is_some_and(|role| role_names_office(role, &head))
                    && description_fits(rest, &head, e.role.as_deref())
            });
            // (a person the text gave no role is "the minister" only if a minister was named)
            let found = named.or_else(|| {
                self.latest(person).filter(|&i| {
                    let role = self.entities[i].role.as_deref();
                    description_fits(rest, &head, role)
                        && (role.is_some() || office_may_be_anyones(context, &head))
                        && post_fits_roleless(rest, &head, role)
                })
            });
            // "The Health Secretary has been accused …. the minister told reporters": an office
            // the text named by its title since that person's last mention
            if rest == head {
                if let Some((at, office)) = office_before(context, &head) {
                    if found.map_or(true, |i| self.entities[i].last < at) {
                        let (kind, name, role) = classify(&office);
                        let i = self.add(name, kind, role, head.clone());
                        self.entities[i].last = at;
                        return Some(i);
                    }
                }
            }
            return found;
        }
        None
    }

    /// "the senator", "the South Carolina senator", "the president": a title after "the" names
    /// the person the text gave that title, before a name ("Sen. Lindsey Graham") or in an
    /// appositive ("Lindsey Graham, the South Carolina senator,"), whether or not that person
    /// has been a source yet.
    /// "The retired neurosurgeon", "the Air Force veteran": a description by trade, by a past
    /// post or by age does the same (`ws` are the mention's words as written).
    pub(super) fn titled(&mut self, lower: &str, ws: &[&str], context: &str) -> Option<usize> {
        let rest = lower.strip_prefix("the ")?;
        let head = head_of(rest);
        if rest.split_whitespace().count() > 4
            || !rest.ends_with(head.as_str())
            || !(lexicon::is_title(&head)
                || is_party_noun(&head)
                || is_person_description(ws.get(1..).unwrap_or_default()))
        {
            return None;
        }
        let (kind, name, role) = match titled_name_before(context, rest, &head) {
            Some(name) => classify(&name),
            // "Ann Lee says … . The Ohio senator is predicting": a description opening a
            // sentence goes on about the person whose name opened one just before
            None => {
                let written = subject_before(context)?;
                let (kind, mut name, role) = classify(&written);
                // "Ivo Brandt, a candidate for governor, spoke" describes him as it names him
                let described = role.clone().or_else(|| appositive_of(context, &written));
                // nor does "the businesswoman" describe John Marsh
                let own = gender_of(rest, None);
                let theirs = gender_of(&written, described.as_deref());
                if !description_fits(rest, &head, described.as_deref())
                    || own.is_some() && theirs.is_some() && theirs != own
                    || !post_fits_roleless(rest, &head, described.as_deref())
                {
                    return None;
                }
                // a lone capitalised word is a surname only if the text gave it in full
                if !name.contains(' ') {
                    name = self.full_names.before(context, &name)?;
                }
                (kind, name, role)
            }
        };
        if kind != SourceKind::Person {
            return None;
        }
        let surname = name.split_whitespace().last()?.to_lowercase();
        let known =
            self.latest(|e| e.kind == SourceKind::Person && (e.name == name || e.head == surname));
        // "Former candidate Ann Lee …. Lee spoke. The justice said": the role the text gave
        // her before does not fit either, nor does "the businesswoman" fit a man
        let own = gender_of(rest, None);
        if known.is_some_and(|i| {
            let e = &self.entities[i];
            !description_fits(rest, &head, e.role.as_deref())
                || own.is_some() && e.gender.is_some() && e.gender != own
        }) {
            return None;
        }
        known.or_else(|| Some(self.add(name, kind, role, surname)))
    }
}

impl Resolver {
    /// "The actress said" after quotes of Susan Sarandon's, whose name opens no recent
    /// sentence: a description by trade, by a past post or by age ([`is_person_description`])
    /// takes up the named person the text mentioned last, within the last sentences, when the
    /// description fits the role the text gave that person and the gender it showed.
    pub(super) fn described(&mut self, ws: &[&str], context: &str) -> Option<usize> {
        let (first, rest_ws) = ws.split_first()?;
        if !first.eq_ignore_ascii_case("the") || !is_person_description(rest_ws) {
            return None;
        }
        let rest = rest_ws.join(" ").to_lowercase();
        let head = head_of(&rest);
        let own = gender_of(&rest, None);
        let near = context.len().saturating_sub(ANTECEDENT_REACH);
        let named = self.latest(|e| e.kind == SourceKind::Person && e.last >= near);
        let named = named.filter(|&last| {
            let e = &self.entities[last];
            let named = e.name.contains(' ') && !e.name.starts_with("the ");
            let gender_fits = own.is_none() || e.gender.is_none() || e.gender == own;
            let fits = named && gender_fits && description_fits(&rest, &head, e.role.as_deref());
            fits && no_name_since(&context[e.last.min(context.len())..], e)
        });
        // failing a named person, one the text left unnamed just before
        named.or_else(|| self.unnamed_described(&head, own, context))
    }
}

/// Whether the text after a person's latest mention names no one else: every capitalised
/// word in it opens a sentence or a quotation, or is a word of the person's own name or role
/// ("Sarandon said … “Really,” she added." but not "said Fleischer. … Trump’s refusal"); an
/// initial's or an honorific's period opens nothing ("Viktor F. Yanukovych").
pub(super) fn no_name_since(text: &str, e: &Entity) -> bool {
    let own = |w: &str| {
        e.name.split_whitespace().any(|n| n == w)
            || e.role
                .as_deref()
                .is_some_and(|r| r.split_whitespace().any(|n| n == w))
    };
    let mut opens = true;
    for raw in text.split_whitespace() {
        let w = raw.trim_start_matches(['"', '“', '‘', '(', '[']);
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        let bare = bare
            .strip_suffix("’s")
            .or_else(|| bare.strip_suffix("'s"))
            .unwrap_or(bare);
        let quoted = w.len() != raw.len();
        if is_cap(bare) && !opens && !quoted && !own(bare) && bare != "I" {
            return false;
        }
        let abbreviation = is_cap(raw) && raw.len() <= 4 && raw.ends_with('.');
        opens = !abbreviation && raw.ends_with(['.', '?', '!', ':', '"', '“', '”']);
    }
    true
}

/// Whether a source is a body (an organization, an official body or an outlet) by its kind
/// and its head: "a bank spokeswoman" is a person, whatever kind the bank gave her.
pub(super) fn is_body_entity(e: &Entity) -> bool {
    matches!(
        e.kind,
        SourceKind::Organization | SourceKind::Official | SourceKind::Media
    ) && !lexicon::is_title(&e.head)
        && !lexicon::is_anonymous_head(&e.head)
        && !lexicon::is_person_noun(singular(&e.head))
}

/// Whether a lower-cased noun may stand for any body of its kind, whatever the body's name
/// ("the group", "the agency", "the carmaker" after "Acme Motors").
pub(super) fn is_generic_body_noun(w: &str) -> bool {
    firm_nouns::is_firm_noun(w)
        || matches!(
            w,
            "group"
                | "organization"
                | "organisation"
                | "agency"
                | "body"
                | "institution"
                | "union"
                | "charity"
        )
}

/// Whether the words before a description's noun only describe a body already named: "the
/// Seattle-based company", "the 40-year-old firm", "the embattled lender".
fn described_by_epithets(rest: &str) -> bool {
    let ws: Vec<&str> = rest.split_whitespace().collect();
    let Some((_, before)) = ws.split_last() else {
        return false;
    };
    !before.is_empty()
        && before.iter().all(|w| {
            w.contains('-') && !w.ends_with('-')
                || matches!(
                    *w,
                    "embattled" | "troubled" | "struggling" | "beleaguered" | "ailing"
                )
        })
}

/// Whether a post speaks for its body rather than holding office in it.
pub(super) fn is_spokesperson(head: &str) -> bool {
    matches!(
        head,
        "spokesman" | "spokeswoman" | "spokesperson" | "representative"
    )
}

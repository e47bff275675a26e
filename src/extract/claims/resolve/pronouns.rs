//! Pronouns: the source "he", "she", "they" or "it" takes up, among the sources seen so far or
//! a name or noun phrase of the text before.

use super::*;

impl Resolver {
    pub(super) fn pronoun(&mut self, p: &str, _mention: &str, context: &str) -> Option<usize> {
        match p {
            "he" | "she" | "i" | "him" | "her" | "his" | "who" => {
                // "he" never takes up a woman, nor "she" a man
                let wanted = Gender::of_pronoun(p);
                let fits = |g: Option<Gender>| wanted.is_none() || g.is_none() || g == wanted;
                // nor a first person ("I") a third
                let third = |e: &Entity| wanted.is_none() || !matches!(e.name.as_str(), "I" | "We");
                // "the business mogul" the text did not tie to a name takes "he" or "she" only
                // when no one else can: it is most often a named person seen before
                let person =
                    |e: &Entity| e.kind == SourceKind::Person && fits(e.gender) && third(e);
                // (nor does "the judge", a part no name was given for)
                let described = |e: &Entity| {
                    is_definite_person_description(&words(&e.name))
                        || (e.name.strip_prefix("the "))
                            .is_some_and(|rest| !post_fits_roleless(rest, &e.head, None))
                };
                let found = self.latest_both(person, |e| !described(e));
                // a person of the pronoun's gender named since, though no source, before a
                // description of no known gender: "the judge said …. Ann Lee wept. She said"
                let only_described = self.latest(person).filter(|_| found.is_none());
                if let (Some(d), Some(g)) = (only_described, wanted) {
                    let name = last_gendered_name(context, g).or_else(|| last_person_name(context));
                    let since = |n: &String| {
                        context
                            .rfind(n.as_str())
                            .is_some_and(|at| at > self.entities[d].last)
                    };
                    if let Some(name) = name.filter(since) {
                        if self.entities[d].gender.is_none() && fits(gender_of(&name, None)) {
                            if let Some(i) = self.person_named(&name, context) {
                                return Some(i);
                            }
                        }
                    }
                }
                let found = found.or(only_described);
                // "A police spokesman said …. He added": an unnamed person mentioned since
                // every named one, unless a person of the pronoun's gender is named after
                let unnamed = wanted.and_then(|g| self.unnamed_person_since(found, g));
                if let Some(a) = unnamed.filter(|&a| takes_up_unnamed(context, &self.entities[a])) {
                    let wanted = wanted.expect("an unnamed person is found for a gender");
                    return self.gendered_subject_after(context, a, wanted).or(Some(a));
                }
                if let Some(i) = found {
                    // "Ann Reyes, a council member, spoke first. She said …": a person who
                    // opens a sentence after the last source's mention is the nearer one
                    if let Some(name) = subject_name_after(context, self.entities[i].last) {
                        let (kind, name, role) = classify(&name);
                        if kind == SourceKind::Person && fits(gender_of(&name, role.as_deref())) {
                            return Some(self.add(name.clone(), kind, role, name.to_lowercase()));
                        }
                    }
                    // only for "he" and "she" (a quoted "I" is the speaker's own)
                    let Some(wanted) = wanted else {
                        return found;
                    };
                    // "Sanders is burrowing in. He's suggesting …": a surname opening a later
                    // sentence, of a person whose full name the text wrote before; else a
                    // person of the pronoun's gender named as a subject since
                    return self
                        .subject_surname(context, i, wanted)
                        .or_else(|| self.gendered_subject_after(context, i, wanted))
                        .or(found);
                }
                let name = match wanted.and_then(|g| last_gendered_name(context, g)) {
                    Some(name) => name,
                    None => last_person_name(context)?,
                };
                // a place or a person in what an unnamed source reported is no speaker
                if let Some(a) =
                    unnamed.filter(|&a| named_in_report(context, &self.entities[a], &name))
                {
                    return Some(a);
                }
                if !fits(gender_of(&name, None)) {
                    return None;
                }
                self.person_named(&name, context)
            }
            "they" | "we" | "their" => {
                // an "it" the text left unidentified is no group of people
                let found = self.latest(|e| {
                    !matches!(e.name.as_str(), "it" | "its")
                        && (e.plural_seen
                            || matches!(
                                e.kind,
                                SourceKind::UnnamedGroup
                                    | SourceKind::Organization
                                    | SourceKind::Official
                                    | SourceKind::Anonymous
                            ))
                });
                let phrase = (p == "they").then(|| phrase_before(context, true));
                self.nearer_phrase(found, phrase, context.len())
            }
            "it" | "its" | "which" => {
                let found = self.latest(|e| {
                    matches!(
                        e.kind,
                        SourceKind::Organization
                            | SourceKind::Official
                            | SourceKind::Media
                            | SourceKind::Document
                    )
                });
                let phrase = (p == "it").then(|| phrase_before(context, false));
                // ("China lobbied for its position": an owner's "its" goes on in its sentence)
                let subject = (p == "it")
                    .then(|| self.body_subject_since(found, &phrase, context))
                    .flatten();
                if subject.is_some() {
                    return subject;
                }
                self.nearer_phrase(found, phrase, context.len())
            }
            _ => None,
        }
    }

    /// The person whose surname alone opens a sentence after the last mention of the source
    /// `i` (see [`subject_surname_after`]), when the text wrote the full name before and the
    /// person's gender is known to be the pronoun's (`wanted`).
    fn subject_surname(&mut self, context: &str, i: usize, wanted: Gender) -> Option<usize> {
        let (at, surname, title) = subject_surname_after(context, self.entities[i].last)?;
        let lower = surname.to_lowercase();
        let function_word = lexicon::is_determiner(&lower)
            || lexicon::is_name_stop(&lower)
            || lexicon::is_clause_word(&lower)
            || is_sentence_opener(&lower)
            || lexicon::is_title(&lower);
        if function_word {
            return None;
        }
        // the source itself, under its full name, opening the sentence: nothing to look up
        let own = &self.entities[i].name;
        let given = own.split(' ').next().unwrap_or("");
        if own.len() > surname.len()
            && own.ends_with(surname)
            && own[..own.len() - surname.len()].ends_with(' ')
            && !is_honorific(given)
        {
            return Some(i);
        }
        if inside_quotation(context, at) {
            return None;
        }
        let full = self.full_names.before(&context[..at], surname)?;
        let (kind, name, role) = classify(&full);
        // "Mr. Reyes" shows the gender the full name may not
        let gender = gender_of(&name, role.as_deref())
            .or_else(|| title.and_then(|t| gender_of(&format!("{t} {surname}"), None)));
        // the person's gender must be known to agree: a surname alone is a weaker cue than the
        // source the pronoun would otherwise take up
        if kind != SourceKind::Person || gender != Some(wanted) {
            return None;
        }
        if let Some(j) = self.name_variant(&words(&name), context) {
            return Some(j);
        }
        Some(self.add(name.clone(), kind, role, name.to_lowercase()))
    }

    /// The person a name found in the text before a pronoun (`name`, as written) stands for:
    /// a source seen so far under another form of the name ("Mr. Netanyahu" when "Benjamin
    /// Netanyahu" is known), else a new person.
    fn person_named(&mut self, name: &str, context: &str) -> Option<usize> {
        if let Some(i) = self.name_variant(&words(name), context) {
            return Some(i);
        }
        let (kind, mut name, mut role) = classify(name);
        // "Council member Rita Gomez disagreed. She said": the title the text wrote before
        // the name is the role, as it is for the name in the frame
        if role.is_none() {
            let at = context.rfind(name.as_str());
            role = at.and_then(|at| full_names::title_before(&context[..at]).map(str::to_string));
        }
        if !name.contains(' ') {
            if let Some(full) = self.full_names.before(context, &name) {
                name = full;
            }
        }
        // "Thames Water said …. The records show, he said": a name that is a body's is no
        // one's "he" or "she"
        let kind = match kind {
            SourceKind::Unknown | SourceKind::Person => SourceKind::Person,
            _ => return None,
        };
        Some(self.add(name.clone(), kind, role, name.to_lowercase()))
    }

    /// "Ann Lee told the court …. The court heard that the vicar, the Rev Rose Moss, raised
    /// concerns. She told the jury": a person whose title or given name shows the pronoun's
    /// gender (`wanted`), named after the sentence of the source `i`'s last mention, outside
    /// a quotation, where a subject stands (opening a sentence or a clause after "that", or
    /// set off by a comma after a description) rather than an object ("… to Rose Moss"), in
    /// a sentence that does not name the source.
    fn gendered_subject_after(&mut self, context: &str, i: usize, wanted: Gender) -> Option<usize> {
        let last = self.entities[i].last;
        let end = last + sentence_end(context.get(last..)?)?;
        // only the text since the source's sentence is read
        let region = &context[end..];
        let by_name = last_gendered_name_at(region, wanted);
        // "When Trump held rallies …": a person seen before, of that gender, by surname, in a
        // sentence before the pronoun's ("Trump isn't a conservative, he said" is someone
        // else speaking of Trump)
        let own_start = region.rfind(['.', '!', '?', '\n']).unwrap_or(0);
        let known = self
            .known_person_subject_at((context, end, end + own_start), wanted)
            .filter(|&(at, _)| by_name.as_ref().map_or(true, |(b, _)| at > *b));
        if let Some((at, k)) = known {
            let at = end + at;
            if !inside_quotation(context, at) && subject_place(&context[..at]) {
                return Some(k);
            }
        }
        let (at, name) = by_name?;
        let at = end + at;
        if inside_quotation(context, at) || !subject_place(&context[..at]) {
            return None;
        }
        // "Asked whether he feared that Ed Lim would win, Brandt demurred": a sentence that
        // names the source is about the source
        let (_, sentence) = sentence_around(context, at);
        let own = &self.entities[i].name;
        let surname = own
            .split_whitespace()
            .map(|w| w.trim_end_matches([',', '.']))
            .rfind(|w| !matches!(*w, "Jr" | "Sr" | "II" | "III" | "IV"))
            .unwrap_or("");
        let names_source = surname.len() > 1
            && sentence.split_whitespace().any(|w| {
                let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
                is_cap(bare) && bare == surname && !name.contains(bare)
            });
        if names_source {
            return None;
        }
        if name == self.entities[i].name {
            return Some(i);
        }
        self.person_named(&name, context)
    }

    /// The body an "it" takes up when the sentence before the pronoun's opens on it, after the
    /// latest mention of the source `found`: "The Polish embassy said …. Hungary's embassy in
    /// Warsaw hit back. She had entered a military area, it said." is Hungary's embassy. The
    /// subject of the sentence before is what the next one goes on about, though the other
    /// body was quoted in the last sentences; but a document the subject sent or wrote,
    /// `nearest` after it, is what "it" reads ("The city sent a letter. It says …").
    fn body_subject_since(
        &mut self,
        found: Option<usize>,
        nearest: &Option<Option<(usize, String)>>,
        context: &str,
    ) -> Option<usize> {
        let i = found?;
        let (at, phrase) = antecedents::previous_subject(context)?;
        // "The city sent a letter. It says …": the body's document, named after it, speaks
        let document_after = nearest
            .as_ref()
            .and_then(Option::as_ref)
            .is_some_and(|(d, p)| *d > at && classify(p).0 == SourceKind::Document);
        if self.entities[i].last >= at || document_after {
            return None;
        }
        let (kind, name, role) = classify(&phrase);
        if !matches!(kind, SourceKind::Official | SourceKind::Organization)
            || name == self.entities[i].name
        {
            return None;
        }
        let j = self.add(name, kind, role, head_of(&phrase));
        self.entities[j].last = at;
        Some(j)
    }

    /// The source a pronoun takes up: a noun phrase of the text (`phrase`, with its offset)
    /// written after the latest mention of the source `found` when that mention is further
    /// back than the last sentences before `end`, else that source.
    fn nearer_phrase(
        &mut self,
        found: Option<usize>,
        phrase: Option<Option<(usize, String)>>,
        end: usize,
    ) -> Option<usize> {
        let Some((at, phrase)) = phrase.flatten() else {
            return found;
        };
        let (kind, name, role) = classify(&phrase);
        // a source mentioned in the last sentences keeps the pronoun ("Republicans say
        // Democrats erred. They say …"), but a body written in the singular not over people
        // named after it ("Verizon said …. Workers objected …. They said")
        let people = matches!(kind, SourceKind::UnnamedGroup | SourceKind::Anonymous)
            && crate::sourcing::is_plural_mention(&phrase);
        if found.is_some_and(|i| {
            let e = &self.entities[i];
            let body = matches!(e.kind, SourceKind::Organization | SourceKind::Official);
            let people_since = people && body && !e.plural_seen && e.last < at;
            (e.last >= at || e.last + ANTECEDENT_REACH >= end) && !people_since
        }) {
            return found;
        }
        if matches!(kind, SourceKind::Person | SourceKind::Unknown) {
            return found;
        }
        let i = self.add(name, kind, role, head_of(&phrase));
        self.entities[i].last = at;
        Some(i)
    }
}

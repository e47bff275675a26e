//! People the text leaves unnamed ("a police spokesman", "an aide to the governor", "a former
//! member of the orchestra"): the "he", "she" or description by trade that takes one up in the
//! next sentence, and the names in what they said that are no speaker.

use super::*;

/// Whether a source's name is a third-person pronoun the text never tied to anyone ("“We have
/// the votes,” he said" opening a story): the resolver keeps such a "he" or "she" as a person,
/// so that later pronouns of its gender take it up, but it names no one. It is a source of
/// this article the text leaves unidentified, so it counts as anonymous, never as a named
/// source "he" shared with other articles and counted as on the record. ("I" is most often
/// the writer of a first-person piece, named by its byline, and stays a person.)
pub fn is_unidentified_pronoun(name: &str) -> bool {
    matches!(
        name.to_lowercase().as_str(),
        "he" | "she" | "him" | "his" | "her"
    )
}

impl Resolver {
    /// The latest source that is one unnamed person ("a police spokesman", "a senior official
    /// who asked not to be named", "one supporter"), when it was mentioned after the person
    /// `found` and its description does not clash with the pronoun's gender (`wanted`).
    pub(super) fn unnamed_person_since(
        &self,
        found: Option<usize>,
        wanted: Gender,
    ) -> Option<usize> {
        let a = self.latest(|e| {
            !e.plural_seen
                && (e.kind == SourceKind::Anonymous
                    || e.kind != SourceKind::Person && descriptions::is_spokesperson(&e.head))
        })?;
        let e = &self.entities[a];
        if found.is_some_and(|f| self.entities[f].last >= e.last) {
            return None;
        }
        let gender = gender_of(&e.name, e.role.as_deref());
        (gender.is_none() || gender == Some(wanted)).then_some(a)
    }
}

/// Whether "he" or "she" at the end of `context` takes up the unnamed person `e` ("A police
/// spokesman said …. He added"): a holder of a post or a source ("aide", "official",
/// "spokeswoman", "battalion commander"), or a person left unnamed by a common noun ("A villager
/// told …. “…,” he said"), within reach ([`within_reach`]).
pub(super) fn takes_up_unnamed(context: &str, e: &Entity) -> bool {
    // "an aide to the governor": the post is the word before "to", not the one it serves
    let post = (e.kind == SourceKind::Anonymous)
        .then(|| e.lower_name.split(" to ").next())
        .flatten()
        .map(head_of);
    let by_head = |head: &str| {
        // a title left without a name ("a Ukrainian battalion commander") is a post as "aide"
        // is; not a journalist's, who asks ("A reporter asked Sanders …. He replied")
        let press = matches!(
            head,
            "reporter" | "journalist" | "anchor" | "host" | "columnist" | "editor"
        );
        let unnamed_person = e.kind == SourceKind::Anonymous
            && (lexicon::is_person_word(head) || lexicon::is_title(head) && !press);
        lexicon::is_anonymous_head(head) || descriptions::is_spokesperson(head) || unnamed_person
    };
    (by_head(&e.head) || post.is_some_and(|p| by_head(&p))) && within_reach(context, e)
}

/// Whether the unnamed person `e` is near enough to the end of `context` for a pronoun or a
/// description there to take it up: mentioned in that sentence or the one before, with no one
/// named since that sentence, and the end opening a sentence or following a quotation ("…,”
/// he said").
fn within_reach(context: &str, e: &Entity) -> bool {
    let Some(between) = context.get(e.last..) else {
        return false;
    };
    let since = sentence_end(between).map_or("", |k| &between[k..]);
    // the opening of the mention's sentence, past initials and honorifics ("Viktor F. Yanukovych")
    let mut start = e.last.saturating_sub(400);
    while !context.is_char_boundary(start) {
        start += 1;
    }
    while let Some(k) = sentence_end(&context[start..e.last]) {
        start += k.max(1);
    }
    let tail = context.trim_end();
    let opens = tail.is_empty()
        || tail.ends_with(['.', '!', '?', '\n', '"', '”', '\''])
        || context.ends_with('\n');
    // the sentences of a quotation the pronoun follows are the speaker's own ("… she heard
    // screaming. “There was blood. It was terrifying,” she said"): only the text before it
    // must stay in one sentence
    opens
        && sentence_end(before_closing_quotation(since)).is_none()
        && descriptions::no_name_since(&context[start..e.last], e)
        && descriptions::no_name_since(since, e)
}

/// `text` without the quotation that closes it ("… said. “There was blood. It was
/// terrifying,” "), when that quotation opens inside `text`; else all of `text`.
pub(super) fn before_closing_quotation(text: &str) -> &str {
    let tail = text.trim_end().trim_end_matches([',', '.']);
    let open = match tail.chars().last() {
        Some('”') => tail.rfind('“'),
        Some('"') => tail[..tail.len() - 1].rfind('"'),
        _ => None,
    };
    open.map_or(text, |k| &text[..k])
}

/// Whether `name`, the name a pronoun would otherwise fall back on, stands only in the clause
/// the unnamed person `e` reported with "said that" or "told … that", within reach of the
/// end of `context`: "A battalion commander told Reuters that Sukhi Yar remained contested.
/// “…,” he said" names a village, no speaker. (The object of any other verb may be the
/// speaker: "A reporter asked Sanders how he felt. He replied".)
pub(super) fn named_in_report(context: &str, e: &Entity, name: &str) -> bool {
    let Some(between) = context.get(e.last..) else {
        return false;
    };
    let end = e.last + sentence_end(between).unwrap_or(between.len());
    // (a name written again after that sentence is the text's own subject)
    let Some(at) = context.rfind(name).filter(|&at| at > e.last && at < end) else {
        return false;
    };
    let frame = &context[e.last..at];
    let reported = frame.ends_with(" that ")
        && [" said ", " says ", " told ", " tells "]
            .iter()
            .any(|cue| frame.contains(cue));
    reported
        && e.kind == SourceKind::Anonymous
        && !e.plural_seen
        && within_reach_past(context, e, end)
}

/// [`within_reach`] for a person whose own sentence, ending at `end`, holds a name: only the
/// text after that sentence must name no one.
fn within_reach_past(context: &str, e: &Entity, end: usize) -> bool {
    let since = &context[end..];
    let tail = context.trim_end();
    let opens = tail.ends_with(['.', '!', '?', '\n', '"', '”', '\'']) || context.ends_with('\n');
    opens
        && sentence_end(before_closing_quotation(since)).is_none()
        && descriptions::no_name_since(since, e)
}

impl Resolver {
    /// "A former member of the orchestra, who asked not to be named, recalled …. “…,” the
    /// musician said": a description by trade (its head `head`, of the gender `own` if it
    /// shows one) that fits no named person takes up the unnamed person a pronoun would
    /// ([`within_reach`]), when that person's head names no other trade or post ("A police
    /// officer said …. “…,” the doctor said" are two people).
    pub(super) fn unnamed_described(
        &self,
        head: &str,
        own: Option<Gender>,
        context: &str,
    ) -> Option<usize> {
        let a = self.latest(|e| e.kind == SourceKind::Anonymous && !e.plural_seen)?;
        let e = &self.entities[a];
        let theirs = singular(&e.head);
        let other_trade = lexicon::is_occupation(theirs)
            || lexicon::is_title(theirs)
            || lexicon::is_sports_position(theirs)
            || descriptions::is_spokesperson(theirs);
        let person = lexicon::is_anonymous_head(&e.head) || lexicon::is_person_noun(theirs);
        let gender = gender_of(&e.name, e.role.as_deref());
        let gender_fits = own.is_none() || gender.is_none() || gender == own;
        let fits = theirs == head || person && !other_trade;
        (fits && gender_fits && within_reach(context, e)).then_some(a)
    }
}
